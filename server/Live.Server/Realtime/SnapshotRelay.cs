using System.Collections.Concurrent;
using System.Text.Json;
using Live.Contracts.Realtime;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Live.Server.Realtime;

/// <summary>
/// Cluster mode: what a grain hands to <see cref="ILivePublisher"/> on one node reaches the <see cref="SnapshotBroadcaster"/>
/// of every node (its own included) through one Redis channel, so each node coalesces and writes snapshots to its own
/// connections (see <see cref="LocalConnections"/> for why snapshots do not take the SignalR backplane's groups).
/// One message per push, which grains make once per durable commit, never once per vote.
/// </summary>
/// <remarks>
/// Redis pub/sub keeps nothing: a message published while Redis is down, or before another node has subscribed
/// again after it came back, reaches nobody. So the relay remembers the newest push of every slot (session, kind, key)
/// of each kind marked <see cref="SnapshotKind.Replayed"/>. When one of its Redis connections is restored, or a publish
/// failed and Redis is reachable again, it asks every node (1 s and 3 s later: nodes reconnect within about a second
/// of each other) to publish those again; outboxes and clients ignore a version they already hold. 弹幕, reaction bursts and a phone's own notices are events, not state, and are not
/// replayed (a phone's prizes and check-in are in GetState). A new kind is covered by its registration.
/// </remarks>
public sealed class SnapshotRelay(
    SnapshotBroadcaster broadcaster,
    IOptions<JsonHubProtocolOptions> json,
    Func<Task<IConnectionMultiplexer>> connect,
    TimeProvider time,
    ILogger<SnapshotRelay> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("live:snapshots");
    private static readonly Dictionary<string, SnapshotKind> Kinds = PushKinds.All.ToDictionary(k => k.Name, StringComparer.Ordinal);
    private static readonly TimeSpan[] ReplayDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];
    private readonly ConcurrentDictionary<string, byte[]> _newestState = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private IConnectionMultiplexer? _redis;
    private long _dropped;
    private volatile bool _replayPending;
    private volatile bool _subscribed;

    /// <summary>For /metrics (live.redis.connected): whether this node's relay connection to Redis is up.</summary>
    public bool RedisConnected => _redis is { IsConnected: true };

    /// <summary>For /metrics: subscribed to the snapshot channel (the multiplexer subscribes again after a reconnect).</summary>
    public bool Subscribed => _subscribed;

    /// <summary>For /metrics: a publish failed and the newest snapshots wait to be replayed once Redis answers.</summary>
    public bool ReplayPending => _replayPending;

    /// <summary>For /metrics: snapshots that could not be relayed since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    private JsonSerializerOptions Json => json.Value.PayloadSerializerOptions;

    /// <summary>The <see cref="ILivePublisher"/> grains on this node use.</summary>
    public ILivePublisher Publisher() => new RelayPublisher(this);

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
                _subscribed = true;
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
        try
        {
            await _redis.DisposeAsync();
        }
        catch (Exception ex) when (ex is NullReferenceException or RedisException or ObjectDisposedException)
        {
            // StackExchange.Redis can throw from its own close (a NullReferenceException in AllComplete when a
            // connection's task is not there yet; CI, 2026-12-04). The node is stopping either way: a failed close of
            // this connection must not fail the shutdown, or everything stopped after it.
            logger.LogWarning(ex, "Closing the snapshot relay's Redis connection failed");
        }
    }

    private void Publish(string code, Push push)
    {
        if (!Kinds.TryGetValue(push.Kind, out var kind)) return;
        var message = Serialize(code, push, kind);
        if (kind.Replayed) _newestState[$"{code}/{push.Kind}/{push.Key}"] = message;
        Send(message);
    }

    /// <summary>{"code", "kind", "key", "version", "to": [{"roles", "device", "payload"}]}, each payload written once as its kind's type.</summary>
    private byte[] Serialize(string code, Push push, SnapshotKind kind)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("code", code);
            writer.WriteString("kind", push.Kind);
            writer.WriteString("key", push.Key);
            writer.WriteNumber("version", push.Version);
            writer.WriteStartArray("to");
            foreach (var delivery in push.To)
            {
                writer.WriteStartObject();
                writer.WritePropertyName("roles");
                JsonSerializer.Serialize(writer, delivery.Audience.Roles, Json);
                writer.WriteString("device", delivery.Audience.Device);
                writer.WritePropertyName("payload");
                JsonSerializer.Serialize(writer, delivery.Payload, kind.PayloadType, Json);
                writer.WriteEndObject();
            }
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
            var subscriber = _redis.GetSubscriber();
            // A fire-and-forget publish with no connection up is dropped without an error: ask first, so that it is
            // counted (live.relay.dropped, replay_pending) and the newest state replayed once Redis answers. A hanging
            // Redis looks connected until the client gives up on the connection; its reconnect replays too.
            if (!subscriber.IsConnected(Channel)) throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "no connection to Redis");
            // Fire and forget keeps the grain's thread free; one connection keeps the calls in order.
            subscriber.Publish(Channel, message, CommandFlags.FireAndForget);
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
    private void RequestReplay() => Send(JsonSerializer.SerializeToUtf8Bytes(new { kind = ReplayRequest }, Json));

    private const string ReplayRequest = "replay";

    private void Replay()
    {
        foreach (var message in _newestState.Values) Send(message);
    }

    private void Deliver(RedisValue message)
    {
        try
        {
            var relayed = JsonSerializer.Deserialize<RelayedPush>((byte[])message!, Json)!;
            if (relayed.Kind == ReplayRequest)
            {
                Replay();
                return;
            }
            if (!Kinds.TryGetValue(relayed.Kind, out var kind) || relayed.Code is null) return; // from a newer node: it will resync
            var to = relayed.To.Select(d => new Delivery(
                new Audience(d.Roles ?? [], d.Device), d.Payload.Deserialize(kind.PayloadType, Json))).ToList();
            broadcaster.Publish(relayed.Code, new Push(relayed.Kind, relayed.Key ?? "", relayed.Version, to));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "A relayed snapshot could not be read");
        }
    }

    private sealed record RelayedPush(string Kind, string? Code, string? Key, long Version, RelayedDelivery[] To);

    private sealed record RelayedDelivery(string[]? Roles, string? Device, JsonElement Payload);

    /// <summary>What grains on this node publish to: every push becomes one relayed message.</summary>
    private sealed class RelayPublisher(SnapshotRelay relay) : ILivePublisher
    {
        public void Publish(string code, Push push) => relay.Publish(code, push);
    }
}
