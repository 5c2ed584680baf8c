namespace Live.Contracts;

// Wire types: what the hub sends to clients and what grains return. JSON names are camelCase of these.
// Never renumber an [Id]; add new members with new ids.

/// <summary>One answer option. Its id is its index in the poll.</summary>
[GenerateSerializer, Immutable, Alias("live.poll-option")]
public sealed record PollOptionView([property: Id(0)] int Id, [property: Id(1)] string Text);

/// <summary>
/// A poll as clients see it. Kind is "single" | "multiple" | "rating" | "ranking" | "wordcloud"; status is "draft" |
/// "open" | "closed". <see cref="Variant"/> is the rating scale; <see cref="HiddenKeys"/> the result items (words) the
/// host took off the screen; <see cref="PresentAtClose"/> who was present when it last closed (not sent to attendees),
/// the base of its participation rate; <see cref="FeaturedKey"/> the answer the host spotlit (open text);
/// <see cref="AllowUpvotes"/> whether phones may upvote its answers.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.poll")]
public sealed record PollView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Question,
    [property: Id(3)] IReadOnlyList<PollOptionView> Options,
    [property: Id(4)] int MaxSelections,
    [property: Id(5)] bool AllowVoteChange,
    [property: Id(6)] bool ShowResultsToAttendees,
    [property: Id(7)] string Status,
    [property: Id(8)] bool CheckedInOnly = false,
    [property: Id(9)] string? Variant = null,
    [property: Id(10)] IReadOnlyList<string>? HiddenKeys = null,
    [property: Id(11)] int? PresentAtClose = null,
    [property: Id(12)] string? FeaturedKey = null,
    [property: Id(13)] bool AllowUpvotes = false,
    [property: Id(14)] string AttendeeResults = "afterVoting");

/// <summary>What the big screen shows: View is "join", "poll" (PollId's results), "qna", "checkin", "draw" or "groups".</summary>
[GenerateSerializer, Immutable, Alias("live.screen")]
public sealed record ScreenView([property: Id(0)] string? PollId, [property: Id(1)] string View);

/// <summary>The structure of a session: title, polls, screen. Versioned; a newer version replaces an older one.</summary>
[GenerateSerializer, Immutable, Alias("live.session")]
public sealed record SessionView(
    [property: Id(0)] string Code,
    [property: Id(1)] string Title,
    [property: Id(2)] long Version,
    [property: Id(3)] ScreenView Screen,
    [property: Id(4)] IReadOnlyList<PollView> Polls,
    [property: Id(5)] string? Language = null)
{
    /// <summary>Attendees never see drafts: the host may be preparing a surprise.</summary>
    public SessionView ForAttendees() => this with { Polls = Polls.Where(p => p.Status != "draft").Select(p => p with { PresentAtClose = null }).ToList() };
}

/// <summary>
/// A poll's tally. For choice polls counts[i] is the number of ballots choosing option id i and Items is null; for the
/// other kinds Counts is empty and Items holds the rows (docs/API.md, "Poll kinds").
/// </summary>
[GenerateSerializer, Immutable, Alias("live.results")]
public sealed record PollResults(
    [property: Id(0)] string PollId,
    [property: Id(1)] long Version,
    [property: Id(2)] string Status,
    [property: Id(3)] IReadOnlyList<int> Counts,
    [property: Id(4)] int Voters,
    [property: Id(5)] bool VisibleToAttendees,
    [property: Id(6)] IReadOnlyList<ResultItem>? Items = null);

/// <summary>One row of a poll's results: a rated statement, a ranked option, a word, an answer (with its upvotes while the poll takes them).</summary>
[GenerateSerializer, Immutable, Alias("live.result-item")]
public sealed record ResultItem(
    [property: Id(0)] string Key,
    [property: Id(1)] string? Text,
    [property: Id(2)] int Count,
    [property: Id(3)] double? Value,
    [property: Id(4)] int? Score,
    [property: Id(5)] IReadOnlyList<int>? Distribution,
    [property: Id(6)] int? Upvotes = null);

/// <summary>Connected attendees right now, by device.</summary>
[GenerateSerializer, Immutable, Alias("live.presence")]
public sealed record PresenceCounts([property: Id(0)] long Version, [property: Id(1)] int Onsite, [property: Id(2)] int Online);

/// <summary>One attendee connection a node holds, as it hands its share to the presence grain again.</summary>
[GenerateSerializer, Immutable, Alias("live.presence-entry")]
public sealed record PresenceEntry(
    [property: Id(0)] string ConnectionId, [property: Id(1)] string DeviceId, [property: Id(2)] string Mode, [property: Id(3)] string? Nickname);

/// <summary>The presence grain's answer to a node's per-tick check (see <see cref="IPresenceGrain.Check"/>).</summary>
[GenerateSerializer, Immutable, Alias("live.presence-check")]
public sealed record PresenceCheck([property: Id(0)] Guid Epoch, [property: Id(1)] int Connections, [property: Id(2)] ulong Digest = 0);

/// <summary>The answer this device holds: the field its poll's kind reads is set.</summary>
[GenerateSerializer, Immutable, Alias("live.ballot")]
public sealed record BallotView(
    [property: Id(0)] string PollId,
    [property: Id(1)] IReadOnlyList<int> OptionIds,
    [property: Id(2)] IReadOnlyList<int>? Ranking = null,
    [property: Id(3)] IReadOnlyList<int>? Ratings = null,
    [property: Id(4)] IReadOnlyList<string>? Texts = null);

/// <summary>The caller's own identity, for attendees.</summary>
[GenerateSerializer, Immutable, Alias("live.me")]
public sealed record MeView([property: Id(0)] string DeviceId, [property: Id(1)] string? Nickname, [property: Id(2)] string Mode);

/// <summary>Everything a client needs after connecting or reconnecting.</summary>
[GenerateSerializer, Immutable, Alias("live.state")]
public sealed record LiveState(
    [property: Id(0)] string Role,
    [property: Id(1)] SessionView Session,
    [property: Id(2)] IReadOnlyList<PollResults> Results,
    [property: Id(3)] PresenceCounts Presence,
    [property: Id(4)] IReadOnlyList<BallotView> MyBallots,
    [property: Id(5)] MeView? Me,
    [property: Id(6)] QnaView Qna,
    [property: Id(7)] CommentQueueView Comments,
    [property: Id(8)] ReactionsView Reactions,
    [property: Id(9)] IReadOnlyList<QuestionView> MyQuestions,
    [property: Id(10)] IReadOnlyList<string> MyUpvotes,
    [property: Id(11)] CheckInView? Checkins,
    [property: Id(12)] CheckInResult? MyCheckIn,
    [property: Id(13)] DrawView? Draw,
    [property: Id(14)] IReadOnlyList<PrizeView> MyPrizes,
    [property: Id(15)] AgendaView? Agenda = null,
    [property: Id(16)] GroupsView? Groups = null,
    [property: Id(17)] MyTableView? MyTable = null,
    [property: Id(18)] QuizView? Quiz = null,
    [property: Id(19)] MyQuizView? MyQuiz = null,
    [property: Id(20)] SurveyView? Survey = null,
    [property: Id(21)] MySurveyView? MySurvey = null);

/// <summary>
/// A table for a host's export of a poll: the header row and the rows, each as wide as the headers. Numbers: which
/// columns hold numbers, one flag per header (null from a node that predates it: every column is text).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.poll-table")]
public sealed record PollTable([property: Id(0)] string[] Headers, [property: Id(1)] string?[][] Rows, [property: Id(2)] bool[]? Numbers = null);
