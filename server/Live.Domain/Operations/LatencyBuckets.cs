namespace Live.Domain.Operations;

/// <summary>
/// The fixed latency buckets of the operator's last-minute figures. Fixed bounds make figures from several nodes
/// add up exactly (bucket by bucket), which a percentile of each node's own samples would not.
/// </summary>
public static class LatencyBuckets
{
    /// <summary>Upper bounds in milliseconds, inclusive; a slower call falls in the last bucket (hub calls time out before 30 s).</summary>
    public static readonly double[] UpperMs =
        [1, 2, 3, 5, 7.5, 10, 15, 20, 30, 50, 75, 100, 150, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 5000, 10000, 30000];

    public static int Count => UpperMs.Length;

    /// <summary>The bucket a call of <paramref name="milliseconds"/> counts in: the first whose bound is not below it.</summary>
    public static int IndexOf(double milliseconds)
    {
        var at = Array.BinarySearch(UpperMs, milliseconds);
        if (at < 0) at = ~at;
        return Math.Min(at, UpperMs.Length - 1);
    }
}
