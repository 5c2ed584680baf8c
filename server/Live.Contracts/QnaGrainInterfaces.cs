using Orleans.Concurrency;

namespace Live.Contracts;

/// <summary>A session's Q&A queue and the moderation policy it owns. Key: "{code}/qna".</summary>
[Alias("live.IQnaGrain")]
public interface IQnaGrain : IGrainWithStringKey, IErasableGrain
{
    /// <summary>Returns the author's view only after the question is durable.</summary>
    [Alias("Ask")] Task<QuestionView> Ask(Poster poster, AskRequest request);
    [Alias("Upvote")] Task<UpvoteAck> Upvote(string deviceId, UpvoteRequest request);
    [Alias("Move")] Task<QnaView> Move(MoveQuestionsRequest request);
    [Alias("Star")] Task<QnaView> Star(string? questionId, bool starred);
    [Alias("Edit")] Task<QnaView> Edit(string? questionId, string? text);
    [Alias("Ban")] Task<QnaView> Ban(BanRequest request);
    [Alias("Unban")] Task<QnaView> Unban(string? deviceId);
    [Alias("SetSettings")] Task<QnaView> SetSettings(QnaSettings settings);
    [Alias("SetBlocklist")] Task<QnaView> SetBlocklist(IReadOnlyList<string?>? words);
    /// <summary>The queue as the caller may see it: everything for hosts, public questions otherwise.</summary>
    [Alias("Read")] Task<QnaReadout> Read(bool host, string? deviceId);
    [Alias("Export")] Task<QnaExport> Export();
    /// <summary>Interleaves so the comments grain can ask for the policy while this grain is calling it.</summary>
    [Alias("GetPolicy"), AlwaysInterleave] Task<PolicySnapshot> GetPolicy();
}

/// <summary>A session's 弹幕: held comments and the clear counter. Key: "{code}/comments".</summary>
[Alias("live.ICommentsGrain")]
public interface ICommentsGrain : IGrainWithStringKey, IErasableGrain
{
    [Alias("Send")] Task<CommentView> Send(Poster poster, CommentRequest request);
    [Alias("Moderate")] Task<CommentQueueView> Moderate(ModerateCommentsRequest request);
    [Alias("Clear")] Task<CommentQueueView> Clear();
    /// <summary>Held comments for hosts; screens get the same view with nothing pending.</summary>
    [Alias("GetQueue")] Task<CommentQueueView> GetQueue();
    [Alias("UsePolicy")] Task UsePolicy(PolicySnapshot policy);
}

/// <summary>A session's reaction set and totals. Key: "{code}/reactions". Fed once per tick per node, never per tap.</summary>
[Alias("live.IReactionsGrain")]
public interface IReactionsGrain : IGrainWithStringKey, IErasableGrain
{
    /// <summary>Adds the taps a node gathered in one tick; returns the current set so the node can validate taps.</summary>
    [Alias("Add")] Task<IReadOnlyList<string>> Add(IReadOnlyList<ReactionDelta> deltas);
    [Alias("SetSet")] Task<ReactionsView> SetSet(IReadOnlyList<string?>? emojis);
    [Alias("Get")] Task<ReactionsView> Get();
}
