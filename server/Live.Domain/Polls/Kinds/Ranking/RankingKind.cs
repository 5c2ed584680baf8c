using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.Ranking;

/// <summary>Put 2–10 options in order, best first. Each respondent orders every option once.</summary>
public sealed class RankingKind : IPollKind
{
    public static readonly RankingKind Instance = new();

    public const int MaxOptions = 10;

    public string Name => "ranking";

    public DraftShape ValidateDraft(PollDraftInput draft)
    {
        PollDrafts.RequireNoVariant(draft.Variant);
        var options = PollDrafts.ValidateOptions(draft.Options, PollLimits.MinOptions, MaxOptions);
        if (draft.MaxSelections is { } n && n != options.Count) throw new RuleViolation(ErrorCodes.InvalidMaxSelections);
        return new DraftShape(options, options.Count);
    }

    /// <summary>A permutation of every option id: no repeats, none missing, none unknown.</summary>
    public Answer ValidateBallot(PollDefinition poll, BallotInput input)
    {
        if (input.OptionIds is not null || input.Ratings is not null || input.Texts is not null) throw new RuleViolation(ErrorCodes.InvalidAnswer);
        if (input.Ranking is not { } order || !IsPermutation(order, poll.Options.Count)) throw new RuleViolation(ErrorCodes.InvalidRanking);
        return new Answer([.. order]);
    }

    public bool Fits(PollDefinition poll, Answer answer) => IsPermutation(answer.Numbers, poll.Options.Count);

    public IPollTally NewTally(PollDefinition poll) => new RankingTally(poll.Options.Count);

    public IPollExport Export => RankingExport.Instance;

    public BallotInput Show(Answer answer) => new(Ranking: answer.Numbers);

    private static bool IsPermutation(IReadOnlyList<int> order, int n)
    {
        if (order.Count != n) return false;
        var seen = new bool[n];
        foreach (var id in order)
        {
            if (id < 0 || id >= n || seen[id]) return false;
            seen[id] = true;
        }
        return true;
    }
}

/// <summary>
/// Borda points: the option at rank r of n gets n − r + 1. Kept as how many put each option at each rank, so the
/// mean points per respondent and the rank distribution both read from it.
/// </summary>
internal sealed class RankingTally(int options) : IPollTally
{
    private readonly int[][] _atRank = Enumerable.Range(0, options).Select(_ => new int[options]).ToArray();
    private int _respondents;

    public void Add(Answer answer) => Count(answer, +1);

    public void Remove(Answer answer) => Count(answer, -1);

    private void Count(Answer answer, int delta)
    {
        for (var rank = 0; rank < answer.Numbers.Length; rank++) _atRank[answer.Numbers[rank]][rank] += delta;
        _respondents += delta;
    }

    public TallyView Read(PollDefinition poll, Moderation.WordFilter? filter = null) => new([], _atRank.Select((ranks, option) => Row(option, ranks)).ToList());

    private ResultEntry Row(int option, int[] ranks)
    {
        var n = ranks.Length;
        double? mean = _respondents == 0 ? null : Math.Round(ranks.Select((count, r) => (double)count * (n - r)).Sum() / _respondents, 2);
        return new ResultEntry(option.ToString(System.Globalization.CultureInfo.InvariantCulture), null, _respondents, mean, null, ranks.ToArray());
    }
}
