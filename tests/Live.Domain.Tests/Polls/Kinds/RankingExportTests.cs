using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class RankingExportTests
{
    private static BallotInput Order(params int[] ranking) => new(Ranking: ranking);

    [Fact]
    public void Each_option_gets_its_Borda_points_mean_and_how_many_put_it_at_each_rank()
    {
        var poll = Draft("ranking", ["新品 A", "Option, B", "C"]);
        // A: 3 + 3 + 1 = 7 points over 3 (2.33); B: 2 + 1 + 2 = 5 (1.67); C: 1 + 2 + 3 = 6 (2).
        var book = Book(poll, Order(0, 1, 2), Order(0, 2, 1), Order(2, 1, 0));
        var results = Results(poll, book);

        Assert.Equal(["option_id", "option", "count", "mean_points", "points", "rank_1", "rank_2", "rank_3"], results.Headers);
        Assert.Equal([["0", "新品 A", "3", "2.33", "7", "2", "0", "1"], ["1", "Option, B", "3", "1.67", "5", "0", "2", "1"],
            ["2", "C", "3", "2", "6", "1", "1", "1"]], results.Rows);

        var responses = Responses(poll, book);
        Assert.Equal(["rank_1", "rank_2", "rank_3", "ranking_ids"], responses.Headers.Skip(2));
        AssertRow(["C", "Option, B", "新品 A", "2;1;0"], Answers(responses)[2]);
    }
}
