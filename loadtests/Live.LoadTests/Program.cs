using Live.LoadTests;
using Live.LoadTests.Scenarios;

// Load tests for Live: `dotnet run -c Release --project loadtests/Live.LoadTests -- <scenario> [flags]`.
// See loadtests/README.md. Exit code 1 when the run is not correct (lost, duplicated, errors) or fails.
BufferPool.Size(); // first: see BufferPool
RunOptions options;
try { options = RunOptions.Parse(args); }
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine($"{ex.Message}\nusage: <{string.Join('|', RunOptions.Scenarios)}> [--smoke] [--url http://127.0.0.1:PORT] " +
        "[--attendees N] [--checks FILE (smoke)] [--rate R] [--sweep R1,R2,...] [--duration S] [--within S] [--idle S] [--snapshots-per-second N] [--taps-per-call N] [--no-baseline] [--json FILE] [--markdown] [--counters]");
    return 2;
}

ChildServers.InstallExitHandlers();
OpenFileLimit.Raise(options.Attendees + 1000); // one socket per attendee here; the server child has its own limit
using var cancel = new CancellationTokenSource(options.HardLimit);
using var capture = options.Counters ? CounterCapture.Start(options.CountersFile) : null;
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); ChildServers.KillAll(); };
try
{
    Console.Error.WriteLine($"{options.Scenario}: {options.Attendees} attendees, " +
        (options.Sweep.Count > 0 ? $"rates {string.Join(", ", options.Sweep)}/s, {options.DurationSeconds} s each" :
         options.Scenario == "open-burst" ? $"idle {options.IdleSeconds} s, then all answer within {options.WithinSeconds} s" :
         options.Scenario == "quiz-burst" ? $"all answer within {options.WithinSeconds} s, then the reveal" :
         $"rate {options.Rate}/s, {options.DurationSeconds} s") +
        $"{(options.Smoke ? " (smoke)" : "")}, hard limit {options.HardLimit.TotalSeconds:F0} s");
    if (options.Scenario == "smoke") return await Smoke.RunAsync(options, cancel.Token);
    var result = await Scenario.RunAsync(options, cancel.Token);
    if (options.JsonFile is { } file) ResultWriters.WriteJson(result, file);
    Console.WriteLine(options.Markdown ? ResultWriters.Markdown(result) :
        $"{result.Scenario}: sent {result.Sent} acked {result.Acked} counted {result.Counted} lost {result.Lost} duplicated {result.Duplicated} errors {result.Errors}");
    return result.Correct ? 0 : 1;
}
catch (Exception ex)
{
    Console.Error.WriteLine(cancel.IsCancellationRequested ? $"stopped: hard limit or Ctrl-C ({ex.GetType().Name})" : ex.ToString());
    return 1;
}
finally
{
    ChildServers.KillAll();
}
