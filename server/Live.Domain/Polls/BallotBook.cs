using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>
/// One device's ballot. <see cref="OpId"/> is the client's operation id of the vote it holds, and
/// <see cref="EarlierOpIds"/> those of the few votes it replaced, so a retry of any of them is recognised: a retry of
/// an older vote that arrives late (its answer was lost when a node died) must not turn the ballot back.
/// </summary>
public sealed record Ballot(int[] OptionIds, string OpId, string[]? EarlierOpIds = null)
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
/// The ballots of one poll and their running tally: one ballot per device, counts kept in step so results
/// are O(options) to read no matter how many devices voted.
/// </summary>
public sealed class BallotBook
{
    private readonly Dictionary<string, Ballot> _ballots;
    private readonly int[] _counts;

    public BallotBook(int optionCount, IEnumerable<KeyValuePair<string, Ballot>>? ballots = null)
    {
        _counts = new int[optionCount];
        _ballots = new Dictionary<string, Ballot>(StringComparer.Ordinal);
        foreach (var (device, ballot) in ballots ?? [])
        {
            if (ballot.OptionIds.Any(id => id < 0 || id >= optionCount)) continue; // never let bad stored data skew a tally
            _ballots[device] = ballot;
            Tally(ballot, +1);
        }
    }

    public IReadOnlyList<int> Counts => _counts;
    public int Voters => _ballots.Count;
    public IReadOnlyDictionary<string, Ballot> Ballots => _ballots;

    public Ballot? BallotOf(string deviceId) => _ballots.GetValueOrDefault(deviceId);

    /// <summary>Applies one device's ballot under the poll's rules. Throws <see cref="RuleViolation"/> and changes nothing on bad input.</summary>
    public CastOutcome Cast(PollDefinition poll, PollStatus status, string deviceId, IReadOnlyList<int>? optionIds, string? opId)
    {
        if (status != PollStatus.Open) throw new RuleViolation(ErrorCodes.PollNotOpen);
        if (string.IsNullOrWhiteSpace(opId) || opId.Length > PollLimits.OpIdMax) throw new RuleViolation(ErrorCodes.InvalidOpId);
        var choice = poll.Kind.Rules().ValidateBallot(poll, optionIds);

        if (_ballots.TryGetValue(deviceId, out var held))
        {
            if (held.Holds(opId) || held.OptionIds.AsSpan().SequenceEqual(choice)) return CastOutcome.Unchanged;
            if (!poll.AllowVoteChange) throw new RuleViolation(ErrorCodes.AlreadyVoted);
            Tally(held, -1);
        }

        var ballot = new Ballot(choice, opId, held?.Superseded());
        _ballots[deviceId] = ballot;
        Tally(ballot, +1);
        return held is null ? CastOutcome.Recorded : CastOutcome.Changed;
    }

    public void Clear()
    {
        _ballots.Clear();
        Array.Clear(_counts);
    }

    private void Tally(Ballot ballot, int delta)
    {
        foreach (var id in ballot.OptionIds) _counts[id] += delta;
    }
}
