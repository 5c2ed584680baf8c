using System.Diagnostics;
using HdrHistogram;

namespace Live.LoadTests;

/// <summary>
/// A thread-safe latency histogram in microseconds (HdrHistogram, 3 significant digits, up to 10 minutes).
/// Callers pass the *intended* start of an operation, so time spent waiting behind a slow server is counted
/// (no coordinated omission).
/// </summary>
public sealed class Latency
{
    private readonly LongConcurrentHistogram _histogram = new(1, 600_000_000, 3);

    public long Count => _histogram.TotalCount;

    public void RecordSince(long intendedTimestamp) => RecordMicroseconds(Micros(Stopwatch.GetTimestamp() - intendedTimestamp));

    public void RecordMicroseconds(long micros) => _histogram.RecordValue(Math.Clamp(micros, 1, 600_000_000));

    public static long Micros(long stopwatchTicks) => stopwatchTicks * 1_000_000 / Stopwatch.Frequency;

    public double PercentileMs(double percentile) => Count == 0 ? 0 : _histogram.GetValueAtPercentile(percentile) / 1000.0;

    /// <summary>All values of several histograms together (a sweep's rates, for its one percentile curve).</summary>
    public static Latency Merge(IEnumerable<Latency> parts)
    {
        var all = new Latency();
        foreach (var part in parts) all._histogram.Add(part._histogram);
        return all;
    }

    public Percentiles Summary() => Count == 0 ? Percentiles.Empty : new(
        PercentileMs(50), PercentileMs(95), PercentileMs(99), PercentileMs(99.9), _histogram.GetMaxValue() / 1000.0);

    /// <summary>(percentile, ms) points for the chart, denser towards the tail.</summary>
    public IReadOnlyList<(double Percentile, double Ms)> Curve()
    {
        if (Count == 0) return [];
        double[] at = [0, 10, 25, 50, 75, 90, 95, 97.5, 99, 99.5, 99.75, 99.9, 99.95, 99.99, 99.999];
        return at.Select(p => (p, PercentileMs(p))).Append((100.0, _histogram.GetMaxValue() / 1000.0)).ToList();
    }
}

/// <summary>The latency figures every result carries, in milliseconds.</summary>
public sealed record Percentiles(double P50, double P95, double P99, double P999, double Max)
{
    public static readonly Percentiles Empty = new(0, 0, 0, 0, 0);
}
