namespace Live.LoadTests.Scenarios;

/// <summary>
/// open-burst: how a poll or a quiz question really arrives. N attendees join and stay connected, idle, for I seconds
/// (long enough for the server's thread pool to shrink); then the host opens a poll and every attendee answers
/// exactly once, the answers due evenly over T seconds (open loop). Reports ack latency (overall, per second, longest
/// wait), when a screen's Results first counted every acknowledged answer relative to the last ack, and lost /
/// duplicated from the final tally against each device's acknowledged option. No baseline.
/// </summary>
public static class OpenBurst
{
    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: open-burst");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var screenConnection = await live.Target.ConnectAsync(session.ScreenKey, cancel);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);

        // The scenario's point, not a wait for something: nothing happens for a while.
        await using (new ProgressLine(o.Scenario, new Counters { Phase = $"idle for {o.IdleSeconds:0.#} s" }))
            await Task.Delay(TimeSpan.FromSeconds(o.IdleSeconds), cancel);

        var pollId = await LiveTarget.OpenPollAsync(host, allowVoteChange: false, showResultsToAttendees: false);
        var screen = new ScreenRecorder(pollId);
        screen.Listen(screenConnection); // before any answer: the poll's first frames count no voters

        var counters = new Counters { Phase = "answering" };
        var rate = devices.Count / Math.Max(o.WithinSeconds, 1e-3);
        VoteLoop.Outcome outcome;
        await using (new ProgressLine(o.Scenario, counters))
        {
            outcome = await VoteLoop.RunAsync(devices, pollId, devices.Count, rate, changeVotes: false, counters, cancel);
            await screen.WaitForVotersAsync((int)outcome.VotesAcked, TimeSpan.FromSeconds(15), cancel);
        }
        long? lastAck = outcome.AckTimes.Count > 0 ? outcome.AckTimes.Max(a => a.Acked) : null;
        var fullCount = screen.FirstAtLeast((int)outcome.VotesAcked);
        var missing = screen.Record(outcome.AckTimes, counters.Screen);

        var final = await LiveTarget.ReadResultsAsync(host, pollId);
        var (ballots, lost, duplicated) = VoteLoop.Reconcile(devices, final);
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host, screenConnection]);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = devices.Count, DurationSeconds = Math.Round(outcome.ElapsedSeconds, 2),
            OfferedRate = rate, ThroughputPerSecond = outcome.VotesAcked / Math.Max(outcome.ElapsedSeconds, 1e-3), IdleSeconds = o.IdleSeconds,
            Sent = counters.Sent, Acked = ballots, Counted = final.Voters, Lost = lost, Duplicated = duplicated,
            Errors = counters.Errors + setup.Errors + missing, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack,
            ScreenMs = counters.Screen.Summary(), ScreenHistogram = counters.Screen, ServerPeakRssMb = peak,
            WorstSecondP99Ms = outcome.WorstSecondP99Ms, MaxWaitMs = outcome.MaxWaitMs, Timeline = outcome.Timeline,
            ScreenFullCountAfterLastAckMs = fullCount is { } f && lastAck is { } l ? Latency.Micros(f - l) / 1000.0 : null,
            Notes = [$"{devices.Count} attendees idle {o.IdleSeconds:0.#} s, then answered once each, due evenly over {o.WithinSeconds:0.#} s; join: {setup.Errors} failures, p99 {setup.Ack.PercentileMs(99):F1} ms",
                .. missing == 0 ? Array.Empty<string>() : [$"{missing} acknowledged answers never reached the screen within 15 s (counted as errors)"],
                .. fullCount is null ? ["the screen never showed the full count within 15 s of the last ack"] : Array.Empty<string>()],
        };
    }
}
