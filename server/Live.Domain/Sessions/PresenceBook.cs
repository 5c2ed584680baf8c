namespace Live.Domain.Sessions;

/// <summary>
/// Who is connected right now, counted by device: a phone with two tabs open is one attendee. A device counts
/// under the mode of its most recent connection. Every connection belongs to the node (web server) that holds
/// it, so a node can hand over its whole share again (<see cref="Restore"/>, after the book was lost with the
/// node that held it) and the share of a node that died can be dropped at once (<see cref="DropNode"/>): that
/// node will never report those connections closed.
/// </summary>
public sealed class PresenceBook
{
    private readonly Dictionary<string, (string Node, string Device, AttendanceMode Mode)> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Connections, AttendanceMode Mode)> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodeShare> _nodes = new(StringComparer.Ordinal);

    private sealed class NodeShare
    {
        public readonly HashSet<string> Ids = new(StringComparer.Ordinal);
        public ulong Digest;
    }

    public int Onsite { get; private set; }
    public int Online { get; private set; }

    /// <returns>true when the counts changed.</returns>
    public bool Connect(string node, string connectionId, string deviceId, AttendanceMode mode)
    {
        if (_connections.ContainsKey(connectionId)) return false;
        _connections[connectionId] = (node, deviceId, mode);
        if (!_nodes.TryGetValue(node, out var share)) _nodes[node] = share = new NodeShare();
        share.Ids.Add(connectionId);
        share.Digest = ShareDigest.Toggle(share.Digest, connectionId);
        var before = (Onsite, Online);
        if (_devices.TryGetValue(deviceId, out var device))
        {
            Count(device.Mode, -1);
        }
        _devices[deviceId] = (device.Connections + 1, mode);
        Count(mode, +1);
        return before != (Onsite, Online);
    }

    /// <returns>true when the counts changed.</returns>
    public bool Disconnect(string connectionId)
    {
        if (!_connections.Remove(connectionId, out var connection)) return false;
        var share = _nodes[connection.Node];
        share.Ids.Remove(connectionId);
        share.Digest = ShareDigest.Toggle(share.Digest, connectionId);
        if (share.Ids.Count == 0) _nodes.Remove(connection.Node);
        var device = _devices[connection.Device];
        if (device.Connections > 1)
        {
            _devices[connection.Device] = (device.Connections - 1, device.Mode);
            return false;
        }
        _devices.Remove(connection.Device);
        Count(device.Mode, -1);
        return true;
    }

    /// <summary>
    /// Makes <paramref name="connections"/> the node's whole share: its connections not listed are gone, the
    /// listed ones are counted (once, however often they are restored).
    /// </summary>
    /// <returns>true when the counts changed.</returns>
    public bool Restore(string node, IEnumerable<(string ConnectionId, string DeviceId, AttendanceMode Mode)> connections)
    {
        var before = (Onsite, Online);
        var listed = connections.ToList();
        var keep = listed.Select(c => c.ConnectionId).ToHashSet(StringComparer.Ordinal);
        foreach (var id in ConnectionsOf(node).Where(id => !keep.Contains(id)).ToList()) Disconnect(id);
        foreach (var c in listed)
        {
            // A connection the book holds under another node moved with a rebalanced client: the restoring node has it now.
            if (_connections.TryGetValue(c.ConnectionId, out var held) && held.Node != node) Disconnect(c.ConnectionId);
            Connect(node, c.ConnectionId, c.DeviceId, c.Mode);
        }
        return before != (Onsite, Online);
    }

    /// <summary>Forgets every connection of a node that is gone.</summary>
    /// <returns>true when the counts changed.</returns>
    public bool DropNode(string node) => Restore(node, []);

    /// <summary>The nodes holding at least one connection.</summary>
    public IReadOnlyCollection<string> Nodes => _nodes.Keys;

    /// <summary>How many connections the book holds for the node (what the node compares with its own count).</summary>
    public int ConnectionCount(string node) => _nodes.TryGetValue(node, out var share) ? share.Ids.Count : 0;

    /// <summary>The <see cref="ShareDigest"/> of the connections the book holds for the node (0 for none).</summary>
    public ulong Digest(string node) => _nodes.TryGetValue(node, out var share) ? share.Digest : 0;

    private IEnumerable<string> ConnectionsOf(string node) => _nodes.TryGetValue(node, out var share) ? share.Ids : [];

    /// <summary>Each connected device once, with the mode it joined in last.</summary>
    public IEnumerable<(string DeviceId, AttendanceMode Mode)> Devices => _devices.Select(d => (d.Key, d.Value.Mode));

    private void Count(AttendanceMode mode, int delta)
    {
        if (mode == AttendanceMode.Onsite) Onsite += delta;
        else Online += delta;
    }
}
