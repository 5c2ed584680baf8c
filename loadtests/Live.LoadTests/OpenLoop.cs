using System.Diagnostics;

namespace Live.LoadTests;

/// <summary>
/// Open-loop load: operation i is due at start + i / rate, whether or not earlier ones have finished. Each
/// operation gets its intended timestamp and measures from it, so a stalled server shows up as latency
/// instead of silently lowering the offered rate (coordinated omission).
/// </summary>
public static class OpenLoop
{
    public static async Task RunAsync(int count, double perSecond, Func<int, long, Task> operation, CancellationToken cancel)
    {
        var start = Stopwatch.GetTimestamp();
        var pending = new List<Task>(count);
        for (var i = 0; i < count && !cancel.IsCancellationRequested; i++)
        {
            var intended = start + (long)(i * Stopwatch.Frequency / perSecond);
            var early = intended - Stopwatch.GetTimestamp();
            // Timers tick at about 1 ms: a late wake-up sends a few operations together, each still timed from its own due time.
            if (early > Stopwatch.Frequency / 1000) await Task.Delay(TimeSpan.FromSeconds((double)early / Stopwatch.Frequency), cancel).ConfigureAwait(false);
            pending.Add(operation(i, intended));
        }
        await Task.WhenAll(pending).WaitAsync(cancel).ConfigureAwait(false);
    }
}
