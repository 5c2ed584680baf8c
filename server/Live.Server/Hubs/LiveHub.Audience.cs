using Live.Contracts;
using Live.Domain.Reactions;
using Live.Server.Realtime;
using Live.Server.Security;

namespace Live.Server.Hubs;

// The audience's voice: questions, bullet comments (弹幕) and reactions, and their moderation.
public sealed partial class LiveHub
{
    private Poster Poster => new(Me.DeviceId!, Me.Nickname, Me.Mode!);

    /// <summary>Returns the author's own view of the question once it is durable.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<QuestionView> AskQuestion(AskRequest request) => grains.Qna(Me.Code).Ask(Poster, Require(request));

    [HubRoles(Roles.Attendee)]
    public Task<UpvoteAck> Upvote(UpvoteRequest request) => grains.Qna(Me.Code).Upvote(Me.DeviceId!, Require(request));

    [HubRoles(Roles.Attendee)]
    public Task<CommentView> SendComment(CommentRequest request) => grains.Comments(Me.Code).Send(Poster, Require(request));

    /// <summary>Taps are summed on this node and reach the session once per tick; nothing waits for storage.</summary>
    [HubRoles(Roles.Attendee)]
    public async Task React(ReactRequest request)
    {
        Require(request);
        var code = Me.Code;
        ReactionSet.RequireValid(await reactions.SetOf(code), request.Emoji, request.Count);
        var allowance = Context.Features.Get<ReactionAllowance>() ?? KeepReactionAllowance(); // set in OnConnectedAsync
        var granted = allowance.Take(request.Count, time.GetUtcNow());
        if (granted > 0) reactions.Add(code, request.Emoji!, granted);
    }

    [HubRoles(Roles.HostOrModerator)]
    public Task<QnaView> MoveQuestions(MoveQuestionsRequest request) => grains.Qna(Me.Code).Move(Require(request));

    [HubRoles(Roles.HostOrModerator)]
    public Task<QnaView> StarQuestion(string questionId, bool starred) => grains.Qna(Me.Code).Star(questionId, starred);

    [HubRoles(Roles.HostOrModerator)]
    public Task<QnaView> EditQuestion(string questionId, string text) => grains.Qna(Me.Code).Edit(questionId, text);

    [HubRoles(Roles.HostOrModerator)]
    public Task<QnaView> BanDevice(BanRequest request) => grains.Qna(Me.Code).Ban(Require(request));

    [HubRoles(Roles.HostOrModerator)]
    public Task<QnaView> UnbanDevice(string deviceId) => grains.Qna(Me.Code).Unban(deviceId);

    [HubRoles(Roles.Host)]
    public Task<QnaView> SetQnaSettings(QnaSettings settings) => grains.Qna(Me.Code).SetSettings(Require(settings));

    [HubRoles(Roles.Host)]
    public Task<QnaView> SetBlocklist(string?[] words) => grains.Qna(Me.Code).SetBlocklist(Require(words));

    [HubRoles(Roles.HostOrModerator)]
    public Task<CommentQueueView> ModerateComments(ModerateCommentsRequest request) => grains.Comments(Me.Code).Moderate(Require(request));

    [HubRoles(Roles.HostOrModerator)]
    public Task<CommentQueueView> ClearComments() => grains.Comments(Me.Code).Clear();

    [HubRoles(Roles.Host)]
    public async Task<ReactionsView> SetReactionSet(string?[] emojis)
    {
        var view = await grains.Reactions(Me.Code).SetSet(Require(emojis));
        reactions.Remember(Me.Code, view.Counts.Select(c => c.Emoji).ToList());
        return view;
    }
}
