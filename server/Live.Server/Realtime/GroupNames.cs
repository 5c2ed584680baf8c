namespace Live.Server.Realtime;

/// <summary>SignalR group names: one group per session and role. The only place they are spelled.</summary>
public static class GroupNames
{
    public static string For(string code, string role) => $"{code}:{role}";

    /// <summary>Every connection of one attendee device, for what only that device may see (its own questions).</summary>
    public static string Device(string code, string deviceId) => $"{code}:device:{deviceId}";
}
