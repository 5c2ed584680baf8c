using System.Collections.Concurrent;
using Live.Domain.Common;
using Live.Server.Hubs;
using Live.Server.Options;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Limits what one attendee device may send through the hub: votes, questions, upvotes, 弹幕 and check-ins, each a
/// token bucket per device (so opening more tabs or connections gains nothing). A refused call gets "rate_limited"
/// and changes nothing. Reactions have their own per-connection allowance that drops extra taps quietly.
/// Buckets live on this node; a device spread over several nodes of a cluster gets each node's allowance.
/// <para>
/// The buckets sit in a concurrent dictionary with no global lock and no timers. System.Threading.RateLimiting's
/// partitioned limiter took one process-wide lock on every call and ran a timer per bucket: at 3,000 votes a second
/// its lock was the server's most contended (docs/PERFORMANCE.md, 2026-12-03).
/// </para>
/// </summary>
public sealed class HubRateLimitFilter : IHubFilter, IDisposable
{
    /// <summary>How often buckets that have refilled are dropped (a full bucket is the same as none).</summary>
    private static readonly TimeSpan SweepEvery = TimeSpan.FromMinutes(1);

    private readonly IOptionsMonitor<RateLimitOptions> _options;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Func<RateLimitOptions, int>> _perMinute = new(StringComparer.Ordinal)
    {
        [nameof(LiveHub.Vote)] = o => o.VotesPerDevicePerMinute,
        [nameof(LiveHub.AskQuestion)] = o => o.QuestionsPerDevicePerMinute,
        [nameof(LiveHub.Upvote)] = o => o.UpvotesPerDevicePerMinute,
        [nameof(LiveHub.UpvoteAnswer)] = o => o.UpvotesPerDevicePerMinute, // its own bucket: the key includes the method
        [nameof(LiveHub.SendComment)] = o => o.CommentsPerDevicePerMinute,
        [nameof(LiveHub.CheckIn)] = o => o.CheckInsPerDevicePerMinute,
    };
    private readonly ConcurrentDictionary<(string Method, string Code, string Device), TokenBucket> _buckets = new();
    private readonly ITimer _sweep;

    public HubRateLimitFilter(IOptionsMonitor<RateLimitOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _sweep = time.CreateTimer(_ => Sweep(), null, SweepEvery, SweepEvery);
    }

    /// <summary>Buckets held now (one per device and limited method that called within about the last minute).</summary>
    public int Buckets => _buckets.Count;

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var options = _options.CurrentValue;
        if (options.Enabled && _perMinute.TryGetValue(context.HubMethodName, out var perMinute) && context.Context.User is not null)
        {
            var me = Caller.Of(context.Context);
            if (me.DeviceId is not null && !TryTake(context.HubMethodName, me.Code, me.DeviceId, perMinute(options)))
                throw new HubException(ErrorCodes.RateLimited);
        }
        return await next(context);
    }

    /// <summary>Takes one call from this device's allowance for the method; false: refuse it.</summary>
    public bool TryTake(string method, string code, string device, int perMinute)
    {
        var now = ToTicks(_time.GetTimestamp());
        var bucket = _buckets.GetOrAdd((method, code, device), static (_, args) => TokenBucket.PerMinute(args.perMinute, args.now), (perMinute, now));
        return bucket.TryTake(now);
    }

    /// <summary>
    /// Drops buckets that are full again. A call racing the sweep may land in a bucket just dropped, which lets that
    /// device one call through early, once: harmless next to a global lock on every call.
    /// </summary>
    public void Sweep()
    {
        var now = ToTicks(_time.GetTimestamp());
        foreach (var entry in _buckets)
            if (entry.Value.IsFull(now)) _buckets.TryRemove(entry);
    }

    private long ToTicks(long timestamp) => (long)(timestamp * ((double)TimeSpan.TicksPerSecond / _time.TimestampFrequency));

    public void Dispose() => _sweep.Dispose();
}
