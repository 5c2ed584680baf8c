using System.Collections.Concurrent;
using Live.Server.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace Live.Server.Realtime;

/// <summary>
/// The hub's lifetime manager (SignalR's in-memory one, or its Redis backplane in cluster mode) with a record of this
/// node's own connections and their groups, so <see cref="SnapshotBroadcaster"/> can write snapshots to them directly.
/// </summary>
/// <remarks>
/// Why not send snapshots to groups through the backplane: the Redis backplane delivers a group message on each node
/// by writing it to every local member and awaiting them all before it takes the next message of that group. A phone
/// that stopped reading therefore held up every phone of its group on its node (4–8 s in the cluster fan-out test,
/// docs/PERFORMANCE.md), and no deadline given to the send reaches that remote write. Written here, every write has
/// the broadcaster's deadline; a connection that misses it is aborted (its client reconnects and resyncs) and nobody
/// else waits. Everything else (single sends, group membership, other nodes' sends) goes to the inner manager unchanged.
/// </remarks>
public sealed class LocalConnections(HubLifetimeManager<LiveHub> inner, Metrics.LiveMetrics? metrics = null) : HubLifetimeManager<LiveHub>, IDisposable
{
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubConnectionContext>> _groups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _groupsOf = new(StringComparer.Ordinal); // under _gate
    private readonly Lock _gate = new(); // joins and leaves are rare next to sends, which read without it

    /// <summary>
    /// Writes one message to every connection of this node in any of <paramref name="groups"/> (once each), serialized
    /// once. Completes when all have taken it; a connection still not taking it when <paramref name="giveUp"/> fires is
    /// aborted, and the task then fails with <see cref="OperationCanceledException"/>.
    /// </summary>
    public Task SendLocalAsync(IReadOnlyList<string> groups, string method, object payload, CancellationToken giveUp)
    {
        HashSet<HubConnectionContext>? targets = null;
        foreach (var group in groups)
            if (_groups.TryGetValue(group, out var members))
                foreach (var member in members.Values) (targets ??= []).Add(member);
        if (targets is null) return Task.CompletedTask;

        var message = new SerializedHubMessage(new InvocationMessage(method, [payload]));
        List<Task>? pending = null;
        foreach (var connection in targets)
        {
            var write = connection.WriteAsync(message, giveUp);
            if (!write.IsCompletedSuccessfully) (pending ??= []).Add(AbortIfStuckAsync(connection, write));
        }
        return pending is null ? Task.CompletedTask : Task.WhenAll(pending);
    }

    private async Task AbortIfStuckAsync(HubConnectionContext connection, ValueTask write)
    {
        try
        {
            await write;
        }
        catch (OperationCanceledException)
        {
            connection.Abort(); // its writes queued behind this one go with it: no backlog builds up
            metrics?.SlowClientAborted();
            throw;
        }
    }

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        lock (_gate)
        {
            _connections[connection.ConnectionId] = connection;
            _groupsOf[connection.ConnectionId] = [];
        }
        return inner.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        lock (_gate)
        {
            _connections.TryRemove(connection.ConnectionId, out _);
            if (_groupsOf.Remove(connection.ConnectionId, out var groups))
                foreach (var group in groups) Leave(connection.ConnectionId, group);
        }
        return inner.OnDisconnectedAsync(connection);
    }

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_connections.TryGetValue(connectionId, out var connection) && _groupsOf.TryGetValue(connectionId, out var groups) && !groups.Contains(groupName))
            {
                groups.Add(groupName);
                _groups.GetOrAdd(groupName, _ => new(StringComparer.Ordinal))[connectionId] = connection;
            }
        }
        return inner.AddToGroupAsync(connectionId, groupName, cancellationToken);
    }

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_groupsOf.TryGetValue(connectionId, out var groups) && groups.Remove(groupName)) Leave(connectionId, groupName);
        }
        return inner.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);
    }

    /// <summary>Under _gate. An empty group is forgotten: device groups come and go with phones.</summary>
    private void Leave(string connectionId, string group)
    {
        if (!_groups.TryGetValue(group, out var members)) return;
        members.TryRemove(connectionId, out _);
        if (members.IsEmpty) _groups.TryRemove(group, out _);
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupAsync(groupName, methodName, args, cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        inner.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        inner.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        inner.TryGetReturnType(invocationId, out type);

    private int _disposed;

    /// <summary>
    /// The Redis backplane holds a Redis connection, and the container does not track the inner manager (it is made with
    /// ActivatorUtilities). Registered under two service types, this instance may be disposed twice: once is enough.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        // StackExchange.Redis can throw from its own close (see SnapshotRelay.StopAsync); the process is stopping, and a
        // failed close of the backplane's connection must not keep the rest of the container from being disposed.
        try { (inner as IDisposable)?.Dispose(); }
        catch (Exception ex) when (ex is NullReferenceException or StackExchange.Redis.RedisException or ObjectDisposedException) { }
    }
}
