using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests.Scenarios;

/// <summary>Keeps (voters, arrival) of every newer Results snapshot for one poll, as the big screen would.</summary>
public sealed class ScreenRecorder(string pollId)
{
    private readonly List<(int Voters, long At)> _seen = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private long _version = -1;
    private int _voters = -1;
    public long Frames;

    public void Listen(HubConnection connection) => connection.On<ResultsTick>("Results", r =>
    {
        if (r.PollId != pollId) return;
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref Frames);
        lock (_seen)
        {
            // Latest value wins, like the real screen. The per-vote baseline publishes each vote as it is
            // acknowledged, so several frames can share one durable version, each counting more voters.
            if (r.Version < _version || (r.Version == _version && r.Voters <= _voters)) return;
            (_version, _voters) = (r.Version, r.Voters);
            _seen.Add((r.Voters, at));
        }
        _arrived.Release();
    });

    /// <summary>When a snapshot first counted at least <paramref name="voters"/>; null if none has (yet).</summary>
    public long? FirstAtLeast(int voters)
    {
        lock (_seen) foreach (var (v, at) in _seen) if (v >= voters) return at;
        return null;
    }

    /// <summary>Waits (bounded, on arrivals, not a sleep) until a snapshot counts at least <paramref name="voters"/>.</summary>
    public async Task WaitForVotersAsync(int voters, TimeSpan bound, CancellationToken cancel)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            lock (_seen) if (_seen.Count > 0 && _seen[^1].Voters >= voters) return;
            var left = (deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency;
            if (left <= 0 || !await _arrived.WaitAsync(TimeSpan.FromSeconds(left), cancel)) return;
        }
    }

    /// <summary>Records screen latency for each ack (ordered by ack time); returns how many never showed.</summary>
    public long Record(List<(long Intended, long Acked)> acks, Latency into)
    {
        acks.Sort((a, b) => a.Acked.CompareTo(b.Acked));
        (int Voters, long At)[] seen;
        lock (_seen) seen = [.. _seen];
        long missing = 0;
        var j = 0;
        for (var k = 1; k <= acks.Count; k++)
        {
            while (j < seen.Length && seen[j].Voters < k) j++;
            if (j == seen.Length) { missing += acks.Count - k + 1; break; }
            into.RecordMicroseconds(Latency.Micros(seen[j].At - acks[k - 1].Intended));
        }
        return missing;
    }
}
