namespace Live.LoadTests.Scenarios;

/// <summary>
/// vote-to-screen: during a vote storm a screen client records, for each acknowledged vote, how long after its
/// intended send time a Results snapshot that includes it arrived. Each device votes once, so the tally's voter
/// count only grows: the k-th acknowledged vote is on screen once a snapshot with voters ≥ k arrives (exact when
/// acks arrive in the order votes were applied; group commit acks a batch together, so off by at most one batch).
/// Run twice: Live as configured (coalesced, one snapshot per tick) and Live with Realtime:PerChangeBroadcast.
/// </summary>
public static class VoteToScreen
{
    private const int Observers = 2; // host and screen both get every Results frame (staff groups)

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var result = await MeasureAsync(o, perChangeBroadcast: false, cancel);
        if (!o.Baseline) return result;
        result.Baseline = await MeasureAsync(o, perChangeBroadcast: true, cancel);
        result.RatioOf = "screenMs.p99";
        result.Ratio = result.ScreenMs.P99 / Math.Max(result.Baseline.ScreenMs.P99, 1e-3);
        result.Notes.Add($"outbound Results frames: live {result.OutboundFrames}, per-change baseline {result.Baseline.OutboundFrames} " +
            $"({(double)result.Baseline.OutboundFrames! / Math.Max(1, result.OutboundFrames ?? 1):F1}× fewer with coalescing)");
        return result;
    }

    private static async Task<RunResult> MeasureAsync(RunOptions o, bool perChangeBroadcast, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o, perChangeBroadcast);
        var session = await live.Target.CreateSessionAsync("load test: vote-to-screen");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var pollId = await LiveTarget.OpenPollAsync(host, allowVoteChange: false, showResultsToAttendees: false);
        var screen = new ScreenRecorder(pollId);
        var screenConnection = await live.Target.ConnectAsync(session.ScreenKey, cancel, screen.Listen);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);

        var counters = new Counters { Phase = perChangeBroadcast ? "voting (per-change broadcast baseline)" : "voting" };
        var votes = Math.Min(devices.Count, (int)(o.Rate * o.DurationSeconds));
        VoteLoop.Outcome outcome;
        await using (new ProgressLine(o.Scenario, counters))
        {
            outcome = await VoteLoop.RunAsync(devices, pollId, votes, o.Rate, changeVotes: false, counters, cancel);
            // Wait (bounded) for the snapshot that holds the last acknowledged vote: an event, not a sleep.
            await screen.WaitForVotersAsync((int)outcome.VotesAcked, TimeSpan.FromSeconds(15), cancel);
        }
        var missing = screen.Record(outcome.AckTimes, counters.Screen);

        var final = await LiveTarget.ReadResultsAsync(host, pollId);
        var (ballots, lost, duplicated) = VoteLoop.Reconcile(devices, final);
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host, screenConnection]);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = perChangeBroadcast ? "live-per-change-broadcast" : "live",
            Attendees = devices.Count, DurationSeconds = Math.Round(outcome.ElapsedSeconds, 1), OfferedRate = o.Rate,
            ThroughputPerSecond = outcome.VotesAcked / Math.Max(outcome.ElapsedSeconds, 1e-3),
            Sent = counters.Sent, Acked = ballots, Counted = final.Voters, Lost = lost, Duplicated = duplicated,
            Errors = counters.Errors + setup.Errors + missing, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack,
            ScreenMs = counters.Screen.Summary(), ScreenHistogram = counters.Screen, ServerPeakRssMb = peak,
            OutboundFrames = screen.Frames * Observers,
            Notes = missing == 0 ? [] : [$"{missing} acknowledged votes never reached the screen within the bound (counted as errors)"],
        };
    }
}
