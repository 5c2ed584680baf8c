using Live.Domain.Moderation;
using Live.Domain.Polls.Kinds;
using Live.Domain.Polls.Kinds.WordCloud;
using static Live.Domain.Tests.Polls.Kinds.ExportTestSupport;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class WordCloudExportTests
{
    private static BallotInput Words(params string?[] texts) => new(Texts: texts);

    [Fact]
    public void Every_word_is_exported_with_its_normalised_key_and_what_the_screen_does_with_it()
    {
        var poll = Draft("wordcloud", max: 2).WithHidden("team", hidden: true);
        var book = Book(poll, Words("ＡＩ", "Team"), Words("ai", "的"), Words("AI!", "badword"), Words("数字化转型", "Q&A, \"live\" now"));
        var results = Results(poll, book, new WordFilter(["badword"]));

        Assert.Equal(["word", "normalized", "count", "percent", "status"], results.Headers);
        Assert.Equal([
            ["AI", "ai", "3", "75", "shown"],            // the first form given (ＡＩ is stored as AI)
            ["badword", "badword", "1", "25", "held"],
            ["Q&A, \"live\" now", "q&a, \"live\" now", "1", "25", "shown"], // commas and inner quotes are kept
            ["Team", "team", "1", "25", "hidden"],
            ["数字化转型", "数字化转型", "1", "25", "shown"],
            ["的", "的", "1", "25", "stop_word"],         // kept in the export, never counted in the cloud
        ], results.Rows);
    }

    [Fact]
    public void A_response_has_each_entry_as_given_normalised_and_its_status_padded_to_the_polls_entries()
    {
        var poll = Draft("wordcloud", max: 3).WithHidden("team", hidden: true);
        var book = Book(poll, Words("  ＡＩ! ", "Team"), Words("创新\n突破"));
        var responses = Responses(poll, book);

        Assert.Equal(["entry_1", "entry_1_normalized", "entry_1_status", "entry_2", "entry_2_normalized", "entry_2_status",
            "entry_3", "entry_3_normalized", "entry_3_status"], responses.Headers.Skip(2));
        Assert.Equal([["AI", "ai", "shown", "Team", "team", "hidden", null, null, null],
            ["创新 突破", "创新 突破", "shown", null, null, null, null, null, null]], Answers(responses)); // a typed newline is a space
    }

    [Fact]
    public void The_export_is_not_cut_to_the_clouds_top_words()
    {
        var poll = Draft("wordcloud", max: 1);
        var book = Book(poll, [.. Enumerable.Range(0, WordCloudKind.TopWords + 20).Select(i => Words($"w{i}"))]);
        Assert.Equal(WordCloudKind.TopWords, book.Read(poll).Items!.Count);
        Assert.Equal(WordCloudKind.TopWords + 20, Results(poll, book).Rows.Count);
    }
}
