namespace Live.LoadTests;

/// <summary>
/// The vote-ingest service level and the capacity figure it gives a sweep. A rate meets it when the ack p99 over the
/// whole rate is ≤ 50 ms, no single second's p99 (<see cref="PerSecondLatency"/>) exceeds 200 ms, and nothing was
/// lost, duplicated or in error. <c>capacityAtSlo</c> is the highest swept rate that met it (lower rates need not
/// have: each rate is judged on its own), null when none did.
/// </summary>
public static class SloCapacity
{
    public const double P99Ms = 50, WorstSecondP99Ms = 200;

    public static bool Meets(double p99Ms, double worstSecondP99Ms, long lost, long duplicated, long errors) =>
        p99Ms <= P99Ms && worstSecondP99Ms <= WorstSecondP99Ms && lost == 0 && duplicated == 0 && errors == 0;

    public static double? Of(IEnumerable<SweepPoint> points) => points.Where(p => p.MeetsSlo).Select(p => (double?)p.Rate).Max();

    /// <summary>Live's capacity ÷ the baseline's; 0 when only the baseline met the SLO, null when the baseline did not.</summary>
    public static double? Ratio(double? live, double? baseline) => baseline is > 0 ? (live ?? 0) / baseline.Value : null;
}

/// <summary>One rate of a sweep, on one side (live or signalr-echo).</summary>
public sealed record SweepPoint
{
    public double Rate { get; init; }
    public required string Target { get; init; }
    public Percentiles AckMs { get; init; } = Percentiles.Empty;
    public double WorstSecondP99Ms { get; init; }
    public double MaxWaitMs { get; init; }
    public double ThroughputPerSecond { get; init; }
    public long Sent { get; init; }
    public long Acked { get; init; }
    public long Counted { get; init; }
    public long Lost { get; init; }
    public long Duplicated { get; init; }
    public long Errors { get; init; }
    public bool MeetsSlo => SloCapacity.Meets(AckMs.P99, WorstSecondP99Ms, Lost, Duplicated, Errors);
    public IReadOnlyList<SecondStats> Timeline { get; init; } = [];
}
