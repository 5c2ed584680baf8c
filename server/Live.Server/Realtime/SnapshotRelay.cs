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
public sealed class SnapshotRelay(
    SnapshotBroadcaster broadcaster,
    IOptions<JsonHubProtocolOptions> json,
    Func<Task<IConnectionMultiplexer>> connect,
    ILogger<SnapshotRelay> logger) : IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("live:snapshots");
    private static readonly Dictionary<string, MethodInfo> Methods = typeof(ILivePublisher).GetMethods().ToDictionary(m => m.Name, StringComparer.Ordinal);
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
        (await _redis.GetSubscriber().SubscribeAsync(Channel)).OnMessage(message => Deliver(message.Message));
    }

    public Task StopAsync(CancellationToken cancellationToken) => _redis?.GetSubscriber().UnsubscribeAsync(Channel) ?? Task.CompletedTask;

    private void Publish(MethodInfo method, object?[] args)
    {
        var parameters = method.GetParameters();
        var relayed = new RelayedCall(method.Name, args.Select((a, i) => JsonSerializer.SerializeToElement(a, parameters[i].ParameterType, Json)).ToArray());
        try
        {
            if (_redis is null) throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "not connected yet");
            // Fire and forget keeps the grain's thread free; one connection keeps the calls in order.
            _redis.GetSubscriber().Publish(Channel, JsonSerializer.SerializeToUtf8Bytes(relayed, Json), CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is RedisException or InvalidOperationException)
        {
            // Redis is down (cluster mode cannot commit anything meanwhile either); clients resync with GetState.
            if (Interlocked.Increment(ref _dropped) % 100 == 1) logger.LogWarning(ex, "Snapshots could not be relayed ({Dropped} so far)", _dropped);
        }
    }

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
