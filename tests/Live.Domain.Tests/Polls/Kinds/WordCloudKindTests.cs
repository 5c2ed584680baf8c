using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Polls.Kinds.WordCloud;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class WordCloudKindTests
{
    private static BallotInput Words(params string?[] texts) => new(Texts: texts);

    private static PollDefinition Cloud(int? entries = null) => Draft("wordcloud", max: entries);

    [Theory]
    [InlineData("AI", "ai")]
    [InlineData("ＡＩ", "ai")]          // full-width letters
    [InlineData("  Ai!  ", "ai")]       // spaces and punctuation around it
    [InlineData("「创新」", "创新")]      // CJK brackets
    [InlineData("数字化　转型", "数字化 转型")] // an ideographic space becomes one space
    [InlineData("Ｗｅｂ３", "web3")]
    [InlineData("🚀 Launch", "🚀 launch")] // emoji stay, they are words too
    [InlineData("ﬁne", "fine")]          // a compatibility ligature
    public void Entries_that_are_the_same_word_share_one_key(string entry, string key) =>
        Assert.Equal(key, WordNormalizer.Key(entry));

    [Fact]
    public void The_first_form_given_is_shown_and_every_form_counts_for_it()
    {
        var poll = Cloud();
        var items = Cast(poll, Words("AI"), Words("ai", "创新"), Words("ＡＩ"), Words("创新")).Read(poll).Items!;
        Assert.Equal([("ai", "AI", 3), ("创新", "创新", 2)], items.Select(i => (i.Key, i.Text!, i.Count)));
    }

    [Fact]
    public void Chinese_phrases_are_kept_whole()
    {
        var poll = Cloud();
        var items = Cast(poll, Words("数字化转型"), Words("数字化转型"), Words("数字化")).Read(poll).Items!;
        Assert.Equal(["数字化转型", "数字化"], items.Select(i => i.Text));
    }

    [Fact]
    public void One_attendee_giving_a_word_twice_counts_once()
    {
        var poll = Cloud();
        var item = Assert.Single(Cast(poll, Words("AI", "ai", "ＡＩ")).Read(poll).Items!);
        Assert.Equal(1, item.Count);
    }

    [Fact]
    public void Stop_words_are_kept_with_the_ballot_but_not_counted()
    {
        var poll = Cloud();
        var book = Cast(poll, Words("the", "的", "Growth"));
        Assert.Equal(["growth"], book.Read(poll).Items!.Select(i => i.Key));
        Assert.Equal(["the", "的", "Growth"], book.BallotOf("d0")!.Answer.Texts);
    }

    [Fact]
    public void The_word_filter_and_the_host_hold_words_back_from_the_screen()
    {
        var poll = Cloud();
        var book = Cast(poll, Words("Growth"), Words("badword"), Words("Team"));
        var filter = new WordFilter(["badword"]);
        Assert.Equal(["growth", "team"], book.Read(poll, filter).Items!.Select(i => i.Key));
        var hidden = poll.WithHidden("team", hidden: true);
        Assert.Equal(["growth"], book.Read(hidden, filter).Items!.Select(i => i.Key));
        Assert.Equal(["growth", "team"], book.Read(hidden.WithHidden("team", hidden: false), filter).Items!.Select(i => i.Key));
    }

    [Fact]
    public void The_results_carry_the_top_words_most_first()
    {
        var poll = Cloud(entries: 1);
        var ballots = Enumerable.Range(0, 150).SelectMany(w => Enumerable.Repeat(Words($"w{w:000}"), 1 + w % 7)).ToArray();
        var items = Cast(poll, ballots).Read(poll).Items!;
        Assert.Equal(WordCloudKind.TopWords, items.Count);
        Assert.True(items.Zip(items.Skip(1)).All(p => p.First.Count >= p.Second.Count));
        Assert.Equal(7, items[0].Count);
    }

    [Fact]
    public void A_changed_entry_moves_its_count_and_a_word_nobody_holds_disappears()
    {
        var poll = Cloud();
        var book = Cast(poll, Words("Growth"));
        book.Cast(poll, PollStatus.Open, "d0", Words("Team"), "op-2");
        Assert.Equal(["team"], book.Read(poll).Items!.Select(i => i.Key));
    }

    [Theory]
    [InlineData(new[] { "" }, ErrorCodes.EntryRequired)]
    [InlineData(new[] { "   " }, ErrorCodes.EntryRequired)]
    [InlineData(new[] { "ok", "" }, ErrorCodes.EntryRequired)]
    [InlineData(new string[0], ErrorCodes.EntryRequired)]
    [InlineData(new[] { "a", "b", "c", "d" }, ErrorCodes.TooManyEntries)]
    public void Bad_entries_are_refused(string[] texts, string code) =>
        Assert.Equal(code, BallotError(Cloud(), Words(texts)));

    [Fact]
    public void An_entry_may_be_40_characters_but_not_41()
    {
        Assert.Equal(ErrorCodes.EntryTooLong, BallotError(Cloud(), Words(new string('词', 41))));
        Assert.Single(Cast(Cloud(), Words(string.Concat(Enumerable.Repeat("🎉", 40)))).Ballots);
    }

    [Fact]
    public void Option_ids_for_a_word_cloud_and_text_for_a_choice_poll_are_the_wrong_answer()
    {
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(Cloud(), new BallotInput(OptionIds: [0])));
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(Draft("single", ["A", "B"]), Words("A")));
    }

    [Fact]
    public void A_cloud_takes_one_to_five_entries_per_attendee_and_no_options()
    {
        Assert.Equal(WordCloudKind.DefaultEntries, Cloud().MaxSelections);
        Assert.Equal(ErrorCodes.InvalidMaxSelections, DraftError("wordcloud", max: 0));
        Assert.Equal(ErrorCodes.InvalidMaxSelections, DraftError("wordcloud", max: 6));
        Assert.Equal(ErrorCodes.OptionCount, DraftError("wordcloud", options: ["A", "B"]));
    }
}
