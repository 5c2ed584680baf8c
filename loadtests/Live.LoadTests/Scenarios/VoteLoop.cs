using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// Sends votes open-loop at a total rate, each device with at most one vote in flight (so "the last
/// acknowledged option" of a device is well defined for reconciliation). A vote whose device is still busy
/// waits for a free device; that wait counts in its latency because timing starts at the intended send time.
/// </summary>
public static class VoteLoop
{
    /// <summary>Votes not acknowledged this long after the last one was due are given up: errors, waiting until then.</summary>
    public const double AckBoundSeconds = 30;

    /// <param name="MaxWaitMs">The longest any vote waited: intended send time to its ack, its error, or the give-up.</param>
    /// <param name="Timeline">Acked votes' latencies by the second they were due to be sent.</param>
    public sealed record Outcome(long VotesAcked, long ChangedVotes, double ElapsedSeconds, List<(long Intended, long Acked)> AckTimes,
        double MaxWaitMs, IReadOnlyList<SecondStats> Timeline)
    {
        public double WorstSecondP99Ms => PerSecondLatency.WorstP99(Timeline);
    }

    /// <param name="changeVotes">true: a device that already voted picks a different option (vote-storm); false: each device votes once.</param>
    public static async Task<Outcome> RunAsync(IReadOnlyList<Attendee> devices, string pollId, int votes, double rate,
        bool changeVotes, Counters counters, CancellationToken cancel)
    {
        var idle = Channel.CreateUnbounded<Attendee>();
        foreach (var d in devices) idle.Writer.TryWrite(d);
        long acked = 0, changed = 0, maxWait = 0;
        var ackTimes = new List<(long, long)>(votes);
        var start = Stopwatch.GetTimestamp();
        var timeline = new PerSecondLatency(start);
        long lastAck = start;
        using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        giveUp.CancelAfter(TimeSpan.FromSeconds(votes / rate + AckBoundSeconds));
        await OpenLoop.RunAsync(votes, rate, async (_, intended) =>
        {
            Attendee? device = null;
            try
            {
                device = await idle.Reader.ReadAsync(giveUp.Token);
                var previous = device.AckedOption;
                var option = previous < 0 ? Random.Shared.Next(4) : (previous + 1 + Random.Shared.Next(3)) % 4;
                Interlocked.Increment(ref counters.Sent);
                var ack = await device.Connection.InvokeAsync<VoteAck>("Vote", new VoteRequest(pollId, [option], Guid.NewGuid().ToString("N")), giveUp.Token);
                var now = Stopwatch.GetTimestamp();
                if (ack.OptionIds.Length != 1 || ack.OptionIds[0] != option) throw new InvalidOperationException($"ack holds {string.Join(',', ack.OptionIds)}, voted {option}");
                counters.Ack.RecordSince(intended);
                timeline.Record(intended, now);
                device.AckedOption = option;
                Interlocked.Increment(ref counters.Acked);
                Interlocked.Increment(ref acked);
                if (previous >= 0) Interlocked.Increment(ref changed);
                lock (ackTimes) { ackTimes.Add((intended, now)); lastAck = Math.Max(lastAck, now); }
            }
            catch (Exception ex) when (!cancel.IsCancellationRequested)
            {
                counters.Error(giveUp.IsCancellationRequested ? new TimeoutException($"no ack {AckBoundSeconds} s after the last vote was due") : ex, "vote");
            }
            finally
            {
                var waited = Stopwatch.GetTimestamp() - intended;
                long seen;
                while (waited > (seen = Interlocked.Read(ref maxWait)) && Interlocked.CompareExchange(ref maxWait, waited, seen) != seen) { }
                // A device that voted once and may not change goes back only when changes are allowed.
                if (device is not null && (changeVotes || device.AckedOption < 0)) idle.Writer.TryWrite(device);
            }
        }, cancel);
        return new(acked, changed, (double)(lastAck - start) / Stopwatch.Frequency, ackTimes,
            Latency.Micros(maxWait) / 1000.0, timeline.Seconds());
    }

    /// <summary>Compares each device's last acknowledged option with the poll's tally read from the server.</summary>
    public static (long Ballots, long Lost, long Duplicated) Reconcile(IEnumerable<Attendee> devices, PollResults final)
    {
        var expected = new long[final.Counts.Length];
        long ballots = 0;
        foreach (var d in devices.Where(d => d.AckedOption >= 0)) { expected[d.AckedOption]++; ballots++; }
        long lost = 0, duplicated = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            lost += Math.Max(0, expected[i] - final.Counts[i]);
            duplicated += Math.Max(0, final.Counts[i] - expected[i]);
        }
        return (ballots, lost, duplicated);
    }

    public static async Task<List<Attendee>> ConnectEchoDevicesAsync(Uri echoHub, int count, CancellationToken cancel)
    {
        var devices = new List<Attendee>(count);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
            devices.AddRange(await Task.WhenAll(chunk.Select(async i =>
            {
                var connection = LiveTarget.Build(echoHub, null);
                await connection.StartAsync(cancel);
                return new Attendee($"echo-{i}", connection);
            })));
        return devices;
    }
}
