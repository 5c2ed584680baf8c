using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>
/// One voter's upvotes in a poll: the result keys they upvoted, and the op ids of their last few upvote commands, so
/// a retry (even one that arrives after a later toggle) is recognised and applied once.
/// </summary>
public sealed record UpvoteSet(string[] Keys, string[] OpIds)
{
    /// <summary>How many op ids a voter's set remembers.</summary>
    public const int OpIdsKept = 4;

    public static readonly UpvoteSet Empty = new([], []);
}

/// <summary>What an upvote command did.</summary>
public enum UpvoteOutcome
{
    /// <summary>The item's count went up or down.</summary>
    Counted,
    /// <summary>A new command that changed no count (an upvote already held): only its op id was remembered.</summary>
    Remembered,
    /// <summary>A retry of a command already applied: nothing changed.</summary>
    Retry,
}

/// <summary>
/// Who upvoted which result item of one poll: one upvote per voter per item, taken back by upvoting with up = false.
/// Counts per item are kept in step so a read costs nothing per voter.
/// </summary>
public sealed class UpvoteBook
{
    /// <summary>Most items one voter can upvote in a poll (the wall shows 100).</summary>
    public const int MaxPerVoter = 100;

    private readonly Dictionary<string, UpvoteSet> _voters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public UpvoteBook(IEnumerable<KeyValuePair<string, UpvoteSet>>? stored = null)
    {
        foreach (var (voter, set) in stored ?? [])
        {
            _voters[voter] = set;
            foreach (var key in set.Keys) _counts[key] = CountOf(key) + 1;
        }
    }

    public IReadOnlyDictionary<string, UpvoteSet> Voters => _voters;
    public IReadOnlyDictionary<string, int> Counts => _counts;

    public int CountOf(string key) => _counts.GetValueOrDefault(key);

    /// <summary>The keys this voter upvoted (empty when none).</summary>
    public IReadOnlyList<string> Of(string voter) => _voters.GetValueOrDefault(voter)?.Keys ?? [];

    /// <summary>Whether <paramref name="opId"/> is one of the voter's recent commands (its retry changes nothing).</summary>
    public bool IsRetry(string voter, string opId) => _voters.GetValueOrDefault(voter)?.OpIds.Contains(opId, StringComparer.Ordinal) == true;

    /// <summary>Sets the voter's upvote on <paramref name="key"/> to <paramref name="up"/>. The caller checks the item may take it.</summary>
    public UpvoteOutcome Apply(string voter, string key, bool up, string opId)
    {
        if (IsRetry(voter, opId)) return UpvoteOutcome.Retry;
        var held = _voters.GetValueOrDefault(voter) ?? UpvoteSet.Empty;
        var has = held.Keys.Contains(key, StringComparer.Ordinal);
        if (up && !has && held.Keys.Length >= MaxPerVoter) throw new RuleViolation(ErrorCodes.TooManyIds);
        var keys = up == has ? held.Keys : up ? [.. held.Keys, key] : held.Keys.Where(k => k != key).ToArray();
        _voters[voter] = new UpvoteSet(keys, [opId, .. held.OpIds.Take(UpvoteSet.OpIdsKept - 1)]);
        if (up == has) return UpvoteOutcome.Remembered;
        var count = CountOf(key) + (up ? 1 : -1);
        if (count == 0) _counts.Remove(key);
        else _counts[key] = count;
        return UpvoteOutcome.Counted;
    }

    public void Clear()
    {
        _voters.Clear();
        _counts.Clear();
    }
}
