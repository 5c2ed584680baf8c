using Live.Contracts;
using Live.Domain.Polls;

namespace Live.Grains.Polls;

/// <summary>Between the rules' types, the stored types and the wire types.</summary>
internal static class PollMapping
{
    public static PollDraftInput ToInput(this PollDraft d) =>
        new(d.Question, d.Kind, d.Options, d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees);

    public static StoredPollDefinition ToStored(this PollDefinition d) =>
        new(d.Question, d.Kind.ToWire(), [.. d.Options], d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees, d.CheckedInOnly);

    public static PollDefinition ToDomain(this StoredPollDefinition d) =>
        new(d.Question, PollDrafts.ParseKind(d.Kind), d.Options, d.MaxSelections, d.AllowVoteChange, d.ShowResultsToAttendees, d.CheckedInOnly);

    public static PollStatus ParseStatus(string status) => status switch
    {
        "open" => PollStatus.Open,
        "closed" => PollStatus.Closed,
        _ => PollStatus.Draft,
    };

    public static PollView ToView(this PollDefinition d, string pollId, PollStatus status) => new(
        pollId,
        d.Kind.ToWire(),
        d.Question,
        d.Options.Select((text, i) => new PollOptionView(i, text)).ToList(),
        d.MaxSelections,
        d.AllowVoteChange,
        d.ShowResultsToAttendees,
        status.ToWire(),
        d.CheckedInOnly);

    /// <summary>The stored snapshot, overlaid by the journal when it extends that snapshot.</summary>
    public static BallotBook ToBook(this PollState state, PollJournal journal) =>
        new(state.Definition?.Options.Length ?? 0,
            BallotJournal.Merge(state.Ballots, state.Version, journal.Ballots, journal.BaseVersion)
                .Select(b => KeyValuePair.Create(b.Key, new Ballot(b.Value.OptionIds, b.Value.OpId, b.Value.EarlierOpIds))));

    /// <summary>A copy for the storage writer, so changes made while it serializes cannot tear the write.</summary>
    public static Dictionary<string, StoredBallot> ToStored(this BallotBook book, IEnumerable<string> voters)
    {
        var copy = new Dictionary<string, StoredBallot>(StringComparer.Ordinal);
        foreach (var voter in voters)
            if (book.BallotOf(voter) is { } ballot) copy[voter] = new StoredBallot(ballot.OptionIds, ballot.OpId, ballot.EarlierOpIds);
        return copy;
    }

    public static Dictionary<string, StoredBallot> ToStored(this BallotBook book)
    {
        var copy = new Dictionary<string, StoredBallot>(book.Voters, StringComparer.Ordinal);
        foreach (var (device, ballot) in book.Ballots) copy[device] = new StoredBallot(ballot.OptionIds, ballot.OpId, ballot.EarlierOpIds);
        return copy;
    }
}
