using Live.Contracts;

namespace Live.Grains.CheckIn;

/// <summary>What a check-in grain persists: everyone on the list with their arrival, the log, the settings.</summary>
[GenerateSerializer, Alias("live.checkin-state")]
public sealed class CheckInState
{
    [Id(0)] public List<StoredPerson> People { get; set; } = [];
    [Id(1)] public List<StoredCheckInLog> Log { get; set; } = [];
    [Id(2)] public CheckInSettings? Settings { get; set; }
    /// <summary>Grows with every change, across restarts.</summary>
    [Id(3)] public long Version { get; set; }
}

[GenerateSerializer, Immutable, Alias("live.stored-person")]
public sealed record StoredPerson(
    [property: Id(0)] int Number,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? Company,
    [property: Id(4)] string Category,
    [property: Id(5)] string? Seat,
    [property: Id(6)] bool WalkIn,
    [property: Id(7)] DateTimeOffset? ArrivedAt,
    [property: Id(8)] string? Channel,
    [property: Id(9)] string? DeviceId);

[GenerateSerializer, Immutable, Alias("live.stored-checkin-log")]
public sealed record StoredCheckInLog(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string PersonId,
    [property: Id(2)] string Action,
    [property: Id(3)] string? Channel,
    [property: Id(4)] string? DeviceId);
