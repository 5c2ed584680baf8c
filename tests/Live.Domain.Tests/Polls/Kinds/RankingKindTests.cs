using Live.Domain.Common;
using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class RankingKindTests
{
    private static BallotInput Order(params int[] order) => new(Ranking: order);

    private static readonly string?[] Lines = ["Cloud 云", "Edge 边缘", "Data 数据"];

    [Fact]
    public void Borda_points_give_the_mean_per_respondent_and_the_rank_distribution()
    {
        var poll = Draft("ranking", Lines);
        // n = 3: first gets 3 points, second 2, third 1.
        var items = Cast(poll, Order(0, 1, 2), Order(0, 2, 1), Order(2, 0, 1), Order(1, 0, 2)).Read(poll).Items!;

        Assert.Equal(["0", "1", "2"], items.Select(i => i.Key));
        Assert.Equal(2.5, items[0].Value);   // 3 + 3 + 2 + 2 = 10 / 4
        Assert.Equal(1.75, items[1].Value);  // 2 + 1 + 1 + 3 = 7 / 4
        Assert.Equal(1.75, items[2].Value);  // 1 + 2 + 3 + 1 = 7 / 4
        Assert.Equal([2, 2, 0], items[0].Distribution);
        Assert.All(items, i => Assert.Equal(4, i.Count));
        Assert.Equal(6.0, items.Sum(i => i.Value!.Value), 3); // the points of one ballot always sum to n(n+1)/2
    }

    [Fact]
    public void Nobody_ranked_yet_has_no_mean()
    {
        var poll = Draft("ranking", Lines);
        Assert.All(Cast(poll).Read(poll).Items!, i => Assert.Null(i.Value));
    }

    [Theory]
    [InlineData(new[] { 0, 0, 1 })]    // a repeat
    [InlineData(new[] { 0, 2 })]       // a gap
    [InlineData(new[] { 0, 1, 3 })]    // an unknown option
    [InlineData(new[] { 0, 1, 2, 2 })] // too many
    [InlineData(new int[0])]
    public void Rankings_with_repeats_or_gaps_are_refused(int[] order) =>
        Assert.Equal(ErrorCodes.InvalidRanking, BallotError(Draft("ranking", Lines), Order(order)));

    [Fact]
    public void Choice_ids_for_a_ranking_are_the_wrong_answer() =>
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(Draft("ranking", Lines), new BallotInput(OptionIds: [0, 1, 2])));

    [Fact]
    public void A_ranking_takes_two_to_ten_options()
    {
        Assert.Equal(ErrorCodes.OptionCount, DraftError("ranking", ["Only"]));
        Assert.Equal(ErrorCodes.OptionCount, DraftError("ranking", Enumerable.Range(0, 11).Select(i => (string?)$"o{i}").ToArray()));
        Assert.Equal(10, Draft("ranking", Enumerable.Range(0, 10).Select(i => (string?)$"o{i}").ToArray()).Options.Count);
    }
}
