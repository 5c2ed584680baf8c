namespace Live.Contracts;

// Wire types for the run of show: agenda and speaker timer. See docs/API.md ("Agenda and speaker timer"). Never renumber an [Id].

/// <summary>Adds a segment (Id null) or edits one. PlannedStart: "HH:mm" or null.</summary>
[GenerateSerializer, Immutable, Alias("live.segment-request")]
public sealed record SegmentRequest(
    [property: Id(0)] string? Id,
    [property: Id(1)] string? Title,
    [property: Id(2)] string? Speaker,
    [property: Id(3)] string? PlannedStart,
    [property: Id(4)] int DurationMinutes,
    [property: Id(5)] string? Notes);

/// <summary>Mode ("countdown", "countUp", "timeOfDay") and the thresholds, in seconds left, of one segment's timer.</summary>
[GenerateSerializer, Immutable, Alias("live.timer-settings")]
public sealed record TimerSettingsRequest(
    [property: Id(0)] string? SegmentId,
    [property: Id(1)] string? Mode,
    [property: Id(2)] int WrapUpSeconds,
    [property: Id(3)] int RedSeconds);

/// <summary>Seconds to add to one segment's timer (negative: take away); OpId makes a retry count once.</summary>
[GenerateSerializer, Immutable, Alias("live.timer-adjust-request")]
public sealed record TimerAdjustRequest(
    [property: Id(0)] string? SegmentId,
    [property: Id(1)] int Seconds,
    [property: Id(2)] string? OpId);

/// <summary>
/// A timer's state, never a ticking value: the display is computed from it. Running: elapsed = ElapsedMs + (now −
/// RunningSince); remaining = (DurationSeconds + AdjustSeconds) × 1000 − elapsed. Times are server Unix milliseconds.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.timer-view")]
public sealed record TimerView(
    [property: Id(0)] string Mode,
    [property: Id(1)] int DurationSeconds,
    [property: Id(2)] int AdjustSeconds,
    [property: Id(3)] long ElapsedMs,
    [property: Id(4)] long? RunningSince,
    [property: Id(5)] int WrapUpSeconds,
    [property: Id(6)] int RedSeconds);

/// <summary>One segment; Overlaps: its planned slot shares a minute with another segment's. Notes only reach staff and screens.</summary>
[GenerateSerializer, Immutable, Alias("live.segment-view")]
public sealed record SegmentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string? Speaker,
    [property: Id(3)] string? PlannedStart,
    [property: Id(4)] int DurationMinutes,
    [property: Id(5)] string? Notes,
    [property: Id(6)] int Order,
    [property: Id(7)] bool Overlaps,
    [property: Id(8)] TimerView Timer);

/// <summary>The agenda as hosts, moderators and screens see it. Now: the server's clock when the view was made (Unix ms).</summary>
[GenerateSerializer, Immutable, Alias("live.agenda-view")]
public sealed record AgendaView(
    [property: Id(0)] long Version,
    [property: Id(1)] long Now,
    [property: Id(2)] string? LiveSegmentId,
    [property: Id(3)] bool TimerOnScreen,
    [property: Id(4)] IReadOnlyList<SegmentView> Segments);
