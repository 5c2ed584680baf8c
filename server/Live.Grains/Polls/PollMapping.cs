using Live.Contracts;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;

namespace Live.Grains.Polls;

/// <summary>Between the rules' types, the stored types and the wire types.</summary>
internal static class PollMapping
{
    public static PollDraftInput ToInput(this PollDraft d) =>
        new(d.Question, d.Kind, d.Options, d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees, d.Variant, d.AllowUpvotes, d.AttendeeResults);

    public static BallotInput ToInput(this VoteRequest v) => new(v.OptionIds, v.Ranking, v.Ratings, v.Texts);

    public static StoredPollDefinition ToStored(this PollDefinition d) =>
        new(d.Question, d.Kind.Name, [.. d.Options], d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees, d.CheckedInOnly,
            d.Variant, d.Hidden.Count == 0 ? null : [.. d.Hidden], d.FeaturedKey, d.AllowUpvotes, d.AttendeeResults.ToWire());

    public static PollDefinition ToDomain(this StoredPollDefinition d) =>
        new(d.Question, PollKinds.Parse(d.Kind), d.Options, d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees, d.CheckedInOnly,
            d.Variant, d.HiddenKeys, d.FeaturedKey, d.AllowUpvotes, ResultsTimings.Parse(d.AttendeeResults));

    public static PollStatus ParseStatus(string status) => status switch
    {
        "open" => PollStatus.Open,
        "closed" => PollStatus.Closed,
        _ => PollStatus.Draft,
    };

    public static PollView ToView(this PollDefinition d, string pollId, PollStatus status) => new(
        pollId,
        d.Kind.Name,
        d.Question,
        d.Options.Select((text, i) => new PollOptionView(i, text)).ToList(),
        d.MaxSelections,
        d.AllowVoteChange,
        d.ShowResultsToAttendees,
        status.ToWire(),
        d.CheckedInOnly,
        d.Variant,
        d.Hidden,
        FeaturedKey: d.FeaturedKey,
        AllowUpvotes: d.AllowUpvotes,
        AttendeeResults: d.AttendeeResults.ToWire());

    public static IReadOnlyList<ResultItem>? ToWire(this IReadOnlyList<ResultEntry>? items) =>
        items?.Select(i => new ResultItem(i.Key, i.Text, i.Count, i.Value, i.Score, i.Distribution, i.Upvotes)).ToList();

    public static BallotView ToView(this Ballot ballot, PollDefinition poll, string pollId)
    {
        var shown = poll.Kind.Show(ballot.Answer);
        return new BallotView(pollId, shown.OptionIds ?? [], shown.Ranking, shown.Ratings, shown.Texts?.Select(t => t!).ToList());
    }

    public static VoteAck ToAck(this Ballot ballot, PollDefinition poll, string pollId, string opId)
    {
        var view = ballot.ToView(poll, pollId);
        return new VoteAck(pollId, view.OptionIds, opId, view.Ranking, view.Ratings, view.Texts);
    }

    /// <summary>The stored snapshot, overlaid by the journal when it extends that snapshot (an empty book before the poll exists).</summary>
    public static BallotBook ToBook(this PollState state, PollJournal journal, PollDefinition? poll) => poll is null
        ? new BallotBook()
        : new BallotBook(poll, BallotJournal.Merge(state.Ballots, state.Version, journal.Ballots, journal.BaseVersion)
            .Select(b => KeyValuePair.Create(b.Key, new Ballot(new Answer(b.Value.OptionIds, b.Value.Texts), b.Value.OpId, b.Value.EarlierOpIds, b.Value.At))),
            BallotJournal.Merge(state.Upvotes ?? new Dictionary<string, StoredUpvotes>(), state.Version, journal.Upvotes, journal.BaseVersion)
            .Where(u => u.Value.Keys.Length > 0 || u.Value.OpIds.Length > 0)
            .Select(u => KeyValuePair.Create(u.Key, new UpvoteSet(u.Value.Keys, u.Value.OpIds))));

    /// <summary>Whether the journal holds anything the snapshot lacks (ballots or upvotes changed since it).</summary>
    public static bool ExtendsSnapshot(this PollJournal journal, PollState state) =>
        BallotJournal.Extends(state.Version, journal.Ballots, journal.BaseVersion) || BallotJournal.Extends(state.Version, journal.Upvotes, journal.BaseVersion);

    /// <summary>A copy of these voters' upvotes for the storage writer (null when there are none to write).</summary>
    public static Dictionary<string, StoredUpvotes>? ToStoredUpvotes(this BallotBook book, IEnumerable<string>? voters = null)
    {
        var copy = new Dictionary<string, StoredUpvotes>(StringComparer.Ordinal);
        foreach (var voter in voters ?? book.Upvotes.Voters.Keys)
        {
            var set = book.Upvotes.Voters.GetValueOrDefault(voter) ?? UpvoteSet.Empty; // empty: a voter cleared by a reset
            copy[voter] = new StoredUpvotes(set.Keys, set.OpIds);
        }
        return copy.Count == 0 ? null : copy;
    }

    /// <summary>A copy for the storage writer, so changes made while it serializes cannot tear the write.</summary>
    public static Dictionary<string, StoredBallot> ToStored(this BallotBook book, IEnumerable<string> voters)
    {
        var copy = new Dictionary<string, StoredBallot>(StringComparer.Ordinal);
        foreach (var voter in voters)
            if (book.BallotOf(voter) is { } ballot) copy[voter] = ballot.ToStored();
        return copy;
    }

    public static Dictionary<string, StoredBallot> ToStored(this BallotBook book)
    {
        var copy = new Dictionary<string, StoredBallot>(book.Voters, StringComparer.Ordinal);
        foreach (var (device, ballot) in book.Ballots) copy[device] = ballot.ToStored();
        return copy;
    }

    private static StoredBallot ToStored(this Ballot b) => new(b.Answer.Numbers, b.OpId, b.EarlierOpIds, b.Answer.Texts, b.At);

    public static PollTable ToWire(this ExportTable table) => new([.. table.Headers], [.. table.Rows], [.. table.Numbers]);
}
