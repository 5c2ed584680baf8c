using System.Collections.Concurrent;
using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Server.Hubs;
using Live.Server.Options;
using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Live.Server.Realtime;

/// <summary>
/// Delivers snapshots: grains hand them in as often as they change, and once per tick (Realtime:SnapshotsPerSecond)
/// each session's newest snapshots go out to its SignalR groups. Never one message per vote.
/// </summary>
/// <remarks>
/// Snapshots are written to this node's own connections (<see cref="LocalConnections"/>; in cluster mode every node
/// gets the grains' snapshots through <see cref="SnapshotRelay"/>). A group send finishes only when its slowest
/// connection has taken the message, although every other connection already has it. So a tick never waits for the
/// previous one's sends, sessions go out side by side, and every send carries a token that cancels after
/// Realtime:SlowClientSeconds: a connection still stuck on that write is aborted (its client reconnects and resyncs
/// with GetState, as after any drop) with the writes queued behind it. A phone that stopped reading never holds up
/// the room and never gets a backlog.
/// </remarks>
public sealed class SnapshotBroadcaster(
    LocalConnections connections,
    IOptions<RealtimeOptions> options,
    TimeProvider time,
    ILogger<SnapshotBroadcaster> logger,
    Metrics.LiveMetrics? metrics = null) : BackgroundService, ILivePublisher
{
    private readonly ConcurrentDictionary<string, SessionOutbox> _outboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _dirty = new();

    private static readonly Dictionary<string, SnapshotKind> Kinds = PushKinds.All.ToDictionary(k => k.Name, StringComparer.Ordinal);

    /// <summary>Takes a push for the session's next tick. A kind this node does not know (a newer node's) is dropped.</summary>
    public void Publish(string code, Push push)
    {
        if (!Kinds.TryGetValue(push.Kind, out var kind)) return;
        if (options.Value.PerChangeBroadcast) { SendAlone(code, kind, push); return; }
        _outboxes.GetOrAdd(code, _ => new SessionOutbox()).Offer(kind, push);
        _dirty.Enqueue(code);
    }

    /// <summary>
    /// Load-test baseline (Realtime:PerChangeBroadcast): this one push goes out now, in its own send, off the grain
    /// thread; nothing is merged with other changes (see <see cref="PerChangePublisher"/>).
    /// </summary>
    private void SendAlone(string code, SnapshotKind kind, Push push)
    {
        _ = Task.Run(async () =>
        {
            using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.SlowClientSeconds), time);
            await SendAsync(code, [push], giveUp.Token);
        });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(1.0 / options.Value.SnapshotsPerSecond);
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            _ = FlushAsync(); // not awaited: see the remarks above
        }
    }

    /// <summary>
    /// Starts sending every pending snapshot once, all sessions at once; completes when every send has finished or
    /// given up on a slow connection. Public for tests that drive the clock.
    /// </summary>
    public Task FlushAsync()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (_dirty.TryDequeue(out var code)) codes.Add(code);
        List<Task>? sends = null;
        var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.SlowClientSeconds), time);
        foreach (var code in codes)
        {
            if (_outboxes.TryGetValue(code, out var outbox) && outbox.Take() is { } pushes)
                (sends ??= []).Add(SendAsync(code, pushes, giveUp.Token));
        }
        if (sends is null) { giveUp.Dispose(); return Task.CompletedTask; }
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        return Task.WhenAll(sends).ContinueWith(_ =>
        {
            giveUp.Dispose();
            metrics?.Tick(System.Diagnostics.Stopwatch.GetElapsedTime(started));
        }, TaskScheduler.Default);
    }

    private async Task SendAsync(string code, IReadOnlyList<Push> pushes, CancellationToken giveUp)
    {
        // Every group send is started before any is awaited: SignalR writes each message to every healthy
        // connection right away and in order; only a connection whose buffers are full leaves its task pending.
        var sends = new List<Task>();
        try
        {
            foreach (var push in pushes)
                foreach (var delivery in push.To)
                    sends.Add(connections.SendLocalAsync(Groups(code, delivery.Audience), push.Kind, delivery.Payload!, giveUp));
            await Task.WhenAll(sends);
        }
        catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
        {
            logger.LogInformation("Session {Code}: a connection took no snapshot for {Seconds} s and was dropped", code, options.Value.SlowClientSeconds);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not deliver snapshots for session {Code}", code);
        }
    }

    private static IReadOnlyList<string> Groups(string code, Audience audience) => audience.Device is { } device
        ? [GroupNames.Device(code, device)]
        : audience.Roles.Select(role => GroupNames.For(code, role)).ToList();
}
