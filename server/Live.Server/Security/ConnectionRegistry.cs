using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Security;

/// <summary>
/// This node's open hub connections by session, so a rotated link or a deleted session can drop them at once
/// instead of waiting for their next call. Connections on other nodes of a cluster are refused on their next call
/// (<see cref="CredentialCheckFilter"/>) and their clients told by the revocation event.
/// </summary>
public sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, (HubCallerContext Context, string Role, int Generation)>> _sessions = new(StringComparer.Ordinal);

    public void Add(string code, string role, int generation, HubCallerContext context) =>
        _sessions.GetOrAdd(code, _ => new(StringComparer.Ordinal))[context.ConnectionId] = (context, role, generation);

    public void Remove(string code, string connectionId)
    {
        if (_sessions.TryGetValue(code, out var connections)) connections.TryRemove(connectionId, out _);
    }

    /// <summary>Whether the connection is still open on this node (added in OnConnectedAsync, removed in OnDisconnectedAsync).</summary>
    public bool IsOpen(string code, string connectionId) =>
        _sessions.TryGetValue(code, out var connections) && connections.ContainsKey(connectionId);

    /// <summary>Aborts this node's connections of the session holding a <paramref name="role"/> link older than <paramref name="generation"/>.</summary>
    public int DropOlder(string code, string role, int generation, string? except = null) =>
        Drop(code, e => e.Role == role && e.Generation < generation, except);

    /// <summary>Aborts every connection of the session on this node.</summary>
    public int DropAll(string code) => Drop(code, _ => true, null);

    private int Drop(string code, Func<(HubCallerContext Context, string Role, int Generation), bool> which, string? except)
    {
        if (!_sessions.TryGetValue(code, out var connections)) return 0;
        var dropped = 0;
        foreach (var (id, entry) in connections)
        {
            if (id == except || !which(entry)) continue;
            entry.Context.Abort();
            dropped++;
        }
        return dropped;
    }
}
