namespace Live.LoadTests.Scenarios;

/// <summary>
/// vote-storm: N joined attendees vote (and change their votes) at an open-loop total rate for D seconds. Reports ack
/// latency, the worst second's p99 and the longest wait, checks the final tally against what was acknowledged, and
/// runs the same load against a SignalR echo hub (no Orleans, no storage) in the same run.
/// --sweep R1,R2,…: the same at each rate in turn, Live then echo at each rate, on one Live server and one echo server
/// (the attendees stay connected; each rate votes in a new poll), and reports each side's capacity at the SLO.
/// </summary>
public static class VoteStorm
{
    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var rates = o.Sweep.Count > 0 ? o.Sweep : [o.Rate];
        var liveRuns = new List<RunResult>();
        var echoRuns = new List<RunResult>();
        await using (var live = await VoteStormSide.StartLiveAsync(o, cancel))
        await using (var echo = o.Baseline ? await VoteStormSide.StartEchoAsync(o, cancel) : null)
        {
            await live.WarmUpAsync(rates[0], o.WarmupSeconds, cancel);
            if (echo is not null) await echo.WarmUpAsync(rates[0], o.WarmupSeconds, cancel);
            foreach (var rate in rates)
            {
                liveRuns.Add(await live.MeasureAsync(rate, cancel));
                if (echo is not null) echoRuns.Add(await echo.MeasureAsync(rate, cancel));
            }
        }
        if (o.Sweep.Count == 0)
        {
            var result = liveRuns[0];
            if (echoRuns.Count == 0) return result;
            // Not throughput: an open loop's offered rate is always reached in the end, so that ratio read 1 even seconds behind.
            result.Baseline = echoRuns[0];
            result.RatioOf = "ackMs.p99";
            result.Ratio = result.AckMs.P99 / Math.Max(result.Baseline.AckMs.P99, 1e-3);
            return result;
        }
        var sweep = Combine(liveRuns, o);
        if (echoRuns.Count == 0) return sweep;
        sweep.Baseline = Combine(echoRuns, o);
        sweep.RatioOf = "capacityAtSlo";
        sweep.Ratio = SloCapacity.Ratio(sweep.CapacityAtSlo, sweep.Baseline.CapacityAtSlo);
        return sweep;
    }

    /// <summary>A sweep's side as one result: totals over the rates, the per-rate figures in <c>sweep</c>.</summary>
    private static RunResult Combine(List<RunResult> runs, RunOptions o)
    {
        var points = runs.Select(r => new SweepPoint
        {
            Rate = r.OfferedRate ?? 0, Target = r.Target, AckMs = r.AckMs, WorstSecondP99Ms = r.WorstSecondP99Ms ?? 0, MaxWaitMs = r.MaxWaitMs ?? 0,
            ThroughputPerSecond = r.ThroughputPerSecond ?? 0, Sent = r.Sent, Acked = r.Acked, Counted = r.Counted,
            Lost = r.Lost, Duplicated = r.Duplicated, Errors = r.Errors, Timeline = r.Timeline ?? [],
        }).ToList();
        var all = Latency.Merge(runs.Select(r => r.AckHistogram!));
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = runs[0].Target, Attendees = runs[0].Attendees, Sessions = runs[0].Sessions,
            DurationSeconds = runs.Sum(r => r.DurationSeconds), Sent = runs.Sum(r => r.Sent), Acked = runs.Sum(r => r.Acked),
            Counted = runs.Sum(r => r.Counted), Lost = runs.Sum(r => r.Lost), Duplicated = runs.Sum(r => r.Duplicated), Errors = runs.Sum(r => r.Errors),
            AckMs = all.Summary(), AckHistogram = all, ServerPeakRssMb = runs.Max(r => r.ServerPeakRssMb),
            WorstSecondP99Ms = runs.Max(r => r.WorstSecondP99Ms), MaxWaitMs = runs.Max(r => r.MaxWaitMs),
            Sweep = points, CapacityAtSlo = SloCapacity.Of(points),
            Notes = [.. runs.SelectMany(r => r.Notes.Select(n => $"{r.OfferedRate}/s: {n}"))],
        };
    }
}
