using Live.Contracts;

namespace Live.Server.Realtime;

/// <summary>
/// The snapshots of one session waiting for the next tick. Holds only the newest of each (session view,
/// results per poll, presence): a burst of 5,000 votes between two ticks leaves one results snapshot, and an
/// older version never replaces a newer one.
/// </summary>
public sealed class SessionOutbox
{
    private readonly Lock _lock = new();
    private SessionView? _session;
    private readonly Dictionary<string, PollResults> _results = new(StringComparer.Ordinal);
    private PresenceCounts? _presence;
    // Highest versions already handed out, so a late, older snapshot is dropped instead of sent.
    private long _sentSession = -1;
    private readonly Dictionary<string, long> _sentResults = new(StringComparer.Ordinal);
    private long _sentPresence = -1;

    public void Offer(SessionView view)
    {
        lock (_lock)
        {
            if (view.Version <= _sentSession || view.Version <= (_session?.Version ?? -1)) return;
            _session = view;
        }
    }

    public void Offer(PollResults results)
    {
        lock (_lock)
        {
            if (results.Version <= _sentResults.GetValueOrDefault(results.PollId, -1)) return;
            if (_results.TryGetValue(results.PollId, out var pending) && pending.Version >= results.Version) return;
            _results[results.PollId] = results;
        }
    }

    public void Offer(PresenceCounts counts)
    {
        lock (_lock)
        {
            if (counts.Version <= _sentPresence || counts.Version <= (_presence?.Version ?? -1)) return;
            _presence = counts;
        }
    }

    /// <summary>Takes what is pending, or null when nothing is.</summary>
    public OutboxBatch? Take()
    {
        lock (_lock)
        {
            if (_session is null && _results.Count == 0 && _presence is null) return null;
            var batch = new OutboxBatch(_session, [.. _results.Values], _presence);
            if (_session is not null) _sentSession = _session.Version;
            foreach (var r in _results.Values) _sentResults[r.PollId] = r.Version;
            if (_presence is not null) _sentPresence = _presence.Version;
            _session = null;
            _results.Clear();
            _presence = null;
            return batch;
        }
    }
}

public sealed record OutboxBatch(SessionView? Session, IReadOnlyList<PollResults> Results, PresenceCounts? Presence);
