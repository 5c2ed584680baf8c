using Live.Domain.Common;
using Live.Domain.Polls.Kinds;
using Live.Domain.Polls.Kinds.Rating;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class RatingKindTests
{
    private static BallotInput Rate(params int[] ratings) => new(Ratings: ratings);

    [Fact]
    public void Stars_are_the_default_and_each_statement_gets_a_distribution_and_a_mean()
    {
        var poll = Draft("rating", ["Content 内容", "Service 服务", "Takeaways 收获"]);
        Assert.Equal("stars5", poll.Variant);
        var items = Cast(poll, Rate(5, 4, 3), Rate(4, 4, 1), Rate(5, 2, 2)).Read(poll).Items!;

        Assert.Equal(["0", "1", "2"], items.Select(i => i.Key));
        Assert.Equal([0, 0, 0, 1, 2], items[0].Distribution);
        Assert.Equal(4.67, items[0].Value);
        Assert.Equal(3.33, items[1].Value);
        Assert.Equal(2, items[2].Value);
        Assert.All(items, i => Assert.Equal(3, i.Count));
        Assert.All(items, i => Assert.Null(i.Score));
    }

    [Fact]
    public void Without_statements_the_question_itself_is_rated_once()
    {
        var poll = Draft("rating", variant: "scale10");
        var item = Assert.Single(Cast(poll, Rate(10), Rate(1)).Read(poll).Items!);
        Assert.Equal(10, item.Distribution!.Length);
        Assert.Equal(5.5, item.Value);
    }

    [Fact]
    public void Nps_scores_promoters_minus_detractors()
    {
        var poll = Draft("rating", variant: "nps");
        // 4 promoters (9, 10), 3 passives (7, 8), 3 detractors (0..6): (4 - 3) / 10 = 10.
        var book = Cast(poll, Rate(10), Rate(9), Rate(9), Rate(10), Rate(7), Rate(8), Rate(8), Rate(0), Rate(6), Rate(3));
        var item = Assert.Single(book.Read(poll).Items!);
        Assert.Equal(10, item.Score);
        Assert.Equal(11, item.Distribution!.Length);
        Assert.Equal(7, item.Value);
    }

    [Theory]
    [InlineData(new[] { 9, 10 }, 100)]
    [InlineData(new[] { 0, 6 }, -100)]
    [InlineData(new[] { 7, 8 }, 0)]
    [InlineData(new[] { 10, 10, 5 }, 33)]
    public void Net_promoter_score_is_a_rounded_percentage(int[] ratings, int expected)
    {
        var distribution = new int[11];
        foreach (var r in ratings) distribution[r]++;
        Assert.Equal(expected, RatingScale.NetPromoterScore(distribution));
    }

    [Fact]
    public void A_changed_rating_moves_the_distribution()
    {
        var poll = Draft("rating");
        var book = Cast(poll, Rate(1));
        book.Cast(poll, Live.Domain.Polls.PollStatus.Open, "d0", Rate(5), "op-again");
        Assert.Equal([0, 0, 0, 0, 1], book.Read(poll).Items![0].Distribution);
    }

    [Theory]
    [InlineData("stars5", new[] { 0 })]
    [InlineData("stars5", new[] { 6 })]
    [InlineData("scale10", new[] { 0 })]
    [InlineData("nps", new[] { 11 })]
    [InlineData("nps", new[] { -1 })]
    [InlineData("stars5", new[] { 3, 3 })]
    [InlineData("stars5", new int[0])]
    public void Ratings_out_of_range_or_of_the_wrong_count_are_refused(string variant, int[] ratings) =>
        Assert.Equal(ErrorCodes.InvalidRating, BallotError(Draft("rating", variant: variant), Rate(ratings)));

    [Fact]
    public void Option_ids_or_text_for_a_rating_are_the_wrong_answer()
    {
        var poll = Draft("rating");
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(poll, new BallotInput(OptionIds: [0])));
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(poll, new BallotInput(Ratings: [3], Texts: ["great"])));
    }

    [Fact]
    public void Bad_drafts_say_what_is_wrong()
    {
        Assert.Equal(ErrorCodes.InvalidVariant, DraftError("rating", variant: "stars7"));
        Assert.Equal(ErrorCodes.OptionCount, DraftError("rating", options: Enumerable.Range(0, 11).Select(i => (string?)$"s{i}").ToArray()));
        Assert.Equal(ErrorCodes.OptionDuplicate, DraftError("rating", options: ["Service", "service"]));
    }
}
