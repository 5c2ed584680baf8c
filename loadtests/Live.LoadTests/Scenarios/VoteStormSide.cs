using Microsoft.AspNetCore.SignalR.Client;

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
    private readonly Func<string, Task<(long Counted, long Lost, long Duplicated)?>> _reconcile;
    private readonly Func<double?> _peakRssMb;
    private readonly Func<ValueTask> _dispose;
    private readonly List<string> _setupNotes;
    private long _setupErrors;

    private VoteStormSide(RunOptions o, string target, List<Attendee> devices, Func<Task<string>> newPoll, Func<string, Task<(long Counted, long Lost, long Duplicated)?>> reconcile,
        Func<double?> peakRssMb, Func<ValueTask> dispose, List<string> setupNotes, long setupErrors)
    {
        (_o, Target, _devices, _newPoll, _reconcile, _peakRssMb, _dispose, _setupNotes, _setupErrors) =
            (o, target, devices, newPoll, reconcile, peakRssMb, dispose, setupNotes, setupErrors);
    }

    public string Target { get; }

    public static async Task<VoteStormSide> StartLiveAsync(RunOptions o, CancellationToken cancel)
    {
        var live = await LiveUnderTest.StartAsync(o);
        // --sessions N: N sessions, each with its own host; the attendees are spread over them round-robin.
        var sessions = new List<CreatedSession>(o.Sessions);
        var hosts = new List<HubConnection>(o.Sessions);
        for (var i = 0; i < o.Sessions; i++)
        {
            var session = await live.Target.CreateSessionAsync(o.Sessions == 1 ? "load test: vote-storm" : $"load test: vote-storm {i + 1}/{o.Sessions}");
            sessions.Add(session);
            hosts.Add(await live.Target.ConnectAsync(session.HostKey, cancel));
        }
        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, [.. sessions.Select(s => s.Code)], o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);
        List<string> notes = [$"live: join of {o.Attendees} attendees: {setup.Errors} failures, p99 {setup.Ack.PercentileMs(99):F1} ms"];
        if (o.Sessions > 1)
            notes.Add($"live: {o.Sessions} sessions, {devices.Count / o.Sessions}–{(devices.Count + o.Sessions - 1) / o.Sessions} attendees each (round-robin); one poll per session per rate, each tally reconciled with its own session's acks");
        return new(o, "live", devices,
            () => OpenPollsAsync(hosts),
            async pollId => await ReconcileSessionsAsync(hosts, devices, pollId),
            () => live.PeakRssMb,
            async () => { await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), .. hosts]); await live.DisposeAsync(); },
            notes, setup.Errors);
    }

    /// <summary>
    /// One poll in each session. A session numbers its polls p1, p2, … on its own, so sessions that get one poll each
    /// per rate, in lockstep, name their new polls alike and the vote loop's single poll id is right for every device.
    /// Checked, not assumed.
    /// </summary>
    private static async Task<string> OpenPollsAsync(List<HubConnection> hosts)
    {
        var ids = await Task.WhenAll(hosts.Select(h => LiveTarget.OpenPollAsync(h, allowVoteChange: true, showResultsToAttendees: false)));
        if (ids.Distinct().Count() != 1) throw new InvalidOperationException($"the sessions' new polls have different ids ({string.Join(", ", ids.Distinct())}); the vote loop needs one");
        return ids[0];
    }

    /// <summary>Each session's tally against its own devices' last acknowledged ballots, summed over the sessions.</summary>
    private static async Task<(long Counted, long Lost, long Duplicated)?> ReconcileSessionsAsync(List<HubConnection> hosts, List<Attendee> devices, string pollId)
    {
        var finals = await Task.WhenAll(hosts.Select(h => LiveTarget.ReadResultsAsync(h, pollId)));
        long counted = 0, lost = 0, duplicated = 0;
        for (var i = 0; i < finals.Length; i++)
        {
            var (_, l, d) = VoteLoop.Reconcile(devices.Where(x => x.Session == i), finals[i]);
            (counted, lost, duplicated) = (counted + finals[i].Voters, lost + l, duplicated + d);
        }
        return (counted, lost, duplicated);
    }

    public static async Task<VoteStormSide> StartEchoAsync(RunOptions o, CancellationToken cancel)
    {
        var echo = await ChildServers.StartBaselineAsync();
        var devices = await VoteLoop.ConnectEchoDevicesAsync(new Uri(echo.Url, "/hubs/echo"), o.Attendees, cancel);
        return new(o, "signalr-echo", devices, () => Task.FromResult("echo"), _ => Task.FromResult<(long, long, long)?>(null),
            () => ServerMemory.PeakRss(echo.Process.Id) / (1024.0 * 1024.0),
            async () => { await AttendeePool.CloseAsync(devices); await echo.DisposeAsync(); },
            ["signalr-echo: nothing is stored, so counted = acked by definition"], 0);
    }

    /// <summary>
    /// Votes at <paramref name="rate"/> for <paramref name="seconds"/> in a poll of its own and measures nothing: a fresh
    /// process runs its first seconds on unoptimised code (tiered JIT) and a small thread pool, which would otherwise be
    /// charged to whichever rate a sweep measures first, on both sides.
    /// </summary>
    public async Task WarmUpAsync(double rate, double seconds, CancellationToken cancel)
    {
        if (seconds <= 0) return;
        var pollId = await _newPoll();
        var counters = new Counters { Phase = $"warming up at {rate}/s ({Target})" };
        await using (new ProgressLine(_o.Scenario, counters))
            await VoteLoop.RunAsync(_devices, pollId, (int)(rate * seconds), rate, changeVotes: true, counters, cancel);
        foreach (var d in _devices) d.AckedOption = -1;
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
        var (counted, lost, duplicated) = ((long)ballots, 0L, 0L);
        if (await _reconcile(pollId) is { } tally) (counted, lost, duplicated) = tally;
        // Setup (join) failures and notes belong to the first rate only.
        var setupErrors = Interlocked.Exchange(ref _setupErrors, 0);
        string[] setupNotes = [.. _setupNotes];
        _setupNotes.Clear();
        return new RunResult
        {
            Scenario = _o.Scenario, Smoke = _o.Smoke, Target = Target, Attendees = _devices.Count, Sessions = Target == "live" ? _o.Sessions : null, DurationSeconds = _o.DurationSeconds,
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
