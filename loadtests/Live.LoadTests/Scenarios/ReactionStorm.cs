using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests.Scenarios;

/// <summary>
/// reactions: N attendees tap reactions at an open-loop total of R taps/s for D seconds, a phone sending its taps
/// in calls of T (as the app coalesces them). The screen must get at most SnapshotsPerSecond `reactions` updates a
/// second, and its final totals, per emoji, must equal the taps acknowledged (React returned) — nothing lost,
/// nothing counted twice; the bursts it saw must add up to the same total. screenMs: from a call's intended send to
/// the first screen update whose total includes it. No baseline: per-tap broadcast is what the design rules out.
/// </summary>
public static class ReactionStorm
{
    // Live drops taps over Realtime:ReactionsPerConnectionPerSecond (default 30) quietly; staying far below it keeps a
    // late burst of queued calls from tripping it, so any shortfall is a real loss.
    private const double MostTapsPerDevicePerSecond = 5;

    public static async Task<RunResult> RunAsync(RunOptions o, CancellationToken cancel)
    {
        if (o.Rate / o.Attendees > MostTapsPerDevicePerSecond)
            throw new ArgumentException($"reactions: {o.Rate / o.Attendees:F1} taps/s per attendee; use --attendees ≥ {Math.Ceiling(o.Rate / MostTapsPerDevicePerSecond)} (at most {MostTapsPerDevicePerSecond}/s each)");
        await using var live = await LiveUnderTest.StartAsync(o);
        var session = await live.Target.CreateSessionAsync("load test: reactions");
        var host = await live.Target.ConnectAsync(session.HostKey, cancel);
        var emojis = (await host.InvokeAsync<LiveState>("GetState", cancel)).Reactions.Counts.Select(c => c.Emoji).ToArray();
        var screen = new ReactionsRecorder();
        var screenConnection = await live.Target.ConnectAsync(session.ScreenKey, cancel, screen.Listen);

        var setup = new Counters { Phase = "joining" };
        List<Attendee> devices;
        await using (new ProgressLine(o.Scenario, setup))
            devices = await AttendeePool.JoinAsync(live.Target, session.Code, o.Attendees, Math.Max(1, o.Attendees / 500.0), setup, cancel);

        var counters = new Counters { Phase = "tapping" };
        var acked = new long[emojis.Length];
        var calls = new List<(long Intended, long Acked, int Taps)>();
        var callCount = (int)(o.Rate * o.DurationSeconds / o.TapsPerCall);
        var started = Stopwatch.GetTimestamp();
        await using (new ProgressLine(o.Scenario, counters))
        {
            await OpenLoop.RunAsync(callCount, o.Rate / o.TapsPerCall, async (i, intended) =>
            {
                // Round robin: every device taps at the same gentle rate, well under the per-connection allowance.
                var device = devices[i % devices.Count];
                var emoji = i % emojis.Length;
                Interlocked.Add(ref counters.Sent, o.TapsPerCall);
                try
                {
                    await device.Connection.InvokeAsync("React", new ReactRequest(emojis[emoji], o.TapsPerCall), cancel);
                    counters.Ack.RecordSince(intended);
                    Interlocked.Add(ref counters.Acked, o.TapsPerCall);
                    Interlocked.Add(ref acked[emoji], o.TapsPerCall);
                    lock (calls) calls.Add((intended, Stopwatch.GetTimestamp(), o.TapsPerCall));
                }
                catch (Exception ex) when (!cancel.IsCancellationRequested) { counters.Error(ex, "react"); }
            }, cancel);
            await screen.WaitForTotalAsync(counters.Acked, TimeSpan.FromSeconds(15), cancel);
        }
        var elapsed = (double)(Stopwatch.GetTimestamp() - started) / Stopwatch.Frequency;
        var missing = screen.Record(calls, counters.Screen);

        // The screen's last update and the grain's state must both hold exactly the acknowledged taps, per emoji.
        var stored = (await host.InvokeAsync<LiveState>("GetState", cancel)).Reactions.Counts.ToDictionary(c => c.Emoji, c => c.Total);
        long lost = 0, duplicated = 0;
        for (var e = 0; e < emojis.Length; e++)
            foreach (var seen in new[] { screen.Totals.GetValueOrDefault(emojis[e]), stored.GetValueOrDefault(emojis[e]) })
            {
                lost += Math.Max(0, acked[e] - seen);
                duplicated += Math.Max(0, seen - acked[e]);
            }
        var bursts = screen.BurstSum;
        // Structural, not timing: at most one update per tick, plus one for a tick the timer caught up on.
        var mostUpdates = (long)(o.SnapshotsPerSecond * (Math.Ceiling(screen.SpanSeconds) + 1)) + 1;
        var tooMany = screen.Events > mostUpdates ? 1 : 0;
        var peak = live.PeakRssMb;
        await AttendeePool.CloseAsync([.. devices.Select(d => d.Connection), host, screenConnection]);
        return new RunResult
        {
            Scenario = o.Scenario, Smoke = o.Smoke, Target = "live", Attendees = devices.Count, DurationSeconds = o.DurationSeconds,
            OfferedRate = o.Rate, ThroughputPerSecond = counters.Acked / Math.Max(elapsed, 1e-3),
            Sent = counters.Sent, Acked = counters.Acked, Counted = screen.Total, Lost = lost, Duplicated = duplicated + Math.Abs(bursts - screen.Total),
            Errors = setup.Errors + counters.Errors + missing + tooMany, AckMs = counters.Ack.Summary(), AckHistogram = counters.Ack,
            ScreenMs = counters.Screen.Summary(), ScreenHistogram = counters.Screen, ServerPeakRssMb = peak,
            OutboundFrames = screen.Events * (devices.Count + 2L),
            Notes = [$"live: {calls.Count} React calls of {o.TapsPerCall} taps; screen got {screen.Events} `reactions` updates over {screen.SpanSeconds:F1} s, " +
                $"at most {screen.MostInOneSecond()} in any one second (limit {o.SnapshotsPerSecond}/s; {(tooMany == 0 ? "within" : "OVER")} the bound of {mostUpdates})",
                $"live: screen totals {screen.Total}, bursts summed {bursts}, acknowledged taps {counters.Acked}; lost/duplicated compare the screen and the stored totals per emoji",
                $"live: outbound frames = updates × (attendees + host + screen), since every role gets `reactions`",
                .. missing == 0 ? Array.Empty<string>() : [$"{missing} React calls never reached the screen within 15 s (counted as errors)"]],
        };
    }
}
