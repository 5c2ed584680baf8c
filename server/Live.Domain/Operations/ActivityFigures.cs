namespace Live.Domain.Operations;

/// <summary>
/// Attendee actions (votes, questions, upvotes, 弹幕, reactions, check-ins) over a window: how many, how many failed on
/// the server's side (<c>unavailable</c>: storage or a silo not answering; a refusal such as a closed poll is the
/// client's mistake and not counted), and how long their acknowledgements took, per <see cref="LatencyBuckets"/> bucket.
/// </summary>
public sealed record ActivityFigures(int Seconds, long Calls, long Errors, IReadOnlyList<long> Latency)
{
    public static ActivityFigures Empty(int seconds) => new(seconds, 0, 0, new long[LatencyBuckets.Count]);

    public double PerSecond => Seconds <= 0 ? 0 : (double)Calls / Seconds;

    /// <summary>Failed ÷ all, 0 to 1; 0 without calls.</summary>
    public double ErrorRate => Calls == 0 ? 0 : (double)Errors / Calls;

    /// <summary>The 99th percentile acknowledgement time, rounded up to its bucket's bound; null without calls.</summary>
    public double? P99Ms => Percentile(0.99);

    public double? Percentile(double fraction)
    {
        long total = 0;
        foreach (var count in Latency) total += count;
        if (total == 0) return null;
        var rank = (long)Math.Ceiling(fraction * total);
        long seen = 0;
        for (var i = 0; i < Latency.Count; i++)
        {
            seen += Latency[i];
            if (seen >= rank) return LatencyBuckets.UpperMs[Math.Min(i, LatencyBuckets.Count - 1)];
        }
        return LatencyBuckets.UpperMs[^1];
    }

    /// <summary>Several nodes' figures over the same window, as one: counts add, bucket by bucket.</summary>
    public static ActivityFigures Merge(int seconds, IEnumerable<ActivityFigures> parts)
    {
        var latency = new long[LatencyBuckets.Count];
        long calls = 0, errors = 0;
        foreach (var part in parts)
        {
            calls += part.Calls;
            errors += part.Errors;
            for (var i = 0; i < Math.Min(latency.Length, part.Latency.Count); i++) latency[i] += part.Latency[i];
        }
        return new ActivityFigures(seconds, calls, errors, latency);
    }
}
