using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests;

/// <summary>
/// Records, on every listening phone, when each newer Results snapshot of one poll arrived and how many voters
/// it counted. Voters only grow while each device votes once, so "the snapshot that first includes the k-th
/// acknowledged vote" is the first one with voters ≥ k; delivery latency is its arrival minus that ack.
/// </summary>
public sealed class DeliveryRecorder(string pollId)
{
    private readonly ConcurrentBag<Phone> _phones = [];

    /// <summary>Pass to <see cref="AttendeePool.JoinAsync"/> as the handlers of every phone that should listen.</summary>
    public void Listen(HubConnection connection)
    {
        var phone = new Phone();
        _phones.Add(phone);
        connection.On<ResultsTick>("Results", r =>
        {
            if (r.PollId != pollId) return;
            var at = Stopwatch.GetTimestamp();
            lock (phone)
            {
                if (r.Version <= phone.Version) return; // latest value wins, as in the real app
                phone.Version = r.Version;
                phone.Seen.Add((r.Voters, at));
            }
        });
    }

    public int Phones => _phones.Count;

    /// <summary>Waits (bounded, polling every 50 ms) until every phone has seen a snapshot with at least <paramref name="voters"/>.</summary>
    public async Task<bool> WaitForAllAsync(int voters, TimeSpan bound, CancellationToken cancel)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(bound.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_phones.All(p => { lock (p) return p.Seen.Count > 0 && p.Seen[^1].Voters >= voters; })) return true;
            await Task.Delay(50, cancel);
        }
        return false;
    }

    /// <summary>
    /// For acks number <paramref name="firstVoter"/>, firstVoter+1, … (in ack order), records each phone's delivery
    /// latency from the ack. Returns how many (phone, vote) pairs never arrived.
    /// </summary>
    public long Record(List<(long Intended, long Acked)> acks, int firstVoter, Latency into)
    {
        acks.Sort((a, b) => a.Acked.CompareTo(b.Acked));
        long missing = 0;
        foreach (var phone in _phones)
        {
            (int Voters, long At)[] seen;
            lock (phone) seen = [.. phone.Seen];
            var j = 0;
            for (var i = 0; i < acks.Count; i++)
            {
                var k = firstVoter + i;
                while (j < seen.Length && seen[j].Voters < k) j++;
                if (j == seen.Length) { missing += acks.Count - i; break; }
                into.RecordMicroseconds(Latency.Micros(seen[j].At - acks[i].Acked));
            }
        }
        return missing;
    }

    private sealed class Phone
    {
        public long Version = -1;
        public readonly List<(int Voters, long At)> Seen = [];
    }
}
