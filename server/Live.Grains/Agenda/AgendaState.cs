namespace Live.Grains.Agenda;

/// <summary>What an agenda grain persists: the segments in order with their timers, the live segment, the screen toggle.</summary>
[GenerateSerializer, Alias("live.agenda-state")]
public sealed class AgendaState
{
    [Id(0)] public List<StoredSegment> Segments { get; set; } = [];
    [Id(1)] public string? LiveSegmentId { get; set; }
    [Id(2)] public bool TimerOnScreen { get; set; }
    /// <summary>The number the next added segment's id gets ("s{n}"): ids are never reused, even after a delete.</summary>
    [Id(3)] public int NextId { get; set; } = 1;
    [Id(4)] public long Version { get; set; }
    /// <summary>The op ids of the latest timer adjustments (RunOfShow.RememberedAdjustments), oldest first.</summary>
    [Id(5)] public List<string> RecentAdjustments { get; set; } = [];
}

/// <summary>PlannedStart: "HH:mm" or null.</summary>
[GenerateSerializer, Immutable, Alias("live.stored-segment")]
public sealed record StoredSegment(
    [property: Id(0)] string Id, [property: Id(1)] string Title, [property: Id(2)] string? Speaker, [property: Id(3)] string? PlannedStart,
    [property: Id(4)] int DurationMinutes, [property: Id(5)] string? Notes, [property: Id(6)] StoredTimer Timer);

/// <summary>A timer as the rules hold it: running since a server time (Unix ms), never a ticking value.</summary>
[GenerateSerializer, Immutable, Alias("live.stored-timer")]
public sealed record StoredTimer(
    [property: Id(0)] string Mode, [property: Id(1)] int DurationSeconds, [property: Id(2)] int AdjustSeconds,
    [property: Id(3)] long ElapsedBeforeMs, [property: Id(4)] long? RunningSinceMs, [property: Id(5)] int WrapUpSeconds,
    [property: Id(6)] int RedSeconds);
