using System.Text.Json;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// smoke: the correctness half of every scenario at smoke size (and two two-rate vote-storm sweeps, one over three sessions), against one Live server, in about a minute.
/// Asserts only what must always hold (nothing lost, nothing counted twice, tallies and reaction totals equal what
/// was acknowledged, no errors), never timing. idle is left out: it measures memory and checks nothing.
/// --checks FILE writes {"passed", "failed", "checks": [{"name", "passed", "detail"}]} for scripts/summarize-tests.mjs.
/// </summary>
public static class Smoke
{
    /// <summary>(check name, arguments): every scenario at its smoke size, plus a small vote-storm sweep (with its echo side)
    /// and the same sweep over three sessions (Live only: each session's tally exact, so the second rate's polls are p2 in all three).</summary>
    private static readonly (string Name, string[] Args)[] Runs =
    [
        ("join-burst", ["join-burst", "--no-baseline"]), ("vote-storm", ["vote-storm", "--no-baseline"]),
        ("vote-storm-sweep", ["vote-storm", "--sweep", "100,200", "--attendees", "200", "--duration", "2"]),
        ("vote-storm-sessions", ["vote-storm", "--no-baseline", "--sessions", "3", "--sweep", "100,200", "--attendees", "200", "--duration", "2"]),
        ("vote-to-screen", ["vote-to-screen", "--no-baseline"]), ("reactions", ["reactions", "--no-baseline"]),
        ("fan-out", ["fan-out", "--no-baseline"]), ("word-cloud", ["word-cloud", "--no-baseline"]), ("open-burst", ["open-burst"]), ("quiz-burst", ["quiz-burst"]),
    ];

    public sealed record Check(string Name, bool Passed, string Detail);

    public static async Task<int> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var checks = new List<Check>();
        ChildServer? child = null;
        try
        {
            var url = o.Urls.Count > 0 ? string.Join(",", o.Urls) : (child = await ChildServers.StartLiveAsync("live")).Url.ToString();
            foreach (var (name, args) in Runs)
            {
                var options = RunOptions.Parse([.. args, "--smoke", "--url", url]);
                try { checks.AddRange(ChecksOf(name, await Scenario.RunAsync(options, cancel))); }
                catch (Exception ex) when (!cancel.IsCancellationRequested) { checks.Add(new($"{name}: runs", false, $"{ex.GetType().Name}: {ex.Message}")); }
            }
        }
        catch (Exception ex) when (!cancel.IsCancellationRequested) { checks.Add(new("smoke: Live starts", false, ex.Message)); }
        finally
        {
            if (child is not null) await child.DisposeAsync();
        }
        foreach (var c in checks) Console.WriteLine($"{(c.Passed ? "ok  " : "FAIL")} {c.Name} ({c.Detail})");
        var failed = checks.Count(c => !c.Passed);
        Console.WriteLine($"load-test smoke: {checks.Count - failed} passed, {failed} failed");
        if (o.ChecksFile is { } file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(file))!);
            File.WriteAllText(file, JsonSerializer.Serialize(new { passed = checks.Count - failed, failed, checks }, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true }));
        }
        return failed == 0 && checks.Count > 0 ? 0 : 1;
    }

    private static IEnumerable<Check> ChecksOf(string name, RunResult r)
    {
        var what = r.Scenario is "reactions" ? "taps" : r.Scenario is "join-burst" ? "joins" : r.Scenario is "word-cloud" ? "words" : "ballots";
        yield return new($"{name}: none lost", r.Lost == 0, $"{r.Lost} of {r.Acked} acknowledged {what} missing");
        yield return new($"{name}: none duplicated", r.Duplicated == 0, $"{r.Duplicated} counted twice");
        yield return new($"{name}: count equals acknowledged", r.Counted == r.Acked && r.Acked > 0, $"counted {r.Counted}, acknowledged {r.Acked}, sent {r.Sent}");
        yield return new($"{name}: no errors", r.Errors == 0, $"{r.Errors} errors; {string.Join("; ", r.Notes)}");
        // A sweep's totals could hide one rate's shortfall behind another's excess: each rate on each side on its own.
        foreach (var p in new[] { r, r.Baseline }.OfType<RunResult>().SelectMany(x => x.Sweep ?? []))
            yield return new($"{name}: {p.Target} at {p.Rate}/s exact", p.Lost == 0 && p.Duplicated == 0 && p.Errors == 0 && p.Counted == p.Acked && p.Acked > 0,
                $"lost {p.Lost}, duplicated {p.Duplicated}, errors {p.Errors}, counted {p.Counted}, acknowledged {p.Acked}");
        if (name == "vote-storm-sessions")
            yield return new($"{name}: spread over 3 sessions", r.Sessions == 3, $"sessions {r.Sessions}; {string.Join("; ", r.Notes.Where(n => n.Contains("sessions")))}");
        if (r.Scenario == "quiz-burst")
            yield return new($"{name}: every player answered once and got an exact score", r.Acked == r.Attendees && r.Sent == r.Attendees && r.Errors == 0,
                $"{r.Attendees} players, sent {r.Sent}, acknowledged {r.Acked}; {string.Join("; ", r.Notes)}");
        if (r.Scenario == "open-burst")
            yield return new($"{name}: every attendee answered once", r.Acked == r.Attendees && r.Sent == r.Attendees, $"{r.Attendees} attendees, sent {r.Sent}, acknowledged {r.Acked}");
    }
}
