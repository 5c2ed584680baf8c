namespace Live.LoadTests.Scenarios;

/// <summary>
/// vote-storm: N joined attendees vote (and change their votes) at an open-loop total rate for D seconds.
/// Reports ack latency, checks the final tally against what was acknowledged, and runs the same load against
/// a SignalR echo hub (no Orleans, no storage) for the throughput ratio.
/// </summary>
public static class VoteStorm
{
    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var result = await AgainstLiveAsync(o, cancel);
        if (!o.Baseline) return result;
        result.Baseline = await AgainstEchoAsync(o, cancel);
        result.RatioOf = "throughputPerSecond";
        result.Ratio = result.ThroughputPerSecond / result.Baseline.ThroughputPerSecond;
        return result;
    }

    private static async Task<RunResult> AgainstLiveAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: vote-storm");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var pollId = await LiveTarget.OpenPollAsync(host, allowVoteChange: true, showResultsToAttendees: false);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);

        var counters = new Counters { Phase = "voting" };
        VoteLoop.Outcome outcome;
        await using (new ProgressLine(o.Scenario, counters))
            outcome = await VoteLoop.RunAsync(devices, pollId, (int)(o.Rate * o.DurationSeconds), o.Rate, changeVotes: true, counters, cancel);

        // Every counted vote was acknowledged before this read, so the tally must match exactly.
        var final = await LiveTarget.ReadResultsAsync(host, pollId);
        var (ballots, lost, duplicated) = VoteLoop.Reconcile(devices, final);
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync(devices);
        await host.DisposeAsync();
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = devices.Count, DurationSeconds = o.DurationSeconds,
            OfferedRate = o.Rate, ThroughputPerSecond = outcome.VotesAcked / Math.Max(outcome.ElapsedSeconds, 1e-3),
            Sent = counters.Sent, Acked = ballots, Counted = final.Voters, Lost = lost, Duplicated = duplicated,
            Errors = counters.Errors + setup.Errors, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack, ServerPeakRssMb = peak,
            Notes = [$"live: {outcome.VotesAcked} votes acknowledged, {outcome.ChangedVotes} of them changed an earlier ballot; acked/counted are ballots (one per device)",
                $"live: join of {o.Attendees} attendees: {setup.Errors} failures, p99 {setup.Ack.PercentileMs(99):F1} ms"],
        };
    }

    private static async Task<RunResult> AgainstEchoAsync(RunOptions o, CancellationToken cancel)
    {
        await using var echo = await ChildServers.StartBaselineAsync();
        var devices = await VoteLoop.ConnectEchoDevicesAsync(new Uri(echo.Url, "/hubs/echo"), o.Attendees, cancel);
        var counters = new Counters { Phase = "voting (signalr-echo baseline)" };
        VoteLoop.Outcome outcome;
        await using (new ProgressLine(o.Scenario, counters))
            outcome = await VoteLoop.RunAsync(devices, "echo", (int)(o.Rate * o.DurationSeconds), o.Rate, changeVotes: true, counters, cancel);
        var peak = ServerMemory.PeakRss(echo.Process.Id) / (1024.0 * 1024.0);
        await AttendeePool.CloseAsync(devices);
        var ballots = devices.Count(d => d.AckedOption >= 0);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "signalr-echo", Attendees = devices.Count, DurationSeconds = o.DurationSeconds,
            OfferedRate = o.Rate, ThroughputPerSecond = outcome.VotesAcked / Math.Max(outcome.ElapsedSeconds, 1e-3),
            Sent = counters.Sent, Acked = ballots, Counted = ballots, Errors = counters.Errors,
            AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack, ServerPeakRssMb = peak,
            Notes = ["signalr-echo: nothing is stored, so counted = acked by definition"],
        };
    }
}
