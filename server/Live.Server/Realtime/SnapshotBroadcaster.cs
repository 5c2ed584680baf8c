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
public sealed class SnapshotBroadcaster(
    IHubContext<LiveHub, ILiveClient> hub,
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

    private void Offer(string code, Action<SessionOutbox> offer)
    {
        offer(_outboxes.GetOrAdd(code, _ => new SessionOutbox()));
        _dirty.Enqueue(code);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromSeconds(1.0 / options.Value.SnapshotsPerSecond);
        using var timer = new PeriodicTimer(period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await FlushAsync();
        }
    }

    /// <summary>Sends every pending snapshot once. Public for tests that drive the clock.</summary>
    public async Task FlushAsync()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (_dirty.TryDequeue(out var code)) codes.Add(code);
        foreach (var code in codes)
        {
            if (_outboxes.TryGetValue(code, out var outbox) && outbox.Take() is { } batch)
            {
                try
                {
                    await SendAsync(code, batch);
                }
                catch (Exception ex)
                {
                    logger.LogWarning(ex, "Could not deliver snapshots for session {Code}", code);
                }
            }
        }
    }

    private async Task SendAsync(string code, OutboxBatch batch)
    {
        var staff = hub.Clients.Groups(GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Screen));
        var attendees = hub.Clients.Group(GroupNames.For(code, Roles.Attendee));
        if (batch.Session is { } view)
        {
            await staff.Session(view);
            await attendees.Session(view.ForAttendees());
        }
        foreach (var results in batch.Results)
        {
            await staff.Results(results);
            if (results.VisibleToAttendees) await attendees.Results(results);
        }
        if (batch.Presence is { } presence)
        {
            await staff.Presence(presence);
            await attendees.Presence(presence);
        }
        await SendAudienceAsync(code, batch);
        if (batch.CheckIns is { } checkIns)
        {
            await hub.Clients.Group(GroupNames.For(code, Roles.Host)).CheckIns(checkIns.Host);
            await hub.Clients.Group(GroupNames.For(code, Roles.Screen)).CheckIns(checkIns.Screen);
        }
    }

    // Questions, 弹幕 and reactions: hosts get the moderation view, screens and phones the public one.
    private async Task SendAudienceAsync(string code, OutboxBatch batch)
    {
        var host = hub.Clients.Group(GroupNames.For(code, Roles.Host));
        var screen = hub.Clients.Group(GroupNames.For(code, Roles.Screen));
        var publicGroups = hub.Clients.Groups(GroupNames.For(code, Roles.Screen), GroupNames.For(code, Roles.Attendee));
        if (batch.Qna is { } qna)
        {
            await host.Qna(qna.Host);
            await publicGroups.Qna(qna.Public);
        }
        foreach (var (deviceId, question) in batch.MyQuestions)
            await hub.Clients.Group(GroupNames.Device(code, deviceId)).MyQuestion(question);
        if (batch.Comments.Count > 0)
        {
            var comments = new CommentBatch(batch.Comments);
            await host.Comments(comments);
            await screen.Comments(comments);
        }
        if (batch.CommentQueue is { } queue)
        {
            await host.CommentQueue(queue);
            await screen.CommentQueue(queue with { Pending = [] });
        }
        if (batch.Reactions is { } reactions)
        {
            await hub.Clients.Groups(GroupNames.For(code, Roles.Host), GroupNames.For(code, Roles.Screen), GroupNames.For(code, Roles.Attendee))
                .Reactions(reactions);
        }
    }
}
