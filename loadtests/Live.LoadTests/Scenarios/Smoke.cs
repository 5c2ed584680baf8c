using System.Text.Json;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// smoke: the correctness half of every scenario at smoke size, against one Live server, in well under a minute.
/// Asserts only what must always hold (nothing lost, nothing counted twice, tallies and reaction totals equal what
/// was acknowledged, no errors), never timing. idle is left out: it measures memory and checks nothing.
/// --checks FILE writes {"passed", "failed", "checks": [{"name", "passed", "detail"}]} for scripts/summarize-tests.mjs.
/// </summary>
public static class Smoke
{
    private static readonly string[] Scenarios = ["join-burst", "vote-storm", "vote-to-screen", "reactions", "fan-out", "word-cloud"];

    public sealed record Check(string Name, bool Passed, string Detail);

    public static async Task<int> RunAsync(RunOptions o, CancellationToken cancel)
    {
        var checks = new List<Check>();
        ChildServer? child = null;
        try
        {
            var url = o.Urls.Count > 0 ? string.Join(",", o.Urls) : (child = await ChildServers.StartLiveAsync("live")).Url.ToString();
            foreach (var name in Scenarios)
            {
                var options = RunOptions.Parse([name, "--smoke", "--no-baseline", "--url", url]);
                try { checks.AddRange(ChecksOf(await Scenario.RunAsync(options, cancel))); }
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

    private static IEnumerable<Check> ChecksOf(RunResult r)
    {
        var what = r.Scenario is "reactions" ? "taps" : r.Scenario is "join-burst" ? "joins" : r.Scenario is "word-cloud" ? "words" : "ballots";
        yield return new($"{r.Scenario}: none lost", r.Lost == 0, $"{r.Lost} of {r.Acked} acknowledged {what} missing");
        yield return new($"{r.Scenario}: none duplicated", r.Duplicated == 0, $"{r.Duplicated} counted twice");
        yield return new($"{r.Scenario}: count equals acknowledged", r.Counted == r.Acked && r.Acked > 0, $"counted {r.Counted}, acknowledged {r.Acked}, sent {r.Sent}");
        yield return new($"{r.Scenario}: no errors", r.Errors == 0, $"{r.Errors} errors; {string.Join("; ", r.Notes)}");
    }
}
