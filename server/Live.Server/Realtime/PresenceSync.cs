using System.Collections.Concurrent;
using Live.Contracts;
using Live.Domain.Sessions;
using Live.Server.Hubs;

namespace Live.Server.Realtime;

/// <summary>
/// This node's share of each session's presence: the attendee connections it holds, which it tells the session's
/// presence grain about as they come and go, and hands over whole again when the grain needs it. Every 2 s, for
/// each session with connections here, one cheap call (<see cref="IPresenceGrain.Check"/>) tells whether the grain
/// still holds this share; if not (a new activation after the node holding it died, a connect that failed while it
/// was unreachable, counts that disagree), the node restores its list. O(sessions) calls per tick, the lists only
/// when needed.
/// </summary>
public sealed class PresenceSync(IGrainFactory grains, ILocalSiloDetails silo, TimeProvider time, ILogger<PresenceSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, Share> _sessions = new(StringComparer.Ordinal);

    /// <summary>How this node names itself to the grain: its silo address, which the membership table declares dead when the node dies.</summary>
    public string Node { get; } = silo.SiloAddress.ToParsableString();

    /// <summary>
    /// Counts the connection. When the grain cannot be reached (its node just died and it has not re-activated yet),
    /// the connection is still admitted: it is in this node's share, and the next tick restores the share.
    /// </summary>
    public async Task ConnectAsync(string code, PresenceEntry entry)
    {
        var share = ShareOf(code, entry);
        try
        {
            await grains.Presence(code).Connect(Node, entry.ConnectionId, entry.DeviceId, entry.Mode, entry.Nickname);
        }
        catch (LiveException)
        {
            share.Remove(entry.ConnectionId); // refused (a mode the grain does not know): not ours to restore
            throw;
        }
        catch (Exception e)
        {
            MarkLost(code);
            logger.LogInformation("Presence of {Code} unreachable on connect ({Error}); restoring on the next tick", code, e.GetType().Name);
        }
    }

    public async Task DisconnectAsync(string code, string connectionId)
    {
        if (_sessions.TryGetValue(code, out var share)) share.Remove(connectionId);
        try
        {
            await grains.Presence(code).Disconnect(connectionId);
        }
        catch (Exception e)
        {
            // The grain may still count it: restore this node's share (perhaps empty now) on the next tick.
            MarkLost(code);
            logger.LogInformation("Presence of {Code} unreachable on disconnect ({Error}); restoring on the next tick", code, e.GetType().Name);
        }
    }

    private void MarkLost(string code)
    {
        while (true)
        {
            var share = _sessions.GetOrAdd(code, _ => new Share());
            if (share.TryLose()) return;
            _sessions.TryRemove(new KeyValuePair<string, Share>(code, share)); // retired under us: take a fresh one
        }
    }

    private Share ShareOf(string code, PresenceEntry entry)
    {
        while (true)
        {
            var share = _sessions.GetOrAdd(code, _ => new Share());
            if (share.TryAdd(entry)) return share;
            _sessions.TryRemove(new KeyValuePair<string, Share>(code, share)); // retired under us: take a fresh one
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await TickAsync(stoppingToken);
    }

    /// <summary>One check per session with connections (or a failed call) on this node. Public for tests.</summary>
    public Task TickAsync(CancellationToken cancellation = default) =>
        Parallel.ForEachAsync(_sessions, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellation },
            async (session, _) => await CheckAsync(session.Key, session.Value));

    private async Task CheckAsync(string code, Share share)
    {
        try
        {
            var grain = grains.Presence(code);
            var check = await grain.Check(Node);
            if (!share.NeedsRestore(check, out var snapshot, out var token))
            {
                if (share.TryRetire()) _sessions.TryRemove(new KeyValuePair<string, Share>(code, share));
                return;
            }
            var epoch = await grain.Restore(Node, snapshot);
            share.Restored(epoch, token);
            logger.LogInformation("Restored {Count} connections of {Code} into presence epoch {Epoch}", snapshot.Count, code, epoch);
        }
        catch (Exception e)
        {
            share.TryLose(); // the grain is still unreachable: try again next tick
            logger.LogDebug(e, "Presence check of {Code} failed", code);
        }
    }

    /// <summary>One session's connections on this node and what the node knows of the grain's copy.</summary>
    private sealed class Share
    {
        private readonly Lock _lock = new();
        private readonly Dictionary<string, PresenceEntry> _connections = new(StringComparer.Ordinal);
        private readonly PresenceShareCheck _check = new();
        private ulong _digest; // ShareDigest of _connections' keys
        private bool _retired;

        public bool TryAdd(PresenceEntry entry)
        {
            lock (_lock)
            {
                if (_retired) return false;
                if (_connections.TryAdd(entry.ConnectionId, entry)) _digest = ShareDigest.Toggle(_digest, entry.ConnectionId);
                else _connections[entry.ConnectionId] = entry;
                return true;
            }
        }

        public void Remove(string connectionId)
        {
            lock (_lock)
                if (_connections.Remove(connectionId)) _digest = ShareDigest.Toggle(_digest, connectionId);
        }

        /// <returns>false when the share was retired (the caller takes a fresh one).</returns>
        public bool TryLose()
        {
            lock (_lock)
            {
                if (_retired) return false;
                _check.Lost();
                return true;
            }
        }

        public bool NeedsRestore(PresenceCheck check, out IReadOnlyList<PresenceEntry> snapshot, out int token)
        {
            lock (_lock)
            {
                snapshot = [];
                token = 0;
                if (!_check.NeedsRestore(check.Epoch, check.Connections, _connections.Count, check.Digest, _digest)) return false;
                snapshot = [.. _connections.Values];
                token = _check.BeginRestore();
                return true;
            }
        }

        public void Restored(Guid epoch, int token)
        {
            lock (_lock) _check.Restored(epoch, token);
        }

        /// <summary>An empty share the grain agrees on is forgotten, so idle sessions cost nothing per tick.</summary>
        public bool TryRetire()
        {
            lock (_lock)
            {
                if (_connections.Count > 0 || _check.Unsettled) return false;
                return _retired = true;
            }
        }
    }
}
