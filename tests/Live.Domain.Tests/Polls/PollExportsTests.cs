using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls;

public class PollExportsTests
{
    private static BallotInput Pick(int id) => new(OptionIds: [id]);

    [Fact]
    public void Responses_are_oldest_first_with_the_time_of_the_answer_held_and_no_device_id()
    {
        var poll = Draft("single", ["A", "B"]);
        var book = new BallotBook(poll);
        book.Cast(poll, PollStatus.Open, "device-late", Pick(0), "op1", T0.AddMinutes(5));
        book.Cast(poll, PollStatus.Open, "device-early", Pick(0), "op2", T0);
        book.Cast(poll, PollStatus.Open, "device-early", Pick(1), "op3", T0.AddMinutes(1)); // changed: the new time
        book.Cast(poll, PollStatus.Open, "device-early", Pick(1), "op3", T0.AddMinutes(9)); // a retry: time kept

        var rows = PollExports.Responses(poll, book, Secret).Rows;
        Assert.Equal([(PollExports.RespondentKey(Secret, "device-early"), "2026-12-03T09:01:00.0000000+00:00", "B"),
            (PollExports.RespondentKey(Secret, "device-late"), "2026-12-03T09:05:00.0000000+00:00", "A")], rows.Select(r => (r[0], r[1], r[3])));
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c?.Contains("device") == true);
    }

    [Fact]
    public void A_respondent_key_is_stable_per_secret_and_unlinkable_without_it()
    {
        var key = PollExports.RespondentKey(Secret, "k3J9abc");
        Assert.Matches("^[0-9a-f]{12}$", key);
        Assert.Equal(key, PollExports.RespondentKey(Secret, "k3J9abc"));
        Assert.NotEqual(key, PollExports.RespondentKey([9, 9], "k3J9abc"));
        Assert.NotEqual(key, PollExports.RespondentKey(Secret, "k3J9abd"));
    }

    [Fact]
    public void Ballots_stored_before_ballots_had_a_time_come_first_with_an_empty_time()
    {
        var poll = Draft("single", ["A", "B"]);
        var book = new BallotBook(poll, [new("old", new Ballot(new Answer([1]), "op0")), new("new", new Ballot(new Answer([0]), "op1", null, T0))]);
        Assert.Equal([(null, "B"), ("2026-12-03T09:00:00.0000000+00:00", "A")], PollExports.Responses(poll, book, Secret).Rows.Select(r => (r[1], r[3])));
    }

    [Fact]
    public void Every_registered_kind_exports_rows_as_wide_as_its_headers()
    {
        foreach (var kind in PollKinds.All)
        {
            var poll = kind.Name switch
            {
                "wordcloud" or "text" => Draft(kind.Name),
                "rating" => Draft(kind.Name, ["x", "y"]),
                _ => Draft(kind.Name, ["x", "y", "z"]),
            };
            BallotInput answer = kind.Name switch
            {
                "wordcloud" or "text" => new(Texts: ["hello"]),
                "rating" => new(Ratings: [3, 4]),
                "ranking" => new(Ranking: [2, 0, 1]),
                _ => new(OptionIds: [1]),
            };
            Assert.NotEmpty(Results(poll, Book(poll, answer)).Rows);
            Assert.Single(Responses(poll, Book(poll, answer)).Rows);
        }
    }

    [Fact]
    public void Counts_percents_means_and_ratings_are_number_columns_and_texts_ids_joined_and_respondents_are_not()
    {
        string[] Numbers(ExportTable t) => [.. t.Headers.Where((_, i) => t.Numbers[i])];
        var single = Draft("single", ["2024", "B"]);
        Assert.Equal(["option_id", "count", "percent"], Numbers(Results(single, Book(single, Pick(0)))));
        Assert.Equal(["option_id"], Numbers(Responses(single, Book(single, Pick(0)))));
        var multiple = Draft("multiple", ["A", "B"]);
        Assert.Empty(Numbers(Responses(multiple, Book(multiple, new BallotInput(OptionIds: [0, 1])))));
        var nps = Draft("rating", [], variant: "nps");
        Assert.Equal(["statement_id", "count", "mean", "nps", .. Enumerable.Range(0, 11).Select(p => $"rated_{p}")],
            Numbers(Results(nps, Book(nps, new BallotInput(Ratings: [3])))));
        Assert.Equal(["rating_0"], Numbers(Responses(nps, Book(nps, new BallotInput(Ratings: [3])))));
        var ranking = Draft("ranking", ["A", "B"]);
        Assert.Equal(["option_id", "count", "mean_points", "points", "rank_1", "rank_2"], Numbers(Results(ranking, Book(ranking, new BallotInput(Ranking: [1, 0])))));
        Assert.Empty(Numbers(Responses(ranking, Book(ranking, new BallotInput(Ranking: [1, 0]))))); // rank_n names the option there
        foreach (var kind in new[] { "wordcloud", "text" })
        {
            var poll = Draft(kind);
            Assert.Equal(["count", "percent"], Numbers(Results(poll, Book(poll, new BallotInput(Texts: ["123456"])))));
            Assert.Empty(Numbers(Responses(poll, Book(poll, new BallotInput(Texts: ["123456"])))));
        }
    }
}
