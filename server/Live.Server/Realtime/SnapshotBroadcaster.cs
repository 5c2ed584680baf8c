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
/// A group send finishes only when its slowest connection has taken the message, although SignalR has already
/// written it to every other connection. So a tick never waits for the previous one's sends, sessions go out side by
/// side, and every send carries a token that cancels after Realtime:SlowClientSeconds: SignalR then aborts a
/// connection still stuck on that write (its client reconnects and resyncs with GetState, as after any drop) and
/// drops the writes queued behind it. A phone that stopped reading never holds up the room and never gets a backlog.
/// </remarks>
public sealed class SnapshotBroadcaster(
    IHubContext<LiveHub> hub,
    IOptions<RealtimeOptions> options,
    TimeProvider time,
    ILogger<SnapshotBroadcaster> logger) : BackgroundService, ILivePublisher
{
    private readonly ConcurrentDictionary<string, SessionOutbox> _outboxes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _dirty = new();
    private readonly ConcurrentDictionary<string, byte> _undelivered = new(StringComparer.Ordinal); // sessions whose last send failed

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
        offer(_outboxes.GetOrAdd(code, _ => new SessionOutbox()));
        _dirty.Enqueue(code);
        if (options.Value.PerChangeBroadcast) _ = Task.Run(FlushAsync); // load-test baseline: one broadcast per change, off the grain thread
    }

    /// <summary>
    /// This node's backplane subscription is back after Redis was down. What was published meanwhile reached nobody,
    /// and even a publish that "succeeded" right after Redis returned may have come before the other nodes had
    /// subscribed again. So every session's newest snapshots go out again, 1 s and 3 s from now (the nodes reconnect
    /// within about a second of each other); clients ignore a version they already hold.
    /// </summary>
    public void BackplaneRestored()
    {
        logger.LogWarning("Backplane subscription restored: sending every session's newest snapshots again");
        foreach (var delay in ReplayDelays)
            _ = Task.Delay(delay, time).ContinueWith(_ => Replay(), TaskScheduler.Default);
    }

    private static readonly TimeSpan[] ReplayDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    private void Replay()
    {
        foreach (var (code, outbox) in _outboxes)
        {
            outbox.Replay();
            _dirty.Enqueue(code);
        }
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
            Queue(code, batch, (to, method, payload) => sends.Add(to.SendCoreAsync(method, [payload], giveUp)));
            await Task.WhenAll(sends);
        }
        catch (OperationCanceledException) when (giveUp.IsCancellationRequested)
        {
            logger.LogInformation("Session {Code}: a connection took no snapshot for {Seconds} s and was dropped", code, options.Value.SlowClientSeconds);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or StackExchange.Redis.RedisTimeoutException)
        {
            // In cluster mode a send is a publish on the Redis backplane; while Redis is down it fails at once (or
            // after RedisConnection.CommandTimeout) and no client, on any node, got the batch. Send it again next tick,
            // or the screen would keep the tally from before the outage until the next vote. Logged once per outage.
            if (_outboxes.TryGetValue(code, out var outbox))
            {
                outbox.PutBack(batch);
                _dirty.Enqueue(code);
            }
            if (_undelivered.TryAdd(code, 0)) logger.LogWarning(ex, "Could not deliver snapshots for session {Code}; retrying every tick", code);
            return;
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not deliver snapshots for session {Code}", code);
        }
        if (_undelivered.TryRemove(code, out _)) logger.LogWarning("Snapshots for session {Code} delivered again", code);
    }

    private delegate void Send(IClientProxy to, string method, object payload);

    private void Queue(string code, OutboxBatch batch, Send send)
    {
        var staff = hub.Clients.Groups(GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Moderator), GroupNames.For(code, Roles.Screen));
        var attendees = hub.Clients.Group(GroupNames.For(code, Roles.Attendee));
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
            send(hub.Clients.Group(GroupNames.For(code, Roles.Screen)), nameof(ILiveClient.CheckIns), checkIns.Screen);
        }
        if (batch.Draw is { } draw)
        {
            send(hub.Clients.Group(GroupNames.For(code, Roles.Host)), nameof(ILiveClient.Draw), draw.Host);
            send(hub.Clients.Group(GroupNames.For(code, Roles.Screen)), nameof(ILiveClient.Draw), draw.Screen);
        }
        foreach (var (deviceId, result) in batch.MyCheckIns)
            send(hub.Clients.Group(GroupNames.Device(code, deviceId)), nameof(ILiveClient.MyCheckIn), result!);
        foreach (var (deviceId, prize) in batch.Prizes)
            send(hub.Clients.Group(GroupNames.Device(code, deviceId)), nameof(ILiveClient.MyPrize), prize);
    }

    /// <summary>Hosts and moderators: they see held questions and 弹幕 and full names at the door.</summary>
    private IClientProxy Moderators(string code) => hub.Clients.Groups(GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Moderator));

    // Questions, 弹幕 and reactions: hosts and moderators get the moderation view, screens and phones the public one.
    private void QueueAudience(string code, OutboxBatch batch, Send send)
    {
        var host = Moderators(code);
        var screen = hub.Clients.Group(GroupNames.For(code, Roles.Screen));
        var publicGroups = hub.Clients.Groups(GroupNames.For(code, Roles.Screen), GroupNames.For(code, Roles.Attendee));
        if (batch.Qna is { } qna)
        {
            send(host, nameof(ILiveClient.Qna), qna.Host);
            send(publicGroups, nameof(ILiveClient.Qna), qna.Public);
        }
        foreach (var (deviceId, question) in batch.MyQuestions)
            send(hub.Clients.Group(GroupNames.Device(code, deviceId)), nameof(ILiveClient.MyQuestion), question);
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
            send(hub.Clients.Groups(GroupNames.Everyone(code)), nameof(ILiveClient.Reactions), reactions);
        }
    }
}
