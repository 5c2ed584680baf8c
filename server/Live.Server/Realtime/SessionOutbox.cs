using Live.Contracts.Realtime;

namespace Live.Server.Realtime;

/// <summary>
/// The pushes of one session waiting for the next tick, one slot per (kind, key): a burst of 5,000 votes between two
/// ticks leaves one results push per poll. In a versioned kind an older version never replaces a newer one and a
/// version already sent is dropped; kinds that merge (reactions, 弹幕) fold what waits into one push
/// (<see cref="SnapshotKind"/>). Nothing here knows which kinds exist.
/// </summary>
public sealed class SessionOutbox
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(string Kind, string Key), Waiting> _waiting = [];
    // The highest version handed out per slot of a versioned kind, so a late, older push is dropped instead of sent.
    private readonly Dictionary<(string Kind, string Key), long> _sent = [];

    public void Offer(SnapshotKind kind, Push push)
    {
        var slot = (push.Kind, push.Key);
        lock (_lock)
        {
            if (kind.Versioned && push.Version <= _sent.GetValueOrDefault(slot, -1)) return;
            if (!_waiting.TryGetValue(slot, out var waiting))
            {
                _waiting[slot] = new Waiting(kind, push);
                return;
            }
            if (kind.Merges) waiting.Push = Fold(kind, waiting.Push, push);
            else if (!kind.Versioned || push.Version > waiting.Push.Version) waiting.Push = push;
        }
    }

    /// <summary>Takes every waiting push in registration order (the session's structure first), or null when none waits.</summary>
    public IReadOnlyList<Push>? Take()
    {
        lock (_lock)
        {
            if (_waiting.Count == 0) return null;
            var pushes = _waiting.Values.OrderBy(w => w.Order).Select(w => w.Push).ToList();
            foreach (var ((kind, key), waiting) in _waiting)
                if (waiting.Kind.Versioned) _sent[(kind, key)] = waiting.Push.Version;
            _waiting.Clear();
            return pushes;
        }
    }

    /// <summary>The newer push, each audience's payload merged with the one waiting when the kind merges.</summary>
    private static Push Fold(SnapshotKind kind, Push waiting, Push newer)
    {
        if (waiting.To.Count != newer.To.Count) return newer.Version >= waiting.Version ? newer : waiting; // audiences changed: no merge
        var to = newer.To.Select((d, i) => d with { Payload = kind.Merge(waiting.To[i].Payload, d.Payload) }).ToList();
        return newer with { Version = Math.Max(waiting.Version, newer.Version), To = to };
    }

    private sealed class Waiting(SnapshotKind kind, Push push)
    {
        public SnapshotKind Kind { get; } = kind;
        public Push Push { get; set; } = push;
        public int Order { get; } = SendOrder[kind];
    }

    private static readonly Dictionary<SnapshotKind, int> SendOrder =
        PushKinds.All.Select((kind, i) => (kind, i)).ToDictionary(k => k.kind, k => k.i);
}
