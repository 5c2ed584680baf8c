namespace Live.LoadTests.Scenarios;

/// <summary>
/// idle: N connections that do nothing. Server private memory per connection = growth of the server child's
/// RssAnon (/proc/&lt;pid&gt;/status) from after a warm-up to after all N are connected, divided by N.
/// Baseline: the same number of raw Kestrel WebSockets on the baseline server; in the notes, also a bare SignalR
/// echo hub's figure (what SignalR itself holds per connection, without Live's authentication, groups and grains).
/// </summary>
public static class Idle
{
    private const int WarmUp = 50;
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5); // let the GC and pools settle before reading memory (a measurement, not a correctness check)

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        if (o.Url is not null) throw new ArgumentException("idle reads the server's /proc entry, so it needs a server it started itself (no --url)");
        var result = await AgainstLiveAsync(o, cancel);
        if (!o.Baseline) return result;
        result.Baseline = await AgainstRawAsync(o, cancel);
        result.RatioOf = "bytesPerConnection";
        result.Ratio = result.BytesPerConnection / result.Baseline.BytesPerConnection;
        // A second reference, in the notes: what a bare SignalR hub (no auth, no Orleans) holds per idle connection.
        var echo = await AgainstEchoHubAsync(o, cancel);
        result.Notes.AddRange(echo.Notes);
        result.Notes.Add($"signalr-echo: {echo.BytesPerConnection:F0} B/conn; Live ÷ SignalR echo hub = {result.BytesPerConnection / echo.BytesPerConnection:F2}");
        return result;
    }

    private static async Task<RunResult> AgainstLiveAsync(RunOptions o, CancellationToken cancel)
    {
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: idle");
        // Warm-up joins are measured apart: they pay for JIT and first-use pools, not per-connection memory.
        var warm = await AttendeePool.JoinAsync(live.Target, session.Code, WarmUp, 1, new Counters(), cancel);
        var counters = new Counters { Phase = "connecting" };
        await Task.Delay(Settle, cancel);
        var before = live.RssAnon!.Value;
        List<Attendee> idle;
        await using (new ProgressLine(o.Scenario, counters))
        {
            idle = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, JoinWithin(o), counters, cancel);
            counters.Phase = "idle";
            await Task.Delay(Settle, cancel);
        }
        var after = live.RssAnon!.Value;
        var peak = live.PeakRssMb;
        await HoldAsync(o, "live", live.Child!.Process.Id, idle.Count, cancel);
        await AttendeePool.CloseAsync(idle.Concat(warm));
        return Result(o, "live", idle.Count, counters, before, after, peak);
    }

    private static async Task<RunResult> AgainstRawAsync(RunOptions o, CancellationToken cancel)
    {
        await using var server = await ChildServers.StartBaselineAsync();
        var ws = new UriBuilder(server.Url) { Scheme = "ws", Path = "/ws" }.Uri;
        return await MeasureBaselineAsync(o, "raw-websocket", server,
            n => RawSockets.ConnectManyAsync(ws, n, cancel), RawSockets.CloseAsync, cancel);
    }

    private static async Task<RunResult> AgainstEchoHubAsync(RunOptions o, CancellationToken cancel)
    {
        await using var server = await ChildServers.StartBaselineAsync();
        var hub = new Uri(server.Url, "/hubs/echo");
        return await MeasureBaselineAsync(o, "signalr-echo", server,
            n => VoteLoop.ConnectEchoDevicesAsync(hub, n, cancel), AttendeePool.CloseAsync, cancel);
    }

    /// <summary>A baseline measured as Live is: warm-up connections, then the growth of RssAnon over N more.</summary>
    private static async Task<RunResult> MeasureBaselineAsync<T>(RunOptions o, string target, ChildServer server,
        Func<int, Task<List<T>>> connect, Func<IEnumerable<T>, Task> close, CancellationToken cancel)
    {
        var warm = await connect(WarmUp);
        await Task.Delay(Settle, cancel);
        var before = ServerMemory.RssAnon(server.Process.Id)!.Value;
        var idle = await connect(o.Attendees);
        await Task.Delay(Settle, cancel);
        var after = ServerMemory.RssAnon(server.Process.Id)!.Value;
        var peak = ServerMemory.PeakRss(server.Process.Id) / (1024.0 * 1024.0);
        await HoldAsync(o, target, server.Process.Id, idle.Count, cancel);
        await close(idle.Concat(warm));
        return Result(o, target, idle.Count, new Counters { Sent = o.Attendees, Acked = idle.Count }, before, after, peak);
    }

    /// <summary>
    /// Joins at 500/s unless --within says otherwise: on a busy shared machine a slower join keeps joins from timing
    /// out, and a failed join still leaves its work in the server's memory.
    /// </summary>
    private static double JoinWithin(RunOptions o) => o.WithinSeconds > 0 ? o.WithinSeconds : Math.Max(1, o.Attendees / 500.0);

    /// <summary>--hold S: keeps the connections open after measuring, for `dotnet-gcdump collect -p PID` or dotnet-counters.</summary>
    private static async Task HoldAsync(RunOptions o, string target, int pid, int connections, CancellationToken cancel)
    {
        if (o.HoldSeconds <= 0) return;
        Console.Error.WriteLine($"  holding {connections} idle connections to {target} (pid {pid}) for {o.HoldSeconds:F0} s");
        await Task.Delay(TimeSpan.FromSeconds(o.HoldSeconds), cancel);
    }

    private static RunResult Result(RunOptions o, string target, int connected, Counters c, long before, long after, double? peak) => new()
    {
        Scenario = o.Scenario, Smoke = o.Smoke, Target = target, Attendees = connected, DurationSeconds = Settle.TotalSeconds,
        Sent = c.Sent, Acked = connected, Counted = connected, Errors = Math.Max(c.Errors, o.Attendees - connected), // a failed join is counted once, whether or not it threw
        AckMs = c.Ack.Summary(), AckHistogram = c.Ack.Count > 0 ? c.Ack : null, ServerPeakRssMb = peak,
        BytesPerConnection = (after - before) / (double)Math.Max(1, connected),
        Notes = [$"{target}: RssAnon {before / 1048576.0:F1} MB → {after / 1048576.0:F1} MB for {connected} connections"],
    };
}
