namespace Live.Grains.Polls;

/// <summary>What a poll grain persists: the snapshot; <see cref="PollJournal"/> holds the ballots changed since.</summary>
[GenerateSerializer, Alias("live.poll-state")]
public sealed class PollState
{
    /// <summary>Null until the host creates the poll.</summary>
    [Id(0)] public StoredPollDefinition? Definition { get; set; }

    /// <summary>"draft" | "open" | "closed".</summary>
    [Id(1)] public string Status { get; set; } = "draft";

    /// <summary>Device id → that device's ballot.</summary>
    [Id(2)] public Dictionary<string, StoredBallot> Ballots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Grows with every change; results carry it so clients never go backwards, even across restarts.</summary>
    [Id(3)] public long Version { get; set; }

    /// <summary>Voter → the answers they upvoted; absent in polls stored before upvotes.</summary>
    [Id(4)] public Dictionary<string, StoredUpvotes>? Upvotes { get; set; }
}

/// <summary>
/// A poll's definition as stored. Kind is the kind's wire name; Variant, HiddenKeys, FeaturedKey and AllowUpvotes are
/// absent in polls stored before kinds had them, AttendeeResults (wire name; absent: after voting) before it existed.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.poll-definition")]
public sealed record StoredPollDefinition(
    [property: Id(0)] string Question,
    [property: Id(1)] string Kind,
    [property: Id(2)] string[] Options,
    [property: Id(3)] int MaxSelections,
    [property: Id(4)] bool AllowVoteChange,
    [property: Id(5)] bool ShowResultsToAttendees,
    [property: Id(6)] bool CheckedInOnly = false,
    [property: Id(7)] string? Variant = null,
    [property: Id(8)] string[]? HiddenKeys = null,
    [property: Id(9)] string? FeaturedKey = null,
    [property: Id(10)] bool AllowUpvotes = false,
    [property: Id(11)] string? AttendeeResults = null);

/// <summary>One voter's upvotes as stored: the answer keys, and the op ids of their last few upvote commands.</summary>
[GenerateSerializer, Immutable, Alias("live.stored-upvotes")]
public sealed record StoredUpvotes([property: Id(0)] string[] Keys, [property: Id(1)] string[] OpIds);

/// <summary>
/// One ballot as stored. <see cref="OptionIds"/> holds the answer's numbers (option ids, a ranking or ratings, by the
/// poll's kind; the name is kept from when there were only choice polls); <see cref="Texts"/> a word cloud's entries;
/// <see cref="At"/> when the answer was given (absent in ballots stored before exports had a time column).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.stored-ballot")]
public sealed record StoredBallot(
    [property: Id(0)] int[] OptionIds, [property: Id(1)] string OpId, [property: Id(2)] string[]? EarlierOpIds = null,
    [property: Id(3)] string[]? Texts = null, [property: Id(4)] DateTimeOffset? At = null);

/// <summary>
/// The ballots changed since the snapshot in <see cref="PollState"/> whose Version is <see cref="BaseVersion"/>
/// (see BallotJournal). Written on most group commits instead of the whole ballot book.
/// </summary>
[GenerateSerializer, Alias("live.poll-journal")]
public sealed class PollJournal
{
    [Id(0)] public long BaseVersion { get; set; }

    [Id(1)] public Dictionary<string, StoredBallot> Ballots { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The version of the change this journal write holds; the poll's version after loading it.</summary>
    [Id(2)] public long Version { get; set; }

    /// <summary>The voters whose upvotes changed since the snapshot, with all their upvotes; absent before upvotes.</summary>
    [Id(3)] public Dictionary<string, StoredUpvotes>? Upvotes { get; set; }
}
