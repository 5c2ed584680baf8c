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
    [property: Id(6)] string? Variant = null);

[GenerateSerializer, Immutable, Alias("live.poll-settings")]
/// <summary>With <see cref="CheckedInOnly"/>, only phones that checked in vote, one ballot per checked-in person.</summary>
public sealed record PollSettings(
    [property: Id(0)] bool AllowVoteChange, [property: Id(1)] bool ShowResultsToAttendees, [property: Id(2)] bool CheckedInOnly = false);

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
