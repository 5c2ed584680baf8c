namespace Live.Domain.Polls.Kinds.Rating;

/// <summary>Per statement, how many gave each point of the scale; mean and NPS follow from it.</summary>
internal sealed class RatingTally(int rows, RatingScale scale) : IPollTally
{
    private readonly int[][] _distribution = Enumerable.Range(0, rows).Select(_ => new int[scale.Points]).ToArray();

    public void Add(Answer answer) => Count(answer, +1);

    public void Remove(Answer answer) => Count(answer, -1);

    private void Count(Answer answer, int delta)
    {
        for (var row = 0; row < rows; row++) _distribution[row][answer.Numbers[row] - scale.Min] += delta;
    }

    public TallyView Read(PollDefinition poll, Moderation.WordFilter? filter = null) => new([], _distribution.Select((d, row) => Row(row, d)).ToList());

    private ResultEntry Row(int row, int[] distribution)
    {
        var count = distribution.Sum();
        double? mean = count == 0 ? null : Math.Round(distribution.Select((n, i) => (double)n * (i + scale.Min)).Sum() / count, 2);
        return new ResultEntry(row.ToString(System.Globalization.CultureInfo.InvariantCulture), null, count, mean,
            scale.IsNps ? RatingScale.NetPromoterScore(distribution) : null, distribution.ToArray());
    }
}
