namespace Live.LoadTests.Scenarios;

/// <summary>
/// join-burst: N attendees each POST /join and connect the hub, starts spread evenly over T seconds (open loop).
/// ackMs is join + connect latency from each attendee's intended start; errors are failed joins or connects.
/// No baseline: nothing comparable exists without Live's join endpoint.
/// </summary>
public static class JoinBurst
{
    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: join-burst");
        var counters = new Counters { Phase = "joining" };
        var started = System.Diagnostics.Stopwatch.StartNew();
        List<Attendee> joined;
        await using (new ProgressLine(o.Scenario, counters))
            joined = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, o.WithinSeconds, counters, cancel);
        var elapsed = started.Elapsed.TotalSeconds;
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync(joined);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Attendees = o.Attendees, DurationSeconds = Math.Round(elapsed, 2),
            OfferedRate = o.Attendees / o.WithinSeconds, ThroughputPerSecond = joined.Count / elapsed,
            Sent = counters.Sent, Acked = joined.Count, Counted = joined.Count, Errors = counters.Errors,
            AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack, ServerPeakRssMb = peak,
            Notes = [$"all {joined.Count} of {o.Attendees} connected {elapsed:F1} s after the first start (target: within {o.WithinSeconds} s, 0 failures)"],
        };
    }
}
