using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

public class OpenTextKindTests
{
    private static BallotInput Say(params string?[] texts) => new(Texts: texts);

    private static PollDefinition Wall() => Draft("text");

    [Fact]
    public void The_wall_shows_the_newest_answers_first_and_the_same_answer_once_with_its_count()
    {
        var poll = Wall();
        var items = Cast(poll, Say("More Q&A time"), Say("更多互动环节"), Say("more q&a time")).Read(poll).Items!;
        Assert.Equal([("more q&a time", 2), ("更多互动环节", 1)], items.Select(i => (i.Text!.ToLowerInvariant(), i.Count)));
        Assert.Equal("More Q&A time", items[0].Text); // the first wording is kept
    }

    [Fact]
    public void The_word_filter_holds_an_answer_and_the_host_can_take_one_off_the_wall()
    {
        var poll = Wall();
        var book = Cast(poll, Say("Great venue"), Say("badword food"), Say("Shorter talks"));
        var filter = new WordFilter(["badword"]);
        var shown = book.Read(poll, filter).Items!;
        Assert.Equal(["Shorter talks", "Great venue"], shown.Select(i => i.Text));
        Assert.Equal(["Great venue"], book.Read(poll.WithHidden(shown[0].Key, hidden: true), filter).Items!.Select(i => i.Text));
    }

    [Fact]
    public void A_changed_answer_leaves_the_wall_when_nobody_holds_it()
    {
        var poll = Wall();
        var book = Cast(poll, Say("First thought"));
        book.Cast(poll, PollStatus.Open, "d0", Say("Second thought"), "op-2");
        Assert.Equal(["Second thought"], book.Read(poll).Items!.Select(i => i.Text));
    }

    [Theory]
    [InlineData(new[] { "" }, ErrorCodes.EntryRequired)]
    [InlineData(new string[0], ErrorCodes.EntryRequired)]
    [InlineData(new[] { "one", "two" }, ErrorCodes.TooManyEntries)]
    public void Bad_answers_are_refused(string[] texts, string code) => Assert.Equal(code, BallotError(Wall(), Say(texts)));

    [Fact]
    public void An_answer_may_be_280_characters_but_not_281()
    {
        Assert.Equal(ErrorCodes.EntryTooLong, BallotError(Wall(), Say(new string('字', 281))));
        Assert.Single(Cast(Wall(), Say(new string('字', 280))).Ballots);
        Assert.Equal(ErrorCodes.InvalidAnswer, BallotError(Wall(), new BallotInput(Ratings: [3])));
        Assert.Equal(ErrorCodes.OptionCount, DraftError("text", options: ["A"]));
    }
}
