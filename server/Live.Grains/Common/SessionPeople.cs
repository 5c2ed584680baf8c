using Live.Contracts;

namespace Live.Grains.Common;

/// <summary>
/// Who is at a session, as the draw and the discussion tables count them: the people checked in at the door, and
/// the phones joined. A phone that checked in counts as its person (named, with the list's company), so nobody is
/// counted twice by being both on the list and connected.
/// </summary>
public sealed class SessionPeople
{
    private readonly Dictionary<string, EntrantInfo> _personOf;

    private SessionPeople(IReadOnlyList<EntrantInfo> arrived)
    {
        Arrived = arrived;
        _personOf = arrived.Where(p => p.DeviceId is not null).GroupBy(p => p.DeviceId!).ToDictionary(g => g.Key, g => g.First());
    }

    public static async Task<SessionPeople> ReadAsync(IGrainFactory grains, string code) =>
        new(await grains.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(code)).Arrived());

    public static Task<IReadOnlyList<ConnectedDevice>> ConnectedAsync(IGrainFactory grains, string code) =>
        grains.GetGrain<IPresenceGrain>(GrainKeys.Presence(code)).Devices();

    /// <summary>Everyone checked in, walk-ins included.</summary>
    public IReadOnlyList<EntrantInfo> Arrived { get; }

    /// <summary>The person a phone checked in as, or the phone itself ("d:{deviceId}", named by its nickname or "#" and its first characters).</summary>
    public EntrantInfo FromDevice(string deviceId, string? nickname, string category) => _personOf.TryGetValue(deviceId, out var p)
        ? p with { DeviceId = deviceId }
        : new EntrantInfo($"d:{deviceId}", nickname ?? $"#{deviceId[..Math.Min(4, deviceId.Length)]}", category, deviceId);
}
