namespace Live.Server.Security;

/// <summary>
/// The roles that may call a hub method (comma-separated, as <see cref="Roles"/> spells them), checked by
/// <see cref="HubRoleFilter"/>. Not [Authorize(Roles)]: SignalR builds and evaluates a fresh authorization policy for
/// every call to a method that has one, which was 13% of the server's allocations at 3,000 votes a second
/// (docs/PERFORMANCE.md, 2026-12-03). The hub class keeps [Authorize], so connecting still needs a credential.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class HubRolesAttribute(string roles) : Attribute
{
    public string Roles { get; } = roles;

    public IReadOnlyList<string> Names { get; } = roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
