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
/// published (per session, and per poll for results). When one of its Redis connections is restored, or a publish
/// failed and Redis is reachable again, it asks every node (1 s and 3 s later: nodes reconnect within about a second
/// of each other) to publish those again; outboxes and clients ignore a version they already hold. 弹幕, reaction bursts and a phone's own notices are events, not state, and are not
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
    // Each publisher method with its parameter types, looked up once (a message names its method).
    private static readonly Dictionary<string, (MethodInfo Method, Type[] Parameters)> Methods = typeof(ILivePublisher).GetMethods()
        .ToDictionary(m => m.Name, m => (m, m.GetParameters().Select(p => p.ParameterType).ToArray()), StringComparer.Ordinal);
    private static readonly TimeSpan[] ReplayDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];
    private readonly ConcurrentDictionary<string, byte[]> _newestState = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private IConnectionMultiplexer? _redis;
    private long _dropped;
    private volatile bool _replayPending;

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
            logger.LogWarning("Redis connection ({Type}) is back: asking every node for its newest snapshots again", e.ConnectionType);
            foreach (var delay in ReplayDelays) _ = Task.Delay(delay, time).ContinueWith(_ => RequestReplay(), TaskScheduler.Default);
        };
        _ = ReplayAfterFailedPublishesAsync(_stopping.Token);
        // A node may start while Redis is down or still connecting: it keeps trying instead of failing to start.
        // Normally the first try works, and the node is subscribed before it says it is healthy.
        var subscribed = SubscribeUntilDoneAsync(_stopping.Token);
        await Task.WhenAny(subscribed, Task.Delay(TimeSpan.FromSeconds(5), time, cancellationToken));
    }

    private async Task SubscribeUntilDoneAsync(CancellationToken stop)
    {
        for (var attempt = 0; !stop.IsCancellationRequested; attempt++)
        {
            try
            {
                // Once subscribed, the multiplexer subscribes again by itself after every reconnect.
                (await _redis!.GetSubscriber().SubscribeAsync(Channel)).OnMessage(message => Deliver(message.Message));
                return;
            }
            catch (RedisException ex)
            {
                if (attempt % 40 == 0) logger.LogWarning(ex, "Cannot subscribe to the snapshot channel yet; trying again every 0.25 s");
                await Task.Delay(TimeSpan.FromMilliseconds(250), time, stop).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_redis is null) return;
        try { await _redis.GetSubscriber().UnsubscribeAsync(Channel); } catch (RedisException) { } // Redis may be down
        await _redis.DisposeAsync();
    }

    private void Publish(MethodInfo method, object?[] args)
    {
        var message = Serialize(method.Name, args, Methods[method.Name].Parameters);
        if (StateKey(method.Name, args) is { } key) _newestState[key] = message;
        Send(message);
    }

    /// <summary>{"method": name, "args": [...]}, each argument written once as its declared type.</summary>
    private byte[] Serialize(string method, object?[] args, Type[] types)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("method", method);
            writer.WriteStartArray("args");
            for (var i = 0; i < args.Length; i++) JsonSerializer.Serialize(writer, args[i], types[i], Json);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
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
            _replayPending = true;
            if (Interlocked.Increment(ref _dropped) % 100 == 1) logger.LogWarning(ex, "Snapshots could not be relayed ({Dropped} so far)", _dropped);
        }
    }

    /// <summary>
    /// A Redis that was paused (SIGSTOP, a stalled disk) may come back without any connection being restored, so a
    /// failed publish also schedules a replay for the first second the connection is up again.
    /// </summary>
    private async Task ReplayAfterFailedPublishesAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stop).AsTask().ContinueWith(t => t is { IsCompletedSuccessfully: true, Result: true }, TaskScheduler.Default))
        {
            if (!_replayPending || _redis is not { IsConnected: true }) continue;
            _replayPending = false;
            RequestReplay();
        }
    }

    /// <summary>
    /// Every node (this one included) publishes its newest state again: a node whose own subscription was down missed
    /// what others published, and only they hold it.
    /// </summary>
    private void RequestReplay() => Send(Serialize(ReplayRequest, [], []));

    private const string ReplayRequest = "replay";

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
            if (call.Method == ReplayRequest)
            {
                Replay();
                return;
            }
            if (!Methods.TryGetValue(call.Method, out var target)) return; // from a newer node: it will resync
            if (target.Parameters.Length != call.Args.Length) return;
            var args = call.Args.Select((a, i) => a.Deserialize(target.Parameters[i], Json)).ToArray();
            target.Method.Invoke(broadcaster, args);
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
