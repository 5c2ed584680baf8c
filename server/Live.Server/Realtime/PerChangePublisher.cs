using System.Collections.Concurrent;
using Live.Contracts.Realtime;

namespace Live.Server.Realtime;

/// <summary>
/// The load tests' per-vote baseline (Realtime:PerChangeBroadcast, never in production): what a server without
/// coalescing would send. A poll's results push that covers k changes since the last one (its version grew by k) is
/// handed on k times, so the broadcaster, which in this mode sends each push on its own, makes one broadcast per vote.
/// Everything else passes through. Registered only when the setting is on; grains know nothing of it.
/// </summary>
public sealed class PerChangePublisher(ILivePublisher inner) : ILivePublisher
{
    private readonly ConcurrentDictionary<(string Code, string Poll), long> _lastVersion = new();

    public void Publish(string code, Push push)
    {
        if (push.Kind != PushKinds.Results.Name) { inner.Publish(code, push); return; }
        var previous = _lastVersion.GetValueOrDefault((code, push.Key), push.Version - 1);
        _lastVersion[(code, push.Key)] = Math.Max(previous, push.Version);
        for (var i = 0; i < Math.Max(1, push.Version - previous); i++) inner.Publish(code, push);
    }
}
