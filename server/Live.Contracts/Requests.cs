namespace Live.Contracts;

/// <summary>A new poll as the host typed it. Validated by the poll rules; see docs/API.md for limits.</summary>
[GenerateSerializer, Immutable, Alias("live.poll-draft")]
public sealed record PollDraft(
    [property: Id(0)] string? Question,
    [property: Id(1)] string? Kind,
    [property: Id(2)] IReadOnlyList<string?>? Options,
    [property: Id(3)] int? MaxSelections,
    [property: Id(4)] bool AllowVoteChange,
    [property: Id(5)] bool ShowResultsToAttendees,
    [property: Id(6)] string? Variant = null,
    [property: Id(7)] bool AllowUpvotes = false,
    [property: Id(8)] string? AttendeeResults = null);

[GenerateSerializer, Immutable, Alias("live.poll-settings")]
/// <summary>
/// With <see cref="CheckedInOnly"/>, only phones that checked in vote, one ballot per checked-in person. With
/// <see cref="AllowUpvotes"/> (kinds that take upvotes: open text) phones see the wall and upvote answers.
/// </summary>
public sealed record PollSettings(
    [property: Id(0)] bool AllowVoteChange, [property: Id(1)] bool ShowResultsToAttendees, [property: Id(2)] bool CheckedInOnly = false,
    [property: Id(3)] bool AllowUpvotes = false, [property: Id(4)] string? AttendeeResults = null);

/// <summary>
/// Sets this device's upvote on one answer of an open-text poll (<see cref="Up"/> false takes it back). <see cref="OpId"/>
/// is made by the client once per tap and reused on retry.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.answer-upvote")]
public sealed record AnswerUpvoteRequest(
    [property: Id(0)] string? PollId, [property: Id(1)] string? Key, [property: Id(2)] bool Up, [property: Id(3)] string? OpId);

/// <summary>Sent once the upvote is durable: whether this device now upvotes the answer, and its count.</summary>
[GenerateSerializer, Immutable, Alias("live.answer-upvote-ack")]
public sealed record AnswerUpvoteAck(
    [property: Id(0)] string PollId, [property: Id(1)] string Key, [property: Id(2)] bool Up, [property: Id(3)] int Upvotes);

/// <summary>
/// A ballot: the field the poll's kind reads is set (option ids, a ranking, ratings or texts). <see cref="OpId"/> is
/// made by the client once per submission and reused on retry.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.vote")]
public sealed record VoteRequest(
    [property: Id(0)] string? PollId,
    [property: Id(1)] IReadOnlyList<int>? OptionIds,
    [property: Id(2)] string? OpId,
    [property: Id(3)] IReadOnlyList<int>? Ranking = null,
    [property: Id(4)] IReadOnlyList<int>? Ratings = null,
    [property: Id(5)] IReadOnlyList<string?>? Texts = null);

/// <summary>Sent only after the ballot is durable: the answer the server holds for this device.</summary>
[GenerateSerializer, Immutable, Alias("live.vote-ack")]
public sealed record VoteAck(
    [property: Id(0)] string PollId,
    [property: Id(1)] IReadOnlyList<int> OptionIds,
    [property: Id(2)] string OpId,
    [property: Id(3)] IReadOnlyList<int>? Ranking = null,
    [property: Id(4)] IReadOnlyList<int>? Ratings = null,
    [property: Id(5)] IReadOnlyList<string>? Texts = null);
