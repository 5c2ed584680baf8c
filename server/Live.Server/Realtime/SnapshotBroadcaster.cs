using System.Collections.Concurrent;
using Live.Contracts;
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
    ILogger<SnapshotBroadcaster> logger) : BackgroundService, ILivePublisher
{
    private readonly ConcurrentDictionary<string, SessionOutbox> _outboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _dirty = new();

    public void Session(SessionView view) => Offer(view.Code, o => o.Offer(view));

    public void Results(string code, PollResults results) => Offer(code, o => o.Offer(results));

    public void Presence(string code, PresenceCounts counts) => Offer(code, o => o.Offer(counts));

    public void Qna(string code, QnaView forHosts, QnaView forPublic) => Offer(code, o => o.Offer(forHosts, forPublic));

    public void MyQuestion(string code, string deviceId, QuestionView question) => Offer(code, o => o.Offer(deviceId, question));

    public void CommentShown(string code, CommentView comment) => Offer(code, o => o.Offer(comment));

    public void CommentQueue(string code, CommentQueueView queue) => Offer(code, o => o.Offer(queue));

    public void Reactions(string code, ReactionsView reactions) => Offer(code, o => o.Offer(reactions));

    public void CheckIns(string code, CheckInView forHosts, CheckInView forScreens) => Offer(code, o => o.Offer(forHosts, forScreens));

    public void MyCheckIn(string code, string deviceId, CheckInResult? result) => Offer(code, o => o.Offer(deviceId, result));

    public void Draw(string code, DrawView forHosts, DrawView forScreens) => Offer(code, o => o.Offer(forHosts, forScreens));

    public void Prize(string code, string deviceId, PrizeView prize) => Offer(code, o => o.Offer(deviceId, prize));

    private void Offer(string code, Action<SessionOutbox> offer)
    {
        if (options.Value.PerChangeBroadcast) { SendAlone(code, offer); return; }
        offer(_outboxes.GetOrAdd(code, _ => new SessionOutbox()));
        _dirty.Enqueue(code);
    }

    /// <summary>
    /// Load-test baseline (Realtime:PerChangeBroadcast): this one snapshot goes out now, in its own send, off the grain
    /// thread; nothing is merged with other changes, so the poll grain's publish per vote is one broadcast per vote.
    /// </summary>
    private void SendAlone(string code, Action<SessionOutbox> offer)
    {
        var alone = new SessionOutbox();
        offer(alone);
        if (alone.Take() is not { } batch) return;
        _ = Task.Run(async () =>
        {
            using var giveUp = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.SlowClientSeconds), time);
            await SendAsync(code, batch, giveUp.Token);
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
            if (_outboxes.TryGetValue(code, out var outbox) && outbox.Take() is { } batch)
                (sends ??= []).Add(SendAsync(code, batch, giveUp.Token));
        }
        if (sends is null) { giveUp.Dispose(); return Task.CompletedTask; }
        return Task.WhenAll(sends).ContinueWith(_ => giveUp.Dispose(), TaskScheduler.Default);
    }

    private async Task SendAsync(string code, OutboxBatch batch, CancellationToken giveUp)
    {
        // Every group send is started before any is awaited: SignalR writes each message to every healthy
        // connection right away and in order; only a connection whose buffers are full leaves its task pending.
        var sends = new List<Task>();
        try
        {
            Queue(code, batch, (to, method, payload) => sends.Add(connections.SendLocalAsync(to, method, payload, giveUp)));
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

    private delegate void Send(IReadOnlyList<string> groups, string method, object payload);

    private void Queue(string code, OutboxBatch batch, Send send)
    {
        string[] staff = [GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Moderator), GroupNames.For(code, Roles.Screen)];
        string[] attendees = [GroupNames.For(code, Roles.Attendee)];
        if (batch.Session is { } view)
        {
            send(staff, nameof(ILiveClient.Session), view);
            send(attendees, nameof(ILiveClient.Session), view.ForAttendees());
        }
        foreach (var results in batch.Results)
        {
            send(staff, nameof(ILiveClient.Results), results);
            if (results.VisibleToAttendees) send(attendees, nameof(ILiveClient.Results), results);
        }
        // Hosts and screens show the live check-in count; phones do not, and pushing it to every phone on every tick
        // of a join burst cost O(attendees) frames a tick (docs/PERFORMANCE.md). Phones read it from GetState.
        if (batch.Presence is { } presence) send(staff, nameof(ILiveClient.Presence), presence);
        QueueAudience(code, batch, send);
        if (batch.CheckIns is { } checkIns)
        {
            send(Moderators(code), nameof(ILiveClient.CheckIns), checkIns.Host);
            send([GroupNames.For(code, Roles.Screen)], nameof(ILiveClient.CheckIns), checkIns.Screen);
        }
        if (batch.Draw is { } draw)
        {
            send([GroupNames.For(code, Roles.Host)], nameof(ILiveClient.Draw), draw.Host);
            send([GroupNames.For(code, Roles.Screen)], nameof(ILiveClient.Draw), draw.Screen);
        }
        foreach (var (deviceId, result) in batch.MyCheckIns)
            send([GroupNames.Device(code, deviceId)], nameof(ILiveClient.MyCheckIn), result!);
        foreach (var (deviceId, prize) in batch.Prizes)
            send([GroupNames.Device(code, deviceId)], nameof(ILiveClient.MyPrize), prize);
    }

    /// <summary>Hosts and moderators: they see held questions and 弹幕 and full names at the door.</summary>
    private static string[] Moderators(string code) => [GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Moderator)];

    // Questions, 弹幕 and reactions: hosts and moderators get the moderation view, screens and phones the public one.
    private void QueueAudience(string code, OutboxBatch batch, Send send)
    {
        var host = Moderators(code);
        string[] screen = [GroupNames.For(code, Roles.Screen)];
        string[] publicGroups = [GroupNames.For(code, Roles.Screen), GroupNames.For(code, Roles.Attendee)];
        if (batch.Qna is { } qna)
        {
            send(host, nameof(ILiveClient.Qna), qna.Host);
            send(publicGroups, nameof(ILiveClient.Qna), qna.Public);
        }
        foreach (var (deviceId, question) in batch.MyQuestions)
            send([GroupNames.Device(code, deviceId)], nameof(ILiveClient.MyQuestion), question);
        if (batch.Comments.Count > 0)
        {
            var comments = new CommentBatch(batch.Comments);
            send(host, nameof(ILiveClient.Comments), comments);
            send(screen, nameof(ILiveClient.Comments), comments);
        }
        if (batch.CommentQueue is { } queue)
        {
            send(host, nameof(ILiveClient.CommentQueue), queue);
            send(screen, nameof(ILiveClient.CommentQueue), queue with { Pending = [] });
        }
        if (batch.Reactions is { } reactions)
        {
            send(GroupNames.Everyone(code), nameof(ILiveClient.Reactions), reactions);
        }
    }
}
