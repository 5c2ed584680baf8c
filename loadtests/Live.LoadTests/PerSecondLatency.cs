using System.Diagnostics;

namespace Live.LoadTests;

/// <summary>One second of a run: how many operations were due to be sent in it, and their ack latencies (ms).</summary>
public sealed record SecondStats(int Second, int Count, double P50Ms, double P99Ms, double MaxMs);

/// <summary>
/// Ack latencies bucketed by the second (counted from the start of the measured phase) in which each operation was
/// <em>due to be sent</em>, its open-loop intended time. A stall therefore shows in the seconds whose votes waited
/// behind it, however late their acks came. Exact percentiles (nearest rank) over the raw values: a second holds a
/// few thousand values at most.
/// </summary>
public sealed class PerSecondLatency(long startTimestamp, long ticksPerSecond)
{
    private readonly List<List<int>> _seconds = [];

    public PerSecondLatency(long startTimestamp) : this(startTimestamp, Stopwatch.Frequency) { }

    public void Record(long intendedTimestamp, long ackedTimestamp)
    {
        var second = (int)Math.Max(0, (intendedTimestamp - startTimestamp) / ticksPerSecond);
        var micros = (int)Math.Clamp((ackedTimestamp - intendedTimestamp) * 1_000_000 / ticksPerSecond, 0, int.MaxValue);
        lock (_seconds)
        {
            while (_seconds.Count <= second) _seconds.Add([]);
            _seconds[second].Add(micros);
        }
    }

    /// <summary>Every second from 0 to the last one with a value; seconds without any have Count 0.</summary>
    public IReadOnlyList<SecondStats> Seconds()
    {
        lock (_seconds) return [.. _seconds.Select((values, i) => Summarize(i, values))];
    }

    public static SecondStats Summarize(int second, IReadOnlyList<int> micros)
    {
        if (micros.Count == 0) return new(second, 0, 0, 0, 0);
        var sorted = micros.Order().ToArray();
        double At(double percentile) => sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1)] / 1000.0;
        return new(second, sorted.Length, At(50), At(99), sorted[^1] / 1000.0);
    }

    /// <summary>The worst one-second window's p99 (ms), over seconds that had at least one value; 0 when none had.</summary>
    public static double WorstP99(IEnumerable<SecondStats> seconds) => seconds.Where(s => s.Count > 0).Select(s => s.P99Ms).DefaultIfEmpty(0).Max();
}
