namespace Live.Contracts.Realtime;

/// <summary>
/// Where grains hand what changed for delivery. The server's implementation keeps the newest push of each slot
/// (kind, key) per session and sends them at a fixed cadence; grains never talk to SignalR directly. Grains call the
/// typed helpers in <see cref="LivePushes"/>, never <see cref="Publish"/> with a hand-made push.
/// </summary>
public interface ILivePublisher
{
    void Publish(string code, Push push);
}

/// <summary>
/// One change of pushed state: its kind (the client event it goes out as), its slot within the session (a poll's id for
/// results, a device for its own notices, empty for one-per-session state), its version when the kind is versioned,
/// and what each audience is sent (hosts and screens may see more than phones).
/// </summary>
public sealed record Push(string Kind, string Key, long Version, IReadOnlyList<Delivery> To);

/// <summary>A payload and who gets it.</summary>
public sealed record Delivery(Audience Audience, object? Payload);

/// <summary>
/// Who receives a delivery: every connection of the listed roles in the session, or every connection of one attendee
/// device (<see cref="Device"/>; then <see cref="Roles"/> is empty).
/// </summary>
public sealed record Audience(IReadOnlyList<string> Roles, string? Device = null)
{
    public static readonly Audience Staff = new(["host", "moderator", "screen"]);
    public static readonly Audience Moderators = new(["host", "moderator"]);
    public static readonly Audience Host = new(["host"]);
    public static readonly Audience Screens = new(["screen"]);
    public static readonly Audience Attendees = new(["attendee"]);
    /// <summary>Screens and phones: the public view of moderated content.</summary>
    public static readonly Audience Public = new(["screen", "attendee"]);
    public static readonly Audience Everyone = new(["host", "moderator", "screen", "attendee"]);

    public static Audience DeviceOf(string deviceId) => new([], deviceId);
}
