using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Live.Server.Realtime;

/// <summary>
/// Cluster mode: what a grain hands to <see cref="ILivePublisher"/> on one node reaches the <see cref="SnapshotBroadcaster"/>
/// of every node (its own included) through one Redis channel, so each node coalesces and writes snapshots to its own
/// connections (see <see cref="LocalConnections"/> for why snapshots do not take the SignalR backplane's groups).
/// One message per publisher call, which grains make once per durable commit, never once per vote.
/// </summary>
/// <remarks>
/// Redis pub/sub keeps nothing: a message published while Redis is down, or before another node has subscribed
/// again after it came back, reaches nobody. So the relay remembers the newest state snapshot of each kind it
/// published (per session, and per poll for results) and, when its connection to Redis is restored, publishes them
/// again 1 s and 3 s later (nodes reconnect within about a second of each other); outboxes and clients ignore a
/// version they already hold. 弹幕, reaction bursts and a phone's own notices are events, not state, and are not
/// replayed (a phone's prizes and check-in are in GetState).
/// </remarks>
public sealed class SnapshotRelay(
    SnapshotBroadcaster broadcaster,
    IOptions<JsonHubProtocolOptions> json,
    Func<Task<IConnectionMultiplexer>> connect,
    TimeProvider time,
    ILogger<SnapshotRelay> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("live:snapshots");
    private static readonly Dictionary<string, MethodInfo> Methods = typeof(ILivePublisher).GetMethods().ToDictionary(m => m.Name, StringComparer.Ordinal);
    private static readonly TimeSpan[] ReplayDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];
    private readonly ConcurrentDictionary<string, byte[]> _newestState = new(StringComparer.Ordinal);
    private IConnectionMultiplexer? _redis;
    private long _dropped;

    private JsonSerializerOptions Json => json.Value.PayloadSerializerOptions;

    /// <summary>The <see cref="ILivePublisher"/> grains on this node use.</summary>
    public ILivePublisher Publisher()
    {
        var proxy = DispatchProxy.Create<ILivePublisher, PublisherProxy>();
        ((PublisherProxy)(object)proxy).Relay = this;
        return proxy;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _redis = await connect();
        _redis.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType != ConnectionType.Subscription) return;
            logger.LogWarning("Redis is back: publishing the newest snapshots again");
            foreach (var delay in ReplayDelays) _ = Task.Delay(delay, time).ContinueWith(_ => Replay(), TaskScheduler.Default);
        };
        (await _redis.GetSubscriber().SubscribeAsync(Channel)).OnMessage(message => Deliver(message.Message));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _redis?.GetSubscriber().UnsubscribeAsync(Channel) ?? Task.CompletedTask;

    private void Publish(MethodInfo method, object?[] args)
    {
        var parameters = method.GetParameters();
        var relayed = new RelayedCall(method.Name, args.Select((a, i) => JsonSerializer.SerializeToElement(a, parameters[i].ParameterType, Json)).ToArray());
        var message = JsonSerializer.SerializeToUtf8Bytes(relayed, Json);
        if (StateKey(method.Name, args) is { } key) _newestState[key] = message;
        Send(message);
    }

    private void Send(byte[] message)
    {
        try
        {
            if (_redis is null) throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "not connected yet");
            // Fire and forget keeps the grain's thread free; one connection keeps the calls in order.
            _redis.GetSubscriber().Publish(Channel, message, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or InvalidOperationException)
        {
            // Redis is down (nothing can be committed meanwhile either); the newest state goes out again when it is back.
            if (Interlocked.Increment(ref _dropped) % 100 == 1) logger.LogWarning(ex, "Snapshots could not be relayed ({Dropped} so far)", _dropped);
        }
    }

    private void Replay()
    {
        foreach (var message in _newestState.Values) Send(message);
    }

    /// <summary>What a newer snapshot of the same state replaces; null for events and a device's own notices.</summary>
    private static string? StateKey(string method, object?[] args) => (method, args) switch
    {
        (nameof(ILivePublisher.Session), [SessionView view]) => $"{method}/{view.Code}",
        (nameof(ILivePublisher.Results), [string code, PollResults results]) => $"{method}/{code}/{results.PollId}",
        (nameof(ILivePublisher.Presence) or nameof(ILivePublisher.Qna) or nameof(ILivePublisher.CommentQueue)
            or nameof(ILivePublisher.CheckIns) or nameof(ILivePublisher.Draw), [string code, ..]) => $"{method}/{code}",
        _ => null,
    };

    private void Deliver(RedisValue message)
    {
        try
        {
            var call = JsonSerializer.Deserialize<RelayedCall>((byte[])message!, Json)!;
            if (!Methods.TryGetValue(call.Method, out var method)) return; // from a newer node: it will resync
            var parameters = method.GetParameters();
            if (parameters.Length != call.Args.Length) return;
            var args = call.Args.Select((a, i) => a.Deserialize(parameters[i].ParameterType, Json)).ToArray();
            method.Invoke(broadcaster, args);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A relayed snapshot could not be read");
        }
    }

    private sealed record RelayedCall(string Method, JsonElement[] Args);

    /// <summary>Turns every <see cref="ILivePublisher"/> call into one relayed message.</summary>
    public class PublisherProxy : DispatchProxy
    {
        internal SnapshotRelay? Relay { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            Relay!.Publish(targetMethod!, args ?? []);
            return null;
        }
    }
}
