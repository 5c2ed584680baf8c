using Live.Contracts;
using Live.Domain.Sessions;

namespace Live.Grains.Presence;

/// <summary>
/// Connected attendees of one session, counted by device. Kept in memory on purpose: connections do not
/// outlive a restart, and reconnecting clients rebuild the counts within seconds.
/// </summary>
public sealed class PresenceGrain(ILivePublisher publisher) : Grain, IPresenceGrain
{
    private readonly PresenceBook _book = new();
    private readonly Dictionary<string, string?> _nicknames = new(StringComparer.Ordinal);
    private long _version = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(); // never behind a previous activation's versions

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public Task Connect(string connectionId, string deviceId, string mode, string? nickname = null)
    {
        _nicknames[deviceId] = nickname;
        if (_book.Connect(connectionId, deviceId, SessionRules.ParseMode(mode))) Publish();
        return Task.CompletedTask;
    }

    public Task Disconnect(string connectionId)
    {
        if (_book.Disconnect(connectionId)) Publish();
        return Task.CompletedTask;
    }

    public Task<PresenceCounts> Get() => Task.FromResult(Counts());

    public Task<IReadOnlyList<ConnectedDevice>> Devices() => Task.FromResult<IReadOnlyList<ConnectedDevice>>(
        _book.Devices.Select(d => new ConnectedDevice(d.DeviceId, d.Mode.ToWire(), _nicknames.GetValueOrDefault(d.DeviceId))).ToList());

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
