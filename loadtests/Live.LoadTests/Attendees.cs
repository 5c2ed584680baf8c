using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests;

/// <summary>One simulated phone: its device id, its hub connection, and the option of its last acknowledged ballot.</summary>
public sealed class Attendee(string deviceId, HubConnection connection, int session = 0)
{
    public string DeviceId { get; } = deviceId;
    /// <summary>Which of the run's sessions it joined (vote-storm --sessions N: 0 … N-1; always 0 otherwise).</summary>
    public int Session { get; } = session;
    public HubConnection Connection { get; } = connection;
    /// <summary>-1 until a ballot is acknowledged. Written only by the one vote this device has in flight.</summary>
    public int AckedOption { get; set; } = -1;
}

/// <summary>Joins and connects many attendees with bounded concurrency, timing each from its intended start.</summary>
public static class AttendeePool
{
    /// <summary>
    /// Joins <paramref name="count"/> attendees spread evenly over <paramref name="withinSeconds"/> (open loop).
    /// Failures are counted, not thrown; the connected ones are returned.
    /// </summary>
    public static Task<List<Attendee>> JoinAsync(LiveTarget live, string code, int count, double withinSeconds,
        Counters counters, CancellationToken cancel, Action<HubConnection>? handlers = null) =>
        JoinAsync(live, [code], count, withinSeconds, counters, cancel, handlers);

    /// <summary>The same, over several sessions: attendee i joins session i mod codes.Count (round-robin, so they spread evenly).</summary>
    public static async Task<List<Attendee>> JoinAsync(LiveTarget live, IReadOnlyList<string> codes, int count, double withinSeconds,
        Counters counters, CancellationToken cancel, Action<HubConnection>? handlers = null)
    {
        var joined = new List<Attendee>(count);
        await OpenLoop.RunAsync(count, count / Math.Max(withinSeconds, 0.001), async (i, intended) =>
        {
            Interlocked.Increment(ref counters.Sent);
            try
            {
                var session = i % codes.Count;
                var join = await live.JoinAsync(codes[session], cancel);
                var connection = await live.ConnectAsync(join.AttendeeToken, cancel, handlers);
                counters.Ack.RecordSince(intended);
                Interlocked.Increment(ref counters.Acked);
                lock (joined) joined.Add(new Attendee(join.DeviceId, connection, session));
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
            {
                counters.Error(ex, "join");
            }
        }, cancel);
        return joined;
    }

    public static async Task CloseAsync(IEnumerable<Attendee> attendees) =>
        await CloseAsync(attendees.Select(a => a.Connection));

    /// <summary>Stops connections a few hundred at a time; each stop is bounded so a stuck socket cannot hang the run.</summary>
    public static async Task CloseAsync(IEnumerable<HubConnection> connections)
    {
        foreach (var chunk in connections.Chunk(500))
            await Task.WhenAll(chunk.Select(async c =>
            {
                try { await c.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
            }));
    }

    public static long Now => Stopwatch.GetTimestamp();
}
