using Live.Contracts;
using Live.Domain.Reactions;
using Live.Server.Hubs;
using Live.Server.Options;
using Microsoft.Extensions.Options;

namespace Live.Server.Realtime;

/// <summary>
/// Sums reaction taps per session on this node and hands them to the session's reactions grain once per tick.
/// 5,000 taps a second become at most Realtime:SnapshotsPerSecond grain calls per session per node, and the
/// grain's one update per tick is what screens see. Also caches each session's reaction set for validation.
/// </summary>
public sealed class ReactionAggregator(
    IGrainFactory grains, IOptions<RealtimeOptions> options, TimeProvider time, ILogger<ReactionAggregator> logger) : BackgroundService
{
    private static readonly TimeSpan SetLifetime = TimeSpan.FromSeconds(5);
    private readonly Lock _lock = new();
    private Dictionary<string, Dictionary<string, int>> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (IReadOnlyList<string> Set, DateTimeOffset At)> _sets = new(StringComparer.Ordinal);

    /// <summary>The session's reaction set, from cache when it is younger than 5 s.</summary>
    public async ValueTask<IReadOnlyList<string>> SetOf(string code)
    {
        lock (_lock)
        {
            if (_sets.TryGetValue(code, out var cached) && time.GetUtcNow() - cached.At < SetLifetime) return cached.Set;
        }
        var view = await grains.Reactions(code).Get();
        var set = view.Counts.Select(c => c.Emoji).ToList();
        Remember(code, set);
        return set;
    }

    public void Remember(string code, IReadOnlyList<string> set)
    {
        lock (_lock) _sets[code] = (set, time.GetUtcNow());
    }

    /// <summary>Counts taps already validated against <see cref="SetOf"/>.</summary>
    public void Add(string code, string emoji, int count)
    {
        lock (_lock)
        {
            if (!_pending.TryGetValue(code, out var perEmoji)) _pending[code] = perEmoji = new(StringComparer.Ordinal);
            perEmoji[emoji] = perEmoji.GetValueOrDefault(emoji) + count;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / options.Value.SnapshotsPerSecond), time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync();
    }

    /// <summary>Hands every session's summed taps to its grain. Public for tests.</summary>
    public async Task FlushAsync()
    {
        Dictionary<string, Dictionary<string, int>> taken;
        lock (_lock)
        {
            if (_pending.Count == 0) return;
            taken = _pending;
            _pending = new(StringComparer.Ordinal);
        }
        await Task.WhenAll(taken.Select(async session =>
        {
            try
            {
                var deltas = session.Value.Select(e => new ReactionDelta(e.Key, e.Value)).ToList();
                Remember(session.Key, await grains.Reactions(session.Key).Add(deltas));
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not record reactions for session {Code}", session.Key);
            }
        }));
    }
}

/// <summary>
/// Per connection, at most <c>perSecond</c> taps count each second; the rest are dropped quietly (a reaction is
/// applause, not a ballot). Keeps one finger-drumming phone from dwarfing the room.
/// </summary>
public sealed class ReactionAllowance(int perSecond)
{
    private long _second = -1;
    private int _used;

    /// <returns>How many of <paramref name="count"/> taps count.</returns>
    public int Take(int count, DateTimeOffset now)
    {
        var second = now.ToUnixTimeSeconds();
        if (second != _second) (_second, _used) = (second, 0);
        var granted = Math.Clamp(perSecond - _used, 0, count);
        _used += granted;
        return granted;
    }
}
