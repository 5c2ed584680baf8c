using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
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

    /// <summary>Open connections per role (index in <see cref="CountedRoles"/>), kept as they come and go: read per scrape, never counted.</summary>
    private readonly long[] _byRole = new long[CountedRoles.Length];

    private static readonly string[] CountedRoles = [Roles.Host, Roles.Moderator, Roles.Screen, Roles.Attendee];

    public void Add(string code, string role, int generation, HubCallerContext context)
    {
        if (_sessions.GetOrAdd(code, _ => new(StringComparer.Ordinal)).TryAdd(context.ConnectionId, (context, role, generation)) && RoleIndex(role) is var at and >= 0)
            Interlocked.Increment(ref _byRole[at]);
    }

    public void Remove(string code, string connectionId)
    {
        if (_sessions.TryGetValue(code, out var connections) && connections.TryRemove(connectionId, out var entry) && RoleIndex(entry.Role) is var at and >= 0)
            Interlocked.Decrement(ref _byRole[at]);
    }

    /// <summary>This node's open connections by role, as measurements for the <c>live.connections</c> gauge.</summary>
    public IEnumerable<Measurement<long>> CountsByRole()
    {
        for (var i = 0; i < CountedRoles.Length; i++)
            yield return new Measurement<long>(Interlocked.Read(ref _byRole[i]), new KeyValuePair<string, object?>("role", CountedRoles[i]));
    }

    private static int RoleIndex(string role) => Array.IndexOf(CountedRoles, role);

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
