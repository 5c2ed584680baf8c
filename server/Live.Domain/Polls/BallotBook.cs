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

    public BallotBook(PollDefinition poll, IEnumerable<KeyValuePair<string, Ballot>>? ballots = null)
    {
        _tally = poll.Kind.NewTally(poll);
        foreach (var (device, ballot) in ballots ?? [])
        {
            if (!poll.Kind.Fits(poll, ballot.Answer)) continue; // never let bad stored data skew a tally
            _ballots[device] = ballot;
            _tally.Add(ballot.Answer);
        }
    }

    public int Voters => _ballots.Count;
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

    /// <summary>Every ballot gone, the tally back to zero.</summary>
    public void Clear(PollDefinition poll)
    {
        _ballots.Clear();
        _tally = poll.Kind.NewTally(poll);
    }
}
