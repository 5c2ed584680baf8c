namespace Live.Domain.Polls.Kinds;

/// <summary>
/// One kind of poll question (choice, rating, ranking, word cloud…): everything that differs between kinds. A kind
/// is a folder under Kinds/ holding its module and its tally, registered once in <see cref="PollKinds"/>; the poll
/// grain, the ballot book and the wire mapping never look at which kind they hold.
/// </summary>
public interface IPollKind
{
    /// <summary>The kind's name on the wire and in storage ("single", "rating"…). Never rename one.</summary>
    string Name { get; }

    /// <summary>Whether results show what attendees typed, so the session's word filter must hold back what it matches.</summary>
    bool ShowsAttendeeText => false;

    /// <summary>
    /// Whether attendees may upvote the result items when the host allows it (<see cref="PollDefinition.AllowUpvotes"/>).
    /// Such a kind's tally says which items are on show (<see cref="IPollTally.StateOf"/>) and orders them by upvotes.
    /// </summary>
    bool TakesUpvotes => false;

    /// <summary>
    /// The result item an answer is counted under, for kinds whose items are what people wrote (an open-text answer's
    /// key): what a host can tag. Null for kinds whose items are the poll's own options or statements.
    /// </summary>
    string? ItemKeyOf(Answer answer) => null;

    /// <summary>The kind-specific parts of a draft, validated, or a <see cref="Common.RuleViolation"/>.</summary>
    DraftShape ValidateDraft(PollDraftInput draft);

    /// <summary>The ballot in canonical form (what is stored and compared for retries), or a <see cref="Common.RuleViolation"/>.</summary>
    Answer ValidateBallot(PollDefinition poll, BallotInput input);

    /// <summary>Whether a stored answer still fits the poll (bad stored data never skews a tally).</summary>
    bool Fits(PollDefinition poll, Answer answer);

    /// <summary>A new, empty running tally for the poll.</summary>
    IPollTally NewTally(PollDefinition poll);

    /// <summary>The answer as the wire's ballot fields (the one the kind reads is set).</summary>
    BallotInput Show(Answer answer);

    /// <summary>How the kind's answers and results become the columns of the host's CSV exports.</summary>
    IPollExport Export { get; }
}

/// <summary>
/// A poll's running tally, kept in step with every ballot so reading results costs the size of the result, not the
/// number of voters.
/// </summary>
public interface IPollTally
{
    void Add(Answer answer);
    void Remove(Answer answer);
    /// <param name="filter">The session's word filter: text it matches is held back from the results.</param>
    TallyView Read(PollDefinition poll, Moderation.WordFilter? filter = null);

    /// <summary>Whether the item with this key is on show now: what the host may feature and attendees may upvote.</summary>
    ItemState StateOf(PollDefinition poll, string key, Moderation.WordFilter? filter) => ItemState.Missing;

    /// <summary>The item's upvote count (kept by the ballot book), for kinds that take upvotes; others ignore it.</summary>
    void SetUpvotes(string key, int count) { }
}

/// <summary>Where a result item stands: nobody gave it, it is taken off the screen (by the host or the word filter), or shown.</summary>
public enum ItemState { Missing, Hidden, Shown }

/// <summary>The draft fields a kind decides.</summary>
public sealed record DraftShape(IReadOnlyList<string> Options, int MaxSelections, string? Variant = null);

/// <summary>A ballot as it arrives: the field its kind reads is set, the others are null.</summary>
public sealed record BallotInput(
    IReadOnlyList<int>? OptionIds = null,
    IReadOnlyList<int>? Ranking = null,
    IReadOnlyList<int>? Ratings = null,
    IReadOnlyList<string?>? Texts = null);

/// <summary>
/// A validated answer. <see cref="Numbers"/> holds option ids (choice, ascending), the order (ranking, best first) or
/// the ratings (one per statement); <see cref="Texts"/> the entries of a word cloud.
/// </summary>
public sealed record Answer(int[] Numbers, string[]? Texts = null)
{
    public bool SameAs(Answer other) =>
        Numbers.AsSpan().SequenceEqual(other.Numbers) && (Texts ?? []).AsSpan().SequenceEqual(other.Texts ?? []);
}

/// <summary>
/// What a tally shows: <see cref="Counts"/> per option for choice polls (empty for the others), <see cref="Items"/>
/// for kinds whose results are rows (null for choice polls).
/// </summary>
public sealed record TallyView(IReadOnlyList<int> Counts, IReadOnlyList<ResultEntry>? Items);

/// <summary>
/// One row of results: a statement's ratings, an option's rank points, a word and its count. <see cref="Upvotes"/> is
/// set only while the poll takes upvotes.
/// </summary>
public sealed record ResultEntry(
    string Key, string? Text, int Count, double? Value = null, int? Score = null, int[]? Distribution = null, int? Upvotes = null);
