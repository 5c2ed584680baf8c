using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class RatingExportTests
{
    private static BallotInput Rate(params int[] ratings) => new(Ratings: ratings);

    [Fact]
    public void Stars_give_each_statement_its_count_mean_and_distribution()
    {
        var poll = Draft("rating", ["内容 Content", "服务, \"Service\""]);
        var book = Book(poll, Rate(5, 4), Rate(4, 4), Rate(5, 1));
        var results = Results(poll, book);

        Assert.Equal(["statement_id", "statement", "count", "mean", "rated_1", "rated_2", "rated_3", "rated_4", "rated_5"], results.Headers);
        AssertRow(["0", "内容 Content", "3", "4.67", "0", "0", "0", "1", "2"], results.Rows[0]);
        AssertRow(["1", "服务, \"Service\"", "3", "3", "1", "0", "0", "2", "0"], results.Rows[1]);

        var responses = Responses(poll, book);
        Assert.Equal(["rating_0", "rating_1"], responses.Headers.Skip(2));
        Assert.Equal([["5", "4"], ["4", "4"], ["5", "1"]], Answers(responses));
    }

    [Fact]
    public void Nps_adds_the_score_and_counts_from_0_to_10()
    {
        var poll = Draft("rating", variant: "nps");
        // 2 promoters, 1 passive, 2 detractors of 5: NPS = 40 − 40 = 0; then one more detractor: (2 − 3) / 6 = −17.
        var book = Book(poll, Rate(10), Rate(9), Rate(8), Rate(0), Rate(6), Rate(3));
        var results = Results(poll, book);
        Assert.Equal(["statement_id", "statement", "count", "mean", "nps", .. Enumerable.Range(0, 11).Select(p => $"rated_{p}")], results.Headers);
        // With no statements the question itself is the one row.
        AssertRow(["0", "How was it?", "6", "6", "-17", "1", "0", "0", "1", "0", "0", "1", "0", "1", "1", "1"], Assert.Single(results.Rows));
    }

    [Fact]
    public void Nobody_rated_yet_leaves_the_mean_and_score_empty()
    {
        var poll = Draft("rating", ["A"], variant: "nps");
        AssertRow(["0", "A", "0", null, null], Results(poll, Book(poll)).Rows[0][..5]);
    }
}
