using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Sessions;

namespace Live.Grains.Presence;

/// <summary>
/// Connected attendees of one session, counted by device. Kept in memory on purpose: connections do not outlive
/// their node. The nodes own the truth about their connections: each activation has a fresh epoch, and a node
/// that sees a new epoch restores its whole share (PresenceSync on the node). Nodes that died are dropped by a
/// timer that reads the cluster's membership, since they never report their connections closed.
/// </summary>
public sealed class PresenceGrain(ILivePublisher publisher, IClusterMembershipService membership) : Grain, IPresenceGrain
{
    /// <summary>How often the activation looks for departed nodes; death declaration itself takes longer (OrleansHosting).</summary>
    private static readonly TimeSpan DepartureCheck = TimeSpan.FromSeconds(2);

    private readonly PresenceBook _book = new();
    private readonly Dictionary<string, string?> _nicknames = new(StringComparer.Ordinal);
    private readonly Guid _epoch = Guid.NewGuid();
    private long _version = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); // never behind a previous activation's versions

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Not KeepAlive: the nodes' checks keep a session with connections active; an idle one may go.
        this.RegisterGrainTimer(DropDepartedNodes, DepartureCheck, DepartureCheck);
        return Task.CompletedTask;
    }

    public Task Connect(string node, string connectionId, string deviceId, string mode, string? nickname = null)
    {
        var parsed = SessionRules.ParseMode(mode);
        _nicknames[deviceId] = nickname;
        if (_book.Connect(node, connectionId, deviceId, parsed)) Publish();
        return Task.CompletedTask;
    }

    public Task Disconnect(string connectionId)
    {
        if (_book.Disconnect(connectionId)) Publish();
        return Task.CompletedTask;
    }

    public Task<PresenceCheck> Check(string node) =>
        Task.FromResult(new PresenceCheck(_epoch, _book.ConnectionCount(node), _book.Digest(node)));

    public Task<Guid> Restore(string node, IReadOnlyList<PresenceEntry> connections)
    {
        var parsed = connections.Select(c => (c.ConnectionId, c.DeviceId, SessionRules.ParseMode(c.Mode))).ToList();
        foreach (var c in connections) _nicknames[c.DeviceId] = c.Nickname;
        if (_book.Restore(node, parsed)) Publish();
        return Task.FromResult(_epoch);
    }

    public Task<PresenceCounts> Get() => Task.FromResult(Counts());

    public Task<IReadOnlyList<ConnectedDevice>> Devices() => Task.FromResult<IReadOnlyList<ConnectedDevice>>(
        _book.Devices.Select(d => new ConnectedDevice(d.DeviceId, d.Mode.ToWire(), _nicknames.GetValueOrDefault(d.DeviceId))).ToList());

    /// <summary>Only a node the membership table declares dead is dropped; one merely slow or unknown keeps its share.</summary>
    private Task DropDepartedNodes(CancellationToken cancellation)
    {
        var snapshot = membership.CurrentSnapshot;
        var changed = false;
        foreach (var node in _book.Nodes.ToList())
        {
            // The table's own entry, not GetSiloStatus: that one also calls silos it does not know dead, and a
            // node that joined a moment ago may not be in this silo's snapshot yet.
            if (TryParseSilo(node) is { } silo && snapshot.Members.TryGetValue(silo, out var member) && member.Status == SiloStatus.Dead)
                changed |= _book.DropNode(node);
        }
        if (changed) Publish();
        return Task.CompletedTask;
    }

    private static SiloAddress? TryParseSilo(string node)
    {
        // Anything else (a malformed name) is never dropped; the node that sent it would restore it anyway.
        try { return SiloAddress.FromParsableString(node); }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException) { return null; }
    }

    private void Publish()
    {
        _version++;
        publisher.Presence(Code, Counts());
    }

    private PresenceCounts Counts() => new(_version, _book.Onsite, _book.Online);

    /// <summary>Presence is in memory only; forgetting it is enough.</summary>
    public Task Erase()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
