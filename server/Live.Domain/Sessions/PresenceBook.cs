namespace Live.Domain.Sessions;

/// <summary>
/// Who is connected right now, counted by device: a phone with two tabs open is one attendee. A device counts
/// under the mode of its most recent connection.
/// </summary>
public sealed class PresenceBook
{
    private readonly Dictionary<string, (string Device, AttendanceMode Mode)> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Connections, AttendanceMode Mode)> _devices = new(StringComparer.Ordinal);

    public int Onsite { get; private set; }
    public int Online { get; private set; }

    /// <returns>true when the counts changed.</returns>
    public bool Connect(string connectionId, string deviceId, AttendanceMode mode)
    {
        if (_connections.ContainsKey(connectionId)) return false;
        _connections[connectionId] = (deviceId, mode);
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

    /// <summary>Each connected device once, with the mode it joined in last.</summary>
    public IEnumerable<(string DeviceId, AttendanceMode Mode)> Devices => _devices.Select(d => (d.Key, d.Value.Mode));

    private void Count(AttendanceMode mode, int delta)
    {
        if (mode == AttendanceMode.Onsite) Onsite += delta;
        else Online += delta;
    }
}
