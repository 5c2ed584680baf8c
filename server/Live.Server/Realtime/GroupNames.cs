using Live.Server.Security;

namespace Live.Server.Realtime;

/// <summary>SignalR group names: one group per session and role. The only place they are spelled.</summary>
public static class GroupNames
{
    public static string For(string code, string role) => $"{code}:{role}";

    /// <summary>The groups of every role in a session: what everyone connected to it hears.</summary>
    public static IReadOnlyList<string> Everyone(string code) =>
        [For(code, Roles.Host), For(code, Roles.Moderator), For(code, Roles.Screen), For(code, Roles.Attendee)];

    /// <summary>Every connection of one attendee device, for what only that device may see (its own questions).</summary>
    public static string Device(string code, string deviceId) => $"{code}:device:{deviceId}";
}
