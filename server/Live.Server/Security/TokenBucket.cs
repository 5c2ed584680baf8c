namespace Live.Server.Security;

/// <summary>
/// One device's allowance for one hub method: up to <see cref="Limit"/> calls at once, then one more every
/// <c>period</c>. Refilled from the elapsed time when taken, so it needs no timer; only callers of the same device
/// and method ever share its lock.
/// </summary>
public sealed class TokenBucket
{
    private readonly long _periodTicks;
    private double _tokens;
    private long _last;

    public TokenBucket(int limit, TimeSpan period, long nowTicks)
    {
        Limit = limit;
        _periodTicks = Math.Max(1, period.Ticks);
        _tokens = limit;
        _last = nowTicks;
    }

    public int Limit { get; }

    /// <summary>A quarter-minute's worth may come at once (a double tap, a retry), then one every 60/N seconds.</summary>
    public static TokenBucket PerMinute(int perMinute, long nowTicks) =>
        new(Math.Max(3, perMinute / 4), TimeSpan.FromMinutes(1) / Math.Max(1, perMinute), nowTicks);

    public bool TryTake(long nowTicks)
    {
        lock (this)
        {
            Refill(nowTicks);
            if (_tokens < 1) return false;
            _tokens -= 1;
            return true;
        }
    }

    /// <summary>Full again: the same as a bucket never used, so it can be dropped.</summary>
    public bool IsFull(long nowTicks)
    {
        lock (this)
        {
            Refill(nowTicks);
            return _tokens >= Limit;
        }
    }

    private void Refill(long nowTicks)
    {
        if (nowTicks <= _last) return;
        _tokens = Math.Min(Limit, _tokens + (double)(nowTicks - _last) / _periodTicks);
        _last = nowTicks;
    }
}
