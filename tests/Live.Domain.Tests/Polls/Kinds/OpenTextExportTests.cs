using Live.Domain.Moderation;
using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class OpenTextExportTests
{
    private static BallotInput Say(string text) => new(Texts: [text]);

    [Fact]
    public void Every_answer_is_exported_most_given_first_with_hidden_and_held_ones_marked()
    {
        var poll = Draft("text");
        var book = Book(poll, Say("更多互动环节, please"), Say("Shorter \"talks\""), Say("badword food"), Say("shorter \"TALKS\""), Say("=1+1"));
        var hiddenKey = Results(poll, book).Rows.Single(r => r[0] == "=1+1")[1]!;
        var results = Results(poll.WithHidden(hiddenKey, hidden: true), book, new WordFilter(["badword"]));

        Assert.Equal(["answer", "key", "count", "percent", "status"], results.Headers);
        Assert.Equal([
            ("Shorter \"talks\"", "2", "40", "shown"), // the first wording, and one card for both
            ("更多互动环节, please", "1", "20", "shown"), // ties in the order first given
            ("badword food", "1", "20", "held"),
            ("=1+1", "1", "20", "hidden"),            // a formula-looking answer is data; CsvWriter defuses it
        ], results.Rows.Select(r => (r[0], r[2], r[3], r[4])));
        Assert.All(results.Rows, r => Assert.Matches("^[0-9a-f]{16}$", r[1]!));
    }

    [Fact]
    public void A_response_is_the_answer_its_key_and_its_status()
    {
        var poll = Draft("text");
        var book = Book(poll, Say("第一行\r\n第二行"), Say("badword"));
        var responses = Responses(poll, book, new WordFilter(["badword"]));
        Assert.Equal(["answer", "answer_key", "status"], responses.Headers.Skip(2));
        var answers = Answers(responses);
        Assert.Equal(("第一行 第二行", "shown"), (answers[0][0], answers[0][2]));
        Assert.Equal(("badword", "held"), (answers[1][0], answers[1][2]));
        Assert.Equal(Results(poll, book).Rows[0][1], answers[0][1]); // the key in both tables is the one the host hides
    }
}
