namespace Live.Contracts;

// Wire types for questions, bullet comments (弹幕) and reactions. See docs/API.md. Never renumber an [Id].

/// <summary>
/// ReviewFirst holds questions; CommentsReviewFirst holds 弹幕. CommentsReviewFirst null (settings stored, or sent by a
/// client, before the two were separate) follows ReviewFirst, as the one switch did then. Views always carry a value.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.qna-settings")]
public sealed record QnaSettings(
    [property: Id(0)] bool ReviewFirst,
    [property: Id(1)] bool AllowAnonymous,
    [property: Id(2)] bool CommentsEnabled,
    [property: Id(3)] bool CommentsPaused,
    [property: Id(4)] bool ShowCommentNicknames,
    [property: Id(5)] bool? CommentsReviewFirst = null);

/// <summary>A question. Host-only fields (originalText, deviceId, flagged) are null/false for everyone else.</summary>
[GenerateSerializer, Immutable, Alias("live.question")]
public sealed record QuestionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string? OriginalText,
    [property: Id(3)] string? Author,
    [property: Id(4)] bool Anonymous,
    [property: Id(5)] string Channel,
    [property: Id(6)] string State,
    [property: Id(7)] bool Starred,
    [property: Id(8)] int Votes,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt,
    [property: Id(11)] bool Flagged,
    [property: Id(12)] string? DeviceId);

[GenerateSerializer, Immutable, Alias("live.ban")]
public sealed record BanView([property: Id(0)] string DeviceId, [property: Id(1)] string Reason, [property: Id(2)] DateTimeOffset At);

/// <summary>The Q&A queue. Hosts get every question plus blocklist and bans; others get public questions only.</summary>
[GenerateSerializer, Immutable, Alias("live.qna")]
public sealed record QnaView(
    [property: Id(0)] long Version,
    [property: Id(1)] QnaSettings Settings,
    [property: Id(2)] IReadOnlyList<QuestionView> Questions,
    [property: Id(3)] string? SpotlightId,
    [property: Id(4)] IReadOnlyList<string>? Blocklist,
    [property: Id(5)] IReadOnlyList<BanView>? Bans);

/// <summary>What GetState needs from the queue for one caller.</summary>
[GenerateSerializer, Immutable, Alias("live.qna-readout")]
public sealed record QnaReadout(
    [property: Id(0)] QnaView View,
    [property: Id(1)] IReadOnlyList<QuestionView> Mine,
    [property: Id(2)] IReadOnlyList<string> MyUpvotes);

[GenerateSerializer, Immutable, Alias("live.moderation-entry")]
public sealed record ModerationLogEntry(
    [property: Id(0)] DateTimeOffset At, [property: Id(1)] string QuestionId, [property: Id(2)] string Action,
    [property: Id(3)] string? From, [property: Id(4)] string? To, [property: Id(5)] string? Detail);

[GenerateSerializer, Immutable, Alias("live.qna-export")]
public sealed record QnaExport([property: Id(0)] IReadOnlyList<QuestionView> Questions, [property: Id(1)] IReadOnlyList<ModerationLogEntry> Log);

/// <summary>The moderation rules the comment path enforces, copied from the Q&A queue that owns them.</summary>
[GenerateSerializer, Immutable, Alias("live.moderation-policy")]
public sealed record PolicySnapshot(
    [property: Id(0)] QnaSettings Settings,
    [property: Id(1)] IReadOnlyList<string> Blocklist,
    [property: Id(2)] IReadOnlyList<BanView> Bans,
    [property: Id(3)] long Version = 0);

[GenerateSerializer, Immutable, Alias("live.comment")]
public sealed record CommentView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] string? Author,
    [property: Id(3)] string Channel,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string State,
    [property: Id(6)] bool Flagged,
    [property: Id(7)] string? DeviceId);

[GenerateSerializer, Immutable, Alias("live.comment-batch")]
public sealed record CommentBatch([property: Id(0)] IReadOnlyList<CommentView> Items);

/// <summary>Held comments (host only; empty for screens) and the clear counter screens follow.</summary>
[GenerateSerializer, Immutable, Alias("live.comment-queue")]
public sealed record CommentQueueView([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<CommentView> Pending, [property: Id(2)] long Cleared);

[GenerateSerializer, Immutable, Alias("live.reaction-count")]
public sealed record ReactionCount([property: Id(0)] string Emoji, [property: Id(1)] long Total, [property: Id(2)] long Burst);

[GenerateSerializer, Immutable, Alias("live.reactions")]
public sealed record ReactionsView([property: Id(0)] long Version, [property: Id(1)] IReadOnlyList<ReactionCount> Counts);

[GenerateSerializer, Immutable, Alias("live.reaction-delta")]
public sealed record ReactionDelta([property: Id(0)] string Emoji, [property: Id(1)] int Count);

/// <summary>Who is posting, from their verified credential.</summary>
[GenerateSerializer, Immutable, Alias("live.poster")]
public sealed record Poster([property: Id(0)] string DeviceId, [property: Id(1)] string? Nickname, [property: Id(2)] string Mode);

[GenerateSerializer, Immutable, Alias("live.ask")]
public sealed record AskRequest([property: Id(0)] string? Text, [property: Id(1)] bool Anonymous, [property: Id(2)] string? OpId);

[GenerateSerializer, Immutable, Alias("live.upvote")]
public sealed record UpvoteRequest([property: Id(0)] string? QuestionId, [property: Id(1)] bool Up, [property: Id(2)] string? OpId);

[GenerateSerializer, Immutable, Alias("live.upvote-ack")]
public sealed record UpvoteAck([property: Id(0)] string QuestionId, [property: Id(1)] bool Up, [property: Id(2)] int Votes);

[GenerateSerializer, Immutable, Alias("live.comment-request")]
public sealed record CommentRequest([property: Id(0)] string? Text, [property: Id(1)] string? OpId);

[GenerateSerializer, Immutable, Alias("live.react")]
public sealed record ReactRequest([property: Id(0)] string? Emoji, [property: Id(1)] int Count);

[GenerateSerializer, Immutable, Alias("live.move-questions")]
public sealed record MoveQuestionsRequest([property: Id(0)] IReadOnlyList<string?>? QuestionIds, [property: Id(1)] string? To);

[GenerateSerializer, Immutable, Alias("live.ban-request")]
public sealed record BanRequest([property: Id(0)] string? DeviceId, [property: Id(1)] string? Reason);

[GenerateSerializer, Immutable, Alias("live.moderate-comments")]
public sealed record ModerateCommentsRequest([property: Id(0)] IReadOnlyList<string?>? CommentIds, [property: Id(1)] bool Approve);

[GenerateSerializer, Immutable, Alias("live.screen-request")]
public sealed record ScreenRequest([property: Id(0)] string? View, [property: Id(1)] string? PollId);
