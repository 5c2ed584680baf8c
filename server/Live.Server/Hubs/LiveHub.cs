using Live.Contracts;
using Live.Server.Realtime;
using Live.Server.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Live.Server.Options;

namespace Live.Server.Hubs;

/// <summary>
/// The one realtime door for phones, consoles and screens. Thin: it reads who is calling from the verified
/// credential, forwards to the session's grains and lets <see cref="HubErrorFilter"/> turn rule violations into
/// error codes. Every method names the roles it allows.
/// </summary>
[Authorize]
public sealed partial class LiveHub(
    IGrainFactory grains, LiveStateReader stateReader, ReactionAggregator reactions, IOptions<RealtimeOptions> realtime, TimeProvider time,
    ConnectionRegistry connections, SessionAccessCache access, AccessLinkIssuer links, SessionTermination termination, PresenceSync presence)
    : Hub<ILiveClient>
{
    private Caller Me => Caller.Of(Context);

    public override async Task OnConnectedAsync()
    {
        var me = Me;
        connections.Add(me.Code, me.Role, me.Generation, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.For(me.Code, me.Role));
        if (me.Role == Roles.Attendee)
        {
            KeepReactionAllowance();
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupNames.Device(me.Code, me.DeviceId!));
            // Admitted even while the presence grain is unreachable (its node just died): counted once it answers.
            await presence.ConnectAsync(me.Code, new PresenceEntry(Context.ConnectionId, me.DeviceId!, me.Mode!, me.Nickname));
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        var me = Me;
        connections.Remove(me.Code, Context.ConnectionId);
        if (me.Role == Roles.Attendee) await presence.DisconnectAsync(me.Code, Context.ConnectionId);
    }

    /// <summary>Everything the caller may see, now. Clients call it after every connect and reconnect.</summary>
    [HubRoles(Roles.Everyone)]
    public Task<LiveState> GetState() => stateReader.ReadAsync(Me);

    [HubRoles(Roles.Host)]
    public Task<SessionView> CreatePoll(PollDraft draft) => grains.Session(Me.Code).CreatePoll(Require(draft));

    [HubRoles(Roles.Host)]
    public Task<SessionView> EditPoll(string pollId, PollDraft draft) => grains.Session(Me.Code).EditPoll(PollIds.Require(pollId), Require(draft));

    [HubRoles(Roles.Host)]
    public Task<SessionView> DuplicatePoll(string pollId) => grains.Session(Me.Code).DuplicatePoll(PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> DeletePoll(string pollId) => grains.Session(Me.Code).DeletePoll(PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> ReorderPolls(IReadOnlyList<string> pollIds) =>
        grains.Session(Me.Code).ReorderPolls(Require(pollIds).Select(PollIds.Require).ToList());

    [HubRoles(Roles.Host)]
    public Task<SessionView> OpenPoll(string pollId) => grains.Session(Me.Code).OpenPoll(PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> ClosePoll(string pollId) => grains.Session(Me.Code).ClosePoll(PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> ResetPoll(string pollId) => grains.Session(Me.Code).ResetPoll(PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> SetPollSettings(string pollId, PollSettings settings) =>
        grains.Session(Me.Code).SetPollSettings(PollIds.Require(pollId), Require(settings));

    /// <summary>Takes one result item (a word of a word cloud) off the screen and the phones, or puts it back.</summary>
    [HubRoles(Roles.Host)]
    public Task<SessionView> SetResultHidden(string pollId, string key, bool hidden) =>
        grains.Session(Me.Code).SetResultHidden(PollIds.Require(pollId), Require(key), hidden);

    /// <summary>Spotlights one answer of an open-text poll on the screen, replacing any before; null un-features.</summary>
    [HubRoles(Roles.Host)]
    public Task<SessionView> FeatureAnswer(string pollId, string? key) =>
        grains.Session(Me.Code).FeatureAnswer(PollIds.Require(pollId), key);

    [HubRoles(Roles.Host)]
    public Task<SessionView> ShowOnScreen(string? pollId) =>
        grains.Session(Me.Code).ShowOnScreen(pollId is null ? null : PollIds.Require(pollId));

    [HubRoles(Roles.Host)]
    public Task<SessionView> SetScreen(ScreenRequest request)
    {
        Require(request);
        return grains.Session(Me.Code).SetScreen(request with { PollId = request.PollId is null ? null : PollIds.Require(request.PollId) });
    }

    /// <summary>The screens' language ("zh-CN", "en", or null: each screen's browser); a screen switched by hand keeps its own.</summary>
    [HubRoles(Roles.Host)]
    public Task<SessionView> SetSessionLanguage(string? language) => grains.Session(Me.Code).SetLanguage(language);

    /// <summary>Returns only after the ballot is durable.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<VoteAck> Vote(VoteRequest vote)
    {
        var me = Me;
        Require(vote);
        return grains.Poll(me.Code, PollIds.Require(vote.PollId)).Vote(me.DeviceId!, vote);
    }

    /// <summary>Sets this device's upvote on one answer; returns only after it is durable. Counts travel with the results.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<AnswerUpvoteAck> UpvoteAnswer(AnswerUpvoteRequest request)
    {
        var me = Me;
        Require(request);
        return grains.Poll(me.Code, PollIds.Require(request.PollId)).UpvoteAnswer(me.DeviceId!, request);
    }

    /// <summary>The answers of one poll this device upvoted (a phone asks when it shows the wall).</summary>
    [HubRoles(Roles.Attendee)]
    public Task<IReadOnlyList<string>> GetMyAnswerUpvotes(string pollId) =>
        grains.Poll(Me.Code, PollIds.Require(pollId)).MyUpvotes(Me.DeviceId!);

    /// <summary>
    /// The connection's reaction allowance, kept as a connection feature and set while connecting, before any call
    /// is dispatched: Items would cost every attendee a ConcurrentDictionary (docs/PERFORMANCE.md, idle memory).
    /// </summary>
    private ReactionAllowance KeepReactionAllowance()
    {
        var allowance = new ReactionAllowance(realtime.Value.ReactionsPerConnectionPerSecond);
        Context.Features.Set(allowance);
        return allowance;
    }

    private static T Require<T>(T? value) where T : class =>
        value ?? throw new HubException(Live.Domain.Common.ErrorCodes.BadRequest);
}
