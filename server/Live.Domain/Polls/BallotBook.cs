using Live.Domain.Common;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Polls;

/// <summary>
/// One device's ballot. <see cref="OpId"/> is the client's operation id of the vote it holds, and
/// <see cref="EarlierOpIds"/> those of the few votes it replaced, so a retry of any of them is recognised: a retry of
/// an older vote that arrives late (its answer was lost when a node died) must not turn the ballot back.
/// <see cref="At"/> is when the answer it holds was given (null for ballots stored before ballots had a time).
/// </summary>
public sealed record Ballot(Answer Answer, string OpId, string[]? EarlierOpIds = null, DateTimeOffset? At = null)
{
    /// <summary>How many replaced votes' op ids a ballot remembers.</summary>
    public const int EarlierOpIdsKept = 4;

    public bool Holds(string opId) => OpId == opId || (EarlierOpIds?.Contains(opId) ?? false);

    /// <summary>The op ids to remember once this ballot is replaced: its own first, then the newest earlier ones.</summary>
    public string[] Superseded() => [OpId, .. (EarlierOpIds ?? []).Take(EarlierOpIdsKept - 1)];
}

public enum CastOutcome
{
    /// <summary>First ballot from this device.</summary>
    Recorded,
    /// <summary>The device replaced its ballot (poll allows changes).</summary>
    Changed,
    /// <summary>A retry or a repeat of the ballot already held: nothing changed.</summary>
    Unchanged,
}

/// <summary>
/// The ballots of one poll and their running tally (the poll kind's): one ballot per device, the tally kept in step
/// so results cost the size of the result to read no matter how many devices voted.
/// </summary>
public sealed class BallotBook
{
    private readonly Dictionary<string, Ballot> _ballots = new(StringComparer.Ordinal);
    private IPollTally? _tally;

    /// <summary>An empty book for a poll that is not created yet.</summary>
    public BallotBook() { }

    public BallotBook(PollDefinition poll, IEnumerable<KeyValuePair<string, Ballot>>? ballots = null,
        IEnumerable<KeyValuePair<string, UpvoteSet>>? upvotes = null)
    {
        _tally = poll.Kind.NewTally(poll);
        foreach (var (device, ballot) in ballots ?? [])
        {
            if (!poll.Kind.Fits(poll, ballot.Answer)) continue; // never let bad stored data skew a tally
            _ballots[device] = ballot;
            _tally.Add(ballot.Answer);
        }
        Upvotes = new UpvoteBook(upvotes);
        foreach (var (key, count) in Upvotes.Counts) _tally.SetUpvotes(key, count);
    }

    public int Voters => _ballots.Count;

    /// <summary>Who upvoted which result item (kinds that take upvotes).</summary>
    public UpvoteBook Upvotes { get; private set; } = new();
    public IReadOnlyDictionary<string, Ballot> Ballots => _ballots;

    public Ballot? BallotOf(string deviceId) => _ballots.GetValueOrDefault(deviceId);

    /// <summary>The results as the poll's kind shows them.</summary>
    public TallyView Read(PollDefinition poll, Moderation.WordFilter? filter = null) =>
        _tally?.Read(poll, filter) ?? new TallyView([], null);

    /// <summary>Applies one device's ballot under the poll's rules. Throws <see cref="RuleViolation"/> and changes nothing on bad input.</summary>
    /// <param name="at">When the answer was given; a retry or a repeat keeps the time of the answer it repeats.</param>
    public CastOutcome Cast(PollDefinition poll, PollStatus status, string deviceId, BallotInput input, string? opId, DateTimeOffset? at = null)
    {
        if (status != PollStatus.Open) throw new RuleViolation(ErrorCodes.PollNotOpen);
        if (string.IsNullOrWhiteSpace(opId) || opId.Length > PollLimits.OpIdMax) throw new RuleViolation(ErrorCodes.InvalidOpId);
        var answer = poll.Kind.ValidateBallot(poll, input);
        var tally = _tally ??= poll.Kind.NewTally(poll);

        if (_ballots.TryGetValue(deviceId, out var held))
        {
            if (held.Holds(opId) || held.Answer.SameAs(answer)) return CastOutcome.Unchanged;
            if (!poll.AllowVoteChange) throw new RuleViolation(ErrorCodes.AlreadyVoted);
            tally.Remove(held.Answer);
        }

        var ballot = new Ballot(answer, opId, held?.Superseded(), at);
        _ballots[deviceId] = ballot;
        tally.Add(answer);
        return held is null ? CastOutcome.Recorded : CastOutcome.Changed;
    }

    /// <summary>
    /// Sets one voter's upvote on a result item. Refused while the poll does not take upvotes (upvotes_off) or is not
    /// open (poll_not_open), and for an item nobody gave (answer_not_found) or that is off the screen, hidden by the
    /// host or held back by the word filter (answer_hidden), in either direction. Upvoting one's own answer is allowed.
    /// A retry of a recent op id changes nothing, so a retried toggle counts once.
    /// </summary>
    public UpvoteOutcome Upvote(PollDefinition poll, PollStatus status, string voter, string? key, bool up, string? opId,
        Moderation.WordFilter? filter = null)
    {
        if (!poll.AllowUpvotes || !poll.Kind.TakesUpvotes) throw new RuleViolation(ErrorCodes.UpvotesOff);
        if (status != PollStatus.Open) throw new RuleViolation(ErrorCodes.PollNotOpen);
        var op = OpIds.Require(opId);
        if (Upvotes.IsRetry(voter, op)) return UpvoteOutcome.Retry; // answered as before, even if the item left the wall since
        var item = RequireShown(poll, key, filter);
        var outcome = Upvotes.Apply(voter, item, up, op);
        if (outcome == UpvoteOutcome.Counted) _tally?.SetUpvotes(item, Upvotes.CountOf(item));
        return outcome;
    }

    /// <summary>
    /// The poll with <paramref name="key"/> featured (spotlit on the screen), replacing any featured before, or with
    /// none when the key is null. Only an item on show can be featured (answer_not_found, answer_hidden).
    /// </summary>
    public PollDefinition Feature(PollDefinition poll, string? key, Moderation.WordFilter? filter = null) =>
        key is null ? poll with { FeaturedKey = null } : poll with { FeaturedKey = RequireShown(poll, key, filter) };

    private string RequireShown(PollDefinition poll, string? key, Moderation.WordFilter? filter)
    {
        if (string.IsNullOrEmpty(key) || key.Length > PollLimits.ResultKeyMax) throw new RuleViolation(ErrorCodes.BadRequest);
        return (_tally?.StateOf(poll, key, filter) ?? ItemState.Missing) switch
        {
            ItemState.Shown => key,
            ItemState.Hidden => throw new RuleViolation(ErrorCodes.AnswerHidden),
            _ => throw new RuleViolation(ErrorCodes.AnswerNotFound),
        };
    }

    /// <summary>Every ballot and upvote gone, the tally back to zero.</summary>
    public void Clear(PollDefinition poll)
    {
        _ballots.Clear();
        Upvotes.Clear();
        _tally = poll.Kind.NewTally(poll);
    }
}
