namespace Live.Domain.Operations;

/// <summary>
/// This node's attendee actions over the last <see cref="Seconds"/> seconds, in one bucket per second. Recording is on
/// the hub's hot path (thousands of calls a second): it takes no lock except once per second, when the first call of a
/// new second replaces the bucket of that slot, and allocates only that bucket.
/// </summary>
public sealed class ActivityWindow
{
    private sealed class Bucket(long second)
    {
        public readonly long Second = second;
        public long Calls;
        public long Errors;
        public readonly long[] Latency = new long[LatencyBuckets.Count];
    }

    private readonly TimeProvider _time;
    private readonly Bucket?[] _ring;
    private readonly Lock _roll = new();

    public ActivityWindow(TimeProvider time, int seconds = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seconds, 1);
        _time = time;
        _ring = new Bucket?[seconds];
    }

    public int Seconds => _ring.Length;

    /// <summary>Counts one action that took <paramref name="duration"/>; <paramref name="failed"/>: the server could not do it.</summary>
    public void Record(TimeSpan duration, bool failed)
    {
        var second = Now();
        var slot = (int)(second % _ring.Length);
        var bucket = Volatile.Read(ref _ring[slot]);
        if (bucket is null || bucket.Second != second) bucket = Roll(slot, second);
        Interlocked.Increment(ref bucket.Calls);
        if (failed) Interlocked.Increment(ref bucket.Errors);
        Interlocked.Increment(ref bucket.Latency[LatencyBuckets.IndexOf(duration.TotalMilliseconds)]);
    }

    /// <summary>
    /// Once per second per slot. A call that read the old bucket just before may still count in it: it was made in
    /// that second's last instant, or the thread stalled, and one such call is lost, never counted twice.
    /// </summary>
    private Bucket Roll(int slot, long second)
    {
        lock (_roll)
        {
            var bucket = _ring[slot];
            if (bucket is null || bucket.Second < second) Volatile.Write(ref _ring[slot], bucket = new Bucket(second));
            return bucket;
        }
    }

    /// <summary>The figures of the last <see cref="Seconds"/> seconds, this one included.</summary>
    public ActivityFigures Figures()
    {
        var now = Now();
        var latency = new long[LatencyBuckets.Count];
        long calls = 0, errors = 0;
        for (var slot = 0; slot < _ring.Length; slot++)
        {
            var bucket = Volatile.Read(ref _ring[slot]);
            if (bucket is null || bucket.Second <= now - _ring.Length || bucket.Second > now) continue;
            calls += Interlocked.Read(ref bucket.Calls);
            errors += Interlocked.Read(ref bucket.Errors);
            for (var i = 0; i < latency.Length; i++) latency[i] += Interlocked.Read(ref bucket.Latency[i]);
        }
        return new ActivityFigures(_ring.Length, calls, errors, latency);
    }

    /// <summary>Whole seconds of the monotonic clock (not wall time: a clock step never empties or doubles the window).</summary>
    private long Now() => _time.GetTimestamp() / _time.TimestampFrequency;
}
