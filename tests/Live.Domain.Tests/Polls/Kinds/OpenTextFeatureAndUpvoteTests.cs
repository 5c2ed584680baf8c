using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Polls.Kinds.OpenText;
using static Live.Domain.Tests.Polls.Kinds.KindTestSupport;

namespace Live.Domain.Tests.Polls.Kinds;

/// <summary>Open text: the host features one answer; phones upvote answers when the host allows it.</summary>
public class OpenTextFeatureAndUpvoteTests
{
    private static BallotInput Say(string text) => new(Texts: [text]);

    private static PollDefinition Wall(bool upvotes = true) =>
        PollDrafts.Validate(new PollDraftInput("What should we change?", "text", [], null, true, false, AllowUpvotes: upvotes));

    private static (BallotBook Book, Dictionary<string, string> Keys) Given(PollDefinition poll, params string[] answers)
    {
        var book = Cast(poll, [.. answers.Select(Say)]);
        return (book, answers.ToDictionary(a => a, KeyOf));
    }

    /// <summary>An answer's key as the wall makes it (pinned here: hosts' hidden and featured keys are stored).</summary>
    private static string KeyOf(string text) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(text.Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant())))[..16];

    private static string Refused(Action act) => Assert.Throws<RuleViolation>(act).Code;

    [Fact]
    public void The_host_features_one_answer_and_featuring_another_replaces_it()
    {
        var poll = Wall(upvotes: false);
        var (book, keys) = Given(poll, "Shorter talks", "More Q&A");
        var featured = book.Feature(poll, keys["Shorter talks"]);
        Assert.Equal(keys["Shorter talks"], featured.FeaturedKey);
        Assert.Equal(keys["More Q&A"], book.Feature(featured, keys["More Q&A"]).FeaturedKey);
        Assert.Null(book.Feature(featured, null).FeaturedKey);
    }

    [Fact]
    public void A_hidden_held_back_or_unknown_answer_cannot_be_featured()
    {
        var poll = Wall(upvotes: false);
        var (book, keys) = Given(poll, "Great venue", "badword food");
        var hidden = poll.WithHidden(keys["Great venue"], hidden: true);
        Assert.Equal(ErrorCodes.AnswerHidden, Refused(() => book.Feature(hidden, keys["Great venue"])));
        Assert.Equal(ErrorCodes.AnswerHidden, Refused(() => book.Feature(poll, keys["badword food"], new WordFilter(["badword"]))));
        Assert.Equal(ErrorCodes.AnswerNotFound, Refused(() => book.Feature(poll, "0123456789abcdef")));
        Assert.Equal(ErrorCodes.BadRequest, Refused(() => book.Feature(poll, new string('k', 81))));
    }

    [Fact]
    public void Hiding_the_featured_answer_unfeatures_it_and_the_wall_always_carries_the_featured_one()
    {
        var poll = Wall(upvotes: false);
        var answers = Enumerable.Range(0, OpenTextKind.WallSize + 5).Select(i => $"answer {i}").ToArray();
        var (book, keys) = Given(poll, answers);
        var featured = book.Feature(poll, keys["answer 0"]); // the oldest: past the wall's 100
        var items = book.Read(featured).Items!;
        Assert.Equal(OpenTextKind.WallSize + 1, items.Count);
        Assert.Equal("answer 0", items[^1].Text);
        Assert.Null(featured.WithHidden(keys["answer 0"], hidden: true).FeaturedKey);
        Assert.Equal(keys["answer 0"], featured.WithHidden(keys["answer 1"], hidden: true).FeaturedKey);
    }

    [Fact]
    public void One_upvote_per_device_per_answer_taken_back_with_up_false()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "Shorter talks");
        var key = keys["Shorter talks"];
        Assert.Equal(UpvoteOutcome.Counted, book.Upvote(poll, PollStatus.Open, "phone-a", key, up: true, "op-1"));
        Assert.Equal(UpvoteOutcome.Remembered, book.Upvote(poll, PollStatus.Open, "phone-a", key, up: true, "op-2")); // a double tap
        Assert.Equal(UpvoteOutcome.Counted, book.Upvote(poll, PollStatus.Open, "phone-b", key, up: true, "op-1"));
        Assert.Equal(2, book.Read(poll).Items![0].Upvotes);
        Assert.Equal(UpvoteOutcome.Counted, book.Upvote(poll, PollStatus.Open, "phone-a", key, up: false, "op-3"));
        Assert.Equal(1, book.Read(poll).Items![0].Upvotes);
        Assert.Equal([], book.Upvotes.Of("phone-a"));
        Assert.Equal([key], book.Upvotes.Of("phone-b"));
    }

    [Fact]
    public void A_retried_op_id_counts_once_even_after_a_later_toggle()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "Shorter talks");
        var key = keys["Shorter talks"];
        book.Upvote(poll, PollStatus.Open, "phone-a", key, up: true, "op-up");
        Assert.Equal(UpvoteOutcome.Retry, book.Upvote(poll, PollStatus.Open, "phone-a", key, up: true, "op-up"));
        book.Upvote(poll, PollStatus.Open, "phone-a", key, up: false, "op-down");
        Assert.Equal(UpvoteOutcome.Retry, book.Upvote(poll, PollStatus.Open, "phone-a", key, up: true, "op-up")); // late retry: not turned back
        Assert.Equal(0, book.Upvotes.CountOf(key));
    }

    [Fact]
    public void Upvotes_are_refused_when_off_closed_hidden_held_back_or_unknown_and_change_nothing()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "Great venue", "badword food");
        var venue = keys["Great venue"];
        Assert.Equal(ErrorCodes.UpvotesOff, Refused(() => book.Upvote(poll with { AllowUpvotes = false }, PollStatus.Open, "p", venue, true, "op")));
        Assert.Equal(ErrorCodes.PollNotOpen, Refused(() => book.Upvote(poll, PollStatus.Closed, "p", venue, true, "op")));
        Assert.Equal(ErrorCodes.PollNotOpen, Refused(() => book.Upvote(poll, PollStatus.Draft, "p", venue, true, "op")));
        Assert.Equal(ErrorCodes.AnswerHidden, Refused(() => book.Upvote(poll.WithHidden(venue, true), PollStatus.Open, "p", venue, true, "op")));
        Assert.Equal(ErrorCodes.AnswerHidden, Refused(() =>
            book.Upvote(poll, PollStatus.Open, "p", keys["badword food"], true, "op", new WordFilter(["badword"]))));
        Assert.Equal(ErrorCodes.AnswerNotFound, Refused(() => book.Upvote(poll, PollStatus.Open, "p", "0123456789abcdef", true, "op")));
        Assert.Equal(ErrorCodes.InvalidOpId, Refused(() => book.Upvote(poll, PollStatus.Open, "p", venue, true, " ")));
        Assert.Equal(ErrorCodes.BadRequest, Refused(() => book.Upvote(poll, PollStatus.Open, "p", null, true, "op")));
        Assert.Empty(book.Upvotes.Voters);
        Assert.All(book.Read(poll).Items!, i => Assert.Equal(0, i.Upvotes));
    }

    [Fact]
    public void Only_kinds_that_take_upvotes_may_turn_them_on()
    {
        Assert.Equal(ErrorCodes.UpvotesOff, Refused(() =>
            PollDrafts.Validate(new PollDraftInput("Q", "wordcloud", [], 3, true, false, AllowUpvotes: true))));
        Assert.False(Wall(upvotes: false).AllowUpvotes);
        Assert.True(Wall().ResultsVisibleToAttendees(PollStatus.Open)); // phones upvote what they see
        Assert.False(Wall(upvotes: false).ResultsVisibleToAttendees(PollStatus.Open));
    }

    [Fact]
    public void With_upvotes_on_the_wall_is_ordered_by_upvotes_then_newest_and_without_them_newest_first()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "oldest", "middle", "newest");
        book.Upvote(poll, PollStatus.Open, "a", keys["middle"], true, "1");
        book.Upvote(poll, PollStatus.Open, "b", keys["middle"], true, "1");
        book.Upvote(poll, PollStatus.Open, "a", keys["oldest"], true, "2");
        Assert.Equal(["middle", "oldest", "newest"], book.Read(poll).Items!.Select(i => i.Text));
        Assert.Equal([2, 1, 0], book.Read(poll).Items!.Select(i => i.Upvotes ?? -1));
        book.Upvote(poll, PollStatus.Open, "c", keys["newest"], true, "3");
        Assert.Equal(["middle", "newest", "oldest"], book.Read(poll).Items!.Select(i => i.Text)); // 1 and 1: newest first
        var off = poll with { AllowUpvotes = false };
        Assert.Equal(["newest", "middle", "oldest"], book.Read(off).Items!.Select(i => i.Text));
        Assert.All(book.Read(off).Items!, i => Assert.Null(i.Upvotes));
    }

    [Fact]
    public void Upvotes_survive_a_reload_and_an_answer_that_returns_gets_its_upvotes_back()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "First thought");
        book.Upvote(poll, PollStatus.Open, "phone-a", keys["First thought"], true, "op-a");
        var reloaded = new BallotBook(poll, book.Ballots, book.Upvotes.Voters);
        Assert.Equal(1, reloaded.Read(poll).Items![0].Upvotes);
        Assert.Equal(UpvoteOutcome.Retry, reloaded.Upvote(poll, PollStatus.Open, "phone-a", keys["First thought"], true, "op-a"));

        reloaded.Cast(poll, PollStatus.Open, "d0", Say("Second thought"), "op-2"); // the only giver changed their answer
        Assert.Equal(ErrorCodes.AnswerNotFound, Refused(() => reloaded.Upvote(poll, PollStatus.Open, "b", keys["First thought"], true, "op-b")));
        reloaded.Cast(poll, PollStatus.Open, "d9", Say("first thought"), "op-9");
        Assert.Equal(1, reloaded.Read(poll).Items!.Single(i => i.Key == keys["First thought"]).Upvotes);
    }

    [Fact]
    public void A_reset_clears_the_upvotes()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, "Shorter talks");
        book.Upvote(poll, PollStatus.Open, "phone-a", keys["Shorter talks"], true, "op");
        book.Clear(poll);
        Assert.Empty(book.Upvotes.Voters);
        book.Cast(poll, PollStatus.Open, "d0", Say("Shorter talks"), "op-again");
        Assert.Equal(0, book.Read(poll).Items![0].Upvotes);
    }

    [Fact]
    public void A_device_upvotes_at_most_a_hundred_answers()
    {
        var poll = Wall();
        var (book, keys) = Given(poll, [.. Enumerable.Range(0, UpvoteBook.MaxPerVoter + 1).Select(i => $"a{i}")]);
        var all = keys.Values.ToList();
        for (var i = 0; i < UpvoteBook.MaxPerVoter; i++) book.Upvote(poll, PollStatus.Open, "p", all[i], true, $"op{i}");
        Assert.Equal(ErrorCodes.TooManyIds, Refused(() => book.Upvote(poll, PollStatus.Open, "p", all[^1], true, "op-last")));
        Assert.Equal(UpvoteBook.MaxPerVoter, book.Upvotes.Of("p").Count);
    }
}
