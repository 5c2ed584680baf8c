using System.Diagnostics;
using System.Net.Sockets;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// fan-out: N attendees all listen to one poll's Results while votes arrive at R/s, so about one new snapshot per
/// tick reaches every phone. Delivery latency is from the acknowledgement of a vote to the arrival, on each phone,
/// of the first snapshot that counts it (so it includes the wait for the next tick, up to 1/SnapshotsPerSecond).
/// Three phases on the same server: without, with one deliberately stalled attendee that never reads, and without
/// again (the stalled socket closed first). "Without" is both calm phases together, so a machine that drifts faster
/// or slower during the run does not read as an effect of the stall.
/// Baseline: the same number of raw Kestrel WebSockets sent a Results-shaped frame at R/s.
/// </summary>
public static class FanOut
{
    // Longer than SignalR's 30 s client timeout: a stall that holds everyone shows up as latency, not as loss.
    private static readonly TimeSpan DeliveryBound = TimeSpan.FromSeconds(45);

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var result = await AgainstLiveAsync(o, cancel);
        if (!o.Baseline) return result;
        result.Baseline = await AgainstRawAsync(o, cancel);
        result.RatioOf = "ackMs.p95";
        result.Ratio = result.AckMs.P95 / Math.Max(result.Baseline.AckMs.P95, 1e-3);
        return result;
    }

    private static async Task<RunResult> AgainstLiveAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: fan-out");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var pollId = await LiveTarget.OpenPollAsync(host, allowVoteChange: false, showResultsToAttendees: true);
        var phones = new DeliveryRecorder(pollId);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel, phones.Listen);

        // Each device votes once, so the voter count names the snapshot; a third of the devices vote in each phase.
        var perPhase = Math.Min(devices.Count / 3, (int)(o.Rate * o.DurationSeconds));
        var calm = new Counters { Phase = "delivering (no stalled client)" };
        var before = await PhaseAsync(devices[..perPhase], pollId, 0, phones, o, calm, cancel);

        var stalledJoin = await live.Target.JoinAsync(session.Code, cancel);
        var stalled = await RawSockets.ConnectStalledAsync(live.Target.BaseUrl, stalledJoin.AttendeeToken, cancel);
        var stallConfirmed = await RawSockets.FillServerBuffersAsync(stalled, TimeSpan.FromSeconds(20), cancel);

        var stormy = new Counters { Phase = "delivering (one stalled client)" };
        var during = await PhaseAsync(devices[perPhase..(2 * perPhase)], pollId, (int)before.VotesAcked, phones, o, stormy, cancel);
        stalled.Dispose(); // the stall ends here whether or not the server dropped it: the last phase is calm

        var calmAgain = new Counters { Phase = "delivering (no stalled client, again)" };
        var after = await PhaseAsync(devices[(2 * perPhase)..(3 * perPhase)], pollId, (int)(before.VotesAcked + during.VotesAcked), phones, o, calmAgain, cancel);

        var calmLatency = new Latency();
        var stalledLatency = new Latency();
        var missing = phones.Record(before.AckTimes, 1, calmLatency)
            + phones.Record(during.AckTimes, (int)before.VotesAcked + 1, stalledLatency)
            + phones.Record(after.AckTimes, (int)(before.VotesAcked + during.VotesAcked) + 1, calmLatency);
        var final = await LiveTarget.ReadResultsAsync(host, pollId);
        var (ballots, lost, duplicated) = VoteLoop.Reconcile(devices, final);
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host]);
        var p99Ratio = stalledLatency.PercentileMs(99) / Math.Max(calmLatency.PercentileMs(99), 1e-3);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = devices.Count, DurationSeconds = o.DurationSeconds * 3,
            OfferedRate = o.Rate, Sent = calm.Sent + stormy.Sent + calmAgain.Sent, Acked = ballots, Counted = final.Voters, Lost = lost, Duplicated = duplicated,
            Errors = setup.Errors + calm.Errors + stormy.Errors + calmAgain.Errors + missing, ServerPeakRssMb = peak,
            AckMs = calmLatency.Summary(), AckHistogram = calmLatency,
            StalledAckMs = stalledLatency.Summary(), ScreenHistogram = stalledLatency, StalledP99Ratio = p99Ratio,
            Notes = [$"live: {phones.Phones} phones × {before.VotesAcked} + {during.VotesAcked} + {after.VotesAcked} snapshots-worth of votes; ackMs = delivery without the stalled client (first and last phase), stalledAckMs = with it (middle phase)",
                $"live: stalled client {(stallConfirmed ? "confirmed: the server stopped reading from it" : "NOT confirmed within 20 s: its buffers may not be full")}",
                .. missing == 0 ? Array.Empty<string>() : [$"{missing} (phone, vote) deliveries never arrived within {DeliveryBound.TotalSeconds} s (counted as errors)"]],
        };
    }

    private static async Task<VoteLoop.Outcome> PhaseAsync(List<Attendee> voters, string pollId, int votersBefore,
        DeliveryRecorder phones, RunOptions o, Counters counters, CancellationToken cancel)
    {
        await using var progress = new ProgressLine(o.Scenario, counters);
        var outcome = await VoteLoop.RunAsync(voters, pollId, voters.Count, o.Rate, changeVotes: false, counters, cancel);
        // Wait for the snapshot with the last vote to reach every phone: an event with a bound, not a sleep.
        await phones.WaitForAllAsync(votersBefore + (int)outcome.VotesAcked, DeliveryBound, cancel);
        return outcome;
    }

    private static async Task<RunResult> AgainstRawAsync(RunOptions o, CancellationToken cancel)
    {
        await using var server = await ChildServers.StartBaselineAsync();
        var ws = new UriBuilder(server.Url) { Scheme = "ws", Path = "/ws" }.Uri;
        var sockets = await RawSockets.ConnectManyAsync(ws, o.Attendees, cancel);
        var latency = new Latency();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var receivers = sockets.Select(s => RawSockets.RecordDeliveryAsync(s, latency, stop.Token)).ToList();
        var hz = (int)Math.Max(1, o.Rate);
        var seconds = (int)Math.Max(1, o.DurationSeconds);
        using (var http = new HttpClient { BaseAddress = server.Url })
            (await http.PostAsync($"/broadcast?hz={hz}&seconds={seconds}", null, cancel)).EnsureSuccessStatusCode();
        var expected = (long)sockets.Count * hz * seconds;
        var deadline = Stopwatch.GetTimestamp() + (long)((seconds + DeliveryBound.TotalSeconds) * Stopwatch.Frequency);
        var counters = new Counters { Phase = "delivering (raw WebSocket baseline)" };
        await using (new ProgressLine(o.Scenario, counters))
            while (latency.Count < expected && Stopwatch.GetTimestamp() < deadline) { counters.Acked = latency.Count; await Task.Delay(100, cancel); }
        var peak = ServerMemory.PeakRss(server.Process.Id) / (1024.0 * 1024.0);
        await stop.CancelAsync();
        await Task.WhenAll(receivers);
        await RawSockets.CloseAsync(sockets);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "raw-websocket", Attendees = sockets.Count, DurationSeconds = seconds,
            OfferedRate = hz, Sent = expected, Acked = latency.Count, Counted = latency.Count, Errors = expected - latency.Count,
            AckMs = latency.Summary(), AckHistogram = latency, ServerPeakRssMb = peak,
            Notes = ["raw-websocket: delivery from the baseline's send (a timestamp in the frame), no tick wait, no stalled client"],
        };
    }
}
