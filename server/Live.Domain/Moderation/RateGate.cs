using Live.Domain.Common;

namespace Live.Domain.Moderation;

/// <summary>
/// At most one post per device per interval (a question every 10 s, a comment every 3 s by default). Kept in
/// memory: after a restart a device may post once more, which is harmless.
/// </summary>
public sealed class RateGate(TimeSpan interval)
{
    private readonly Dictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    /// <summary>Throws rate_limited when the device posted less than an interval ago.</summary>
    public void Require(string deviceId, DateTimeOffset now)
    {
        if (_last.TryGetValue(deviceId, out var last) && now - last < interval) throw new RuleViolation(ErrorCodes.RateLimited);
    }

    public void Mark(string deviceId, DateTimeOffset now)
    {
        _last[deviceId] = now;
        if (_last.Count > 50_000) Forget(now);
    }

    // Entries older than the interval can never refuse anything again.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (device, at) in _last.ToList())
        {
            if (now - at >= interval) _last.Remove(device);
        }
    }
}
