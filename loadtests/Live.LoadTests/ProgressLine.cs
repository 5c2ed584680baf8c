using System.Diagnostics;

namespace Live.LoadTests;

/// <summary>Prints one status line a second to stderr while a run is going, so a long run is never silent.</summary>
public sealed class ProgressLine : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ProgressLine(string scenario, Counters counters)
    {
        var started = Stopwatch.StartNew();
        CounterCapture.Phase = counters.Phase;
        _loop = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            try
            {
                while (await timer.WaitForNextTickAsync(_stop.Token))
                    Console.Error.WriteLine($"[{scenario} {started.Elapsed.TotalSeconds,5:F0}s] {counters.Phase}: sent {counters.Sent} acked {counters.Acked} errors {counters.Errors} " +
                        $"ack p99 {counters.Ack.PercentileMs(99):F1} ms screen p99 {counters.Screen.PercentileMs(99):F1} ms");
            }
            catch (OperationCanceledException) { }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        CounterCapture.Phase = "between";
    }
}
