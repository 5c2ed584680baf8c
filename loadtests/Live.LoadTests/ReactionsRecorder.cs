using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests;

/// <summary>
/// What the big screen sees of reactions: every newer `reactions` event with its arrival time, its totals and
/// its bursts. Totals only grow, so the call whose taps bring the running sum to c is on screen once an event
/// with total ≥ c has arrived.
/// </summary>
public sealed class ReactionsRecorder
{
    private readonly List<(long At, long Total, long Burst, Dictionary<string, long> Totals)> _events = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private long _version = -1;

    public void Listen(HubConnection connection) => connection.On<ReactionsView>("Reactions", view =>
    {
        var at = Stopwatch.GetTimestamp();
        lock (_events)
        {
            if (view.Version <= _version) return;
            _version = view.Version;
            _events.Add((at, view.Counts.Sum(c => c.Total), view.Counts.Sum(c => c.Burst), view.Counts.ToDictionary(c => c.Emoji, c => c.Total)));
        }
        _arrived.Release();
    });

    public int Events { get { lock (_events) return _events.Count; } }
    public long Total { get { lock (_events) return _events.Count == 0 ? 0 : _events[^1].Total; } }
    public long BurstSum { get { lock (_events) return _events.Sum(e => e.Burst); } }
    public IReadOnlyDictionary<string, long> Totals { get { lock (_events) return _events.Count == 0 ? new Dictionary<string, long>() : _events[^1].Totals; } }

    /// <summary>Waits (bounded) for an event whose total reaches <paramref name="total"/>.</summary>
    public async Task WaitForTotalAsync(long total, TimeSpan bound, CancellationToken cancel)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        while (Total < total)
        {
            var left = (deadline - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency;
            if (left <= 0 || !await _arrived.WaitAsync(TimeSpan.FromSeconds(left), cancel)) return;
        }
    }

    /// <summary>Most events that arrived within any one second: the per-session update rate the screen saw.</summary>
    public int MostInOneSecond()
    {
        long[] at;
        lock (_events) at = [.. _events.Select(e => e.At)];
        var most = 0;
        for (int i = 0, j = 0; i < at.Length; i++)
        {
            while (at[i] - at[j] >= Stopwatch.Frequency) j++;
            most = Math.Max(most, i - j + 1);
        }
        return most;
    }

    /// <summary>Seconds from the first event to the last.</summary>
    public double SpanSeconds { get { lock (_events) return _events.Count < 2 ? 0 : (double)(_events[^1].At - _events[0].At) / Stopwatch.Frequency; } }

    /// <summary>
    /// Records screen latency per React call (from its intended send) given the calls in ack order with their tap
    /// counts; returns how many calls never showed.
    /// </summary>
    public long Record(List<(long Intended, long Acked, int Taps)> calls, Latency into)
    {
        calls.Sort((a, b) => a.Acked.CompareTo(b.Acked));
        (long At, long Total)[] seen;
        lock (_events) seen = [.. _events.Select(e => (e.At, e.Total))];
        long running = 0, missing = 0;
        var j = 0;
        for (var i = 0; i < calls.Count; i++)
        {
            running += calls[i].Taps;
            while (j < seen.Length && seen[j].Total < running) j++;
            if (j == seen.Length) { missing += calls.Count - i; break; }
            into.RecordMicroseconds(Latency.Micros(seen[j].At - calls[i].Intended));
        }
        return missing;
    }
}
