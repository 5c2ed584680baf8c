namespace Live.LoadTests.Scenarios;

/// <summary>
/// One side of a vote-storm (Live, or the SignalR echo hub): its server and its connected devices, kept across the
/// rates of a sweep. Each <see cref="MeasureAsync"/> is one rate: Live votes in a new poll, so each rate's tally is
/// reconciled on its own.
/// </summary>
public sealed class VoteStormSide : IAsyncDisposable
{
    private readonly RunOptions _o;
    private readonly List<Attendee> _devices;
    private readonly Func<Task<string>> _newPoll;
    private readonly Func<string, Task<PollResults?>> _read;
    private readonly Func<double?> _peakRssMb;
    private readonly Func<ValueTask> _dispose;
    private readonly List<string> _setupNotes;
    private long _setupErrors;

    private VoteStormSide(RunOptions o, string target, List<Attendee> devices, Func<Task<string>> newPoll, Func<string, Task<PollResults?>> read,
        Func<double?> peakRssMb, Func<ValueTask> dispose, List<string> setupNotes, long setupErrors)
    {
        (_o, Target, _devices, _newPoll, _read, _peakRssMb, _dispose, _setupNotes, _setupErrors) =
            (o, target, devices, newPoll, read, peakRssMb, dispose, setupNotes, setupErrors);
    }

    public string Target { get; }

    public static async Task<VoteStormSide> StartLiveAsync(RunOptions o, CancellationToken cancel)
    {
        var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: vote-storm");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);
        return new(o, "live", devices,
            () => LiveTarget.OpenPollAsync(host, allowVoteChange: true, showResultsToAttendees: false),
            async pollId => await LiveTarget.ReadResultsAsync(host, pollId),
            () => live.PeakRssMb,
            async () => { await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host]); await live.DisposeAsync(); },
            [$"live: join of {o.Attendees} attendees: {setup.Errors} failures, p99 {setup.Ack.PercentileMs(99):F1} ms"], setup.Errors);
    }

    public static async Task<VoteStormSide> StartEchoAsync(RunOptions o, CancellationToken cancel)
    {
        var echo = await ChildServers.StartBaselineAsync();
        var devices = await VoteLoop.ConnectEchoDevicesAsync(new Uri(echo.Url, "/hubs/echo"), o.Attendees, cancel);
        return new(o, "signalr-echo", devices, () => Task.FromResult("echo"), _ => Task.FromResult<PollResults?>(null),
            () => ServerMemory.PeakRss(echo.Process.Id) / (1024.0 * 1024.0),
            async () => { await AttendeePool.CloseAsync(devices); await echo.DisposeAsync(); },
            ["signalr-echo: nothing is stored, so counted = acked by definition"], 0);
    }

    /// <summary>One rate for the run's duration; the result carries the per-second timeline and the longest wait.</summary>
    public async Task<RunResult> MeasureAsync(double rate, CancellationToken cancel)
    {
        var pollId = await _newPoll();
        foreach (var d in _devices) d.AckedOption = -1;
        var counters = new Counters { Phase = Target == "live" ? $"voting at {rate}/s" : $"voting at {rate}/s (signalr-echo baseline)" };
        VoteLoop.Outcome outcome;
        await using (new ProgressLine(_o.Scenario, counters))
            outcome = await VoteLoop.RunAsync(_devices, pollId, (int)(rate * _o.DurationSeconds), rate, changeVotes: true, counters, cancel);

        // Every counted vote was acknowledged before this read, so the tally must match exactly.
        var ballots = _devices.Count(d => d.AckedOption >= 0);
        var (counted, lost, duplicated) = (ballots, 0L, 0L);
        if (await _read(pollId) is { } final) { (_, lost, duplicated) = VoteLoop.Reconcile(_devices, final); counted = final.Voters; }
        // Setup (join) failures and notes belong to the first rate only.
        var setupErrors = Interlocked.Exchange(ref _setupErrors, 0);
        string[] setupNotes = [.. _setupNotes];
        _setupNotes.Clear();
        return new RunResult
        {
            Scenario = _o.Scenario, Smoke = _o.Smoke, Target = Target, Attendees = _devices.Count, DurationSeconds = _o.DurationSeconds,
            OfferedRate = rate, ThroughputPerSecond = outcome.VotesAcked / Math.Max(outcome.ElapsedSeconds, 1e-3),
            Sent = counters.Sent, Acked = ballots, Counted = counted, Lost = lost, Duplicated = duplicated,
            Errors = counters.Errors + setupErrors, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack, ServerPeakRssMb = _peakRssMb(),
            WorstSecondP99Ms = outcome.WorstSecondP99Ms, MaxWaitMs = outcome.MaxWaitMs, Timeline = outcome.Timeline,
            Notes = [$"{Target}: {outcome.VotesAcked} votes acknowledged, {outcome.ChangedVotes} of them changed an earlier ballot; acked/counted are ballots (one per device)",
                .. setupNotes],
        };
    }

    public ValueTask DisposeAsync() => _dispose();
}
