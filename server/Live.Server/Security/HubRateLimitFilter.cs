using System.Threading.RateLimiting;
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
/// </summary>
public sealed class HubRateLimitFilter : IHubFilter, IDisposable
{
    private readonly IOptionsMonitor<RateLimitOptions> _options;
    private readonly Dictionary<string, Func<RateLimitOptions, int>> _perMinute = new(StringComparer.Ordinal)
    {
        [nameof(LiveHub.Vote)] = o => o.VotesPerDevicePerMinute,
        [nameof(LiveHub.AskQuestion)] = o => o.QuestionsPerDevicePerMinute,
        [nameof(LiveHub.Upvote)] = o => o.UpvotesPerDevicePerMinute,
        [nameof(LiveHub.SendComment)] = o => o.CommentsPerDevicePerMinute,
        [nameof(LiveHub.CheckIn)] = o => o.CheckInsPerDevicePerMinute,
    };
    private readonly PartitionedRateLimiter<(string Method, string Device)> _limiter;

    public HubRateLimitFilter(IOptionsMonitor<RateLimitOptions> options)
    {
        _options = options;
        _limiter = PartitionedRateLimiter.Create<(string Method, string Device), (string, string)>(key =>
            RateLimitPartition.GetTokenBucketLimiter(key, k => Bucket(_perMinute[k.Item1](_options.CurrentValue))));
    }

    /// <summary>A quarter-minute's worth may come at once (a double tap, a retry), then one every 60/N seconds.</summary>
    public static TokenBucketRateLimiterOptions Bucket(int perMinute) => new()
    {
        TokenLimit = Math.Max(3, perMinute / 4),
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (_options.CurrentValue.Enabled && _perMinute.ContainsKey(context.HubMethodName) && context.Context.User is not null)
        {
            var me = Caller.Of(context.Context);
            if (me.DeviceId is not null)
            {
                using var lease = _limiter.AttemptAcquire((context.HubMethodName, $"{me.Code}/{me.DeviceId}"));
                if (!lease.IsAcquired) throw new HubException(ErrorCodes.RateLimited);
            }
        }
        return await next(context);
    }

    public void Dispose() => _limiter.Dispose();
}
