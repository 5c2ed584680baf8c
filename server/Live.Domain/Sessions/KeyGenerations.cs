using Live.Domain.Common;

namespace Live.Domain.Sessions;

/// <summary>
/// Which generation of each shared link (host, moderator, screen) is valid. A link is signed with the generation
/// current when it was made; rotating a role's link bumps its generation, and every older link of that role stops
/// working. Links made before generations existed count as generation 0.
/// </summary>
public static class KeyGenerations
{
    public static readonly IReadOnlyList<string> RotatableRoles = ["host", "moderator", "screen"];

    public static string RequireRotatable(string? role) =>
        role is not null && RotatableRoles.Contains(role) ? role : throw new RuleViolation(ErrorCodes.InvalidRole);

    public static int Current(IReadOnlyDictionary<string, int> generations, string role) => generations.GetValueOrDefault(role);

    /// <summary>True when a link of this role and generation is still the valid one. Attendee and device tokens are never rotated.</summary>
    public static bool IsCurrent(IReadOnlyDictionary<string, int> generations, string role, int generation) =>
        !RotatableRoles.Contains(role) || Current(generations, role) == generation;
}
