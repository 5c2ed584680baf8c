using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Qna;
using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class QuestionQueueTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly RateGate _gate = new(TimeSpan.FromSeconds(10));

    private static AskInput From(string device, string text, bool anonymous = false, string? op = null, AttendanceMode mode = AttendanceMode.Onsite) =>
        new(device, "Nick-" + device, mode, text, anonymous, op ?? Guid.NewGuid().ToString());

    private static QuestionQueue Queue(ModerationSettings? settings = null) =>
        new(ModerationPolicy.Default with { Settings = settings ?? new ModerationSettings() });

    [Fact]
    public void A_queue_rebuilt_from_a_lazy_source_changes_the_questions_it_lists()
    {
        // Like a grain's stored state: each enumeration builds new Question objects.
        var stored = Enumerable.Range(1, 1).Select(n => new Question { Number = n, Text = "Recording?", Channel = AttendanceMode.Online, State = QuestionState.Live, DeviceId = "d1", OpId = "o1", CreatedAt = T0, UpdatedAt = T0 });
        var queue = new QuestionQueue(ModerationPolicy.Default, stored);

        queue.Upvote("d2", "q1", up: true);

        Assert.Equal(1, Assert.Single(queue.Questions).Votes);
    }

    [Fact]
    public void Publishes_at_once_by_default_and_holds_for_review_when_asked()
    {
        Assert.Equal(QuestionState.Live, Queue().Ask(From("d1", "When is launch?"), _gate, T0).State);
        var held = Queue(new ModerationSettings(ReviewFirst: true)).Ask(From("d1", "When is launch?"), new RateGate(TimeSpan.Zero), T0);
        Assert.Equal(QuestionState.Pending, held.State);
        Assert.False(held.Flagged);
        // Holding 弹幕 for review leaves questions flowing.
        Assert.Equal(QuestionState.Live, Queue(new ModerationSettings(CommentsReviewFirst: true)).Ask(From("d1", "When is launch?"), new RateGate(TimeSpan.Zero), T0).State);
    }

    [Fact]
    public void A_filter_match_is_held_and_flagged_even_when_publishing_at_once()
    {
        var q = Queue().Ask(From("d1", "主持人是傻逼"), _gate, T0);
        Assert.Equal(QuestionState.Pending, q.State);
        Assert.True(q.Flagged);
    }

    [Fact]
    public void Anonymous_questions_hide_the_author_and_can_be_forbidden()
    {
        var q = Queue().Ask(From("d1", "Salary?", anonymous: true), _gate, T0);
        Assert.Null(q.Author);
        var closed = Queue(new ModerationSettings(AllowAnonymous: false));
        Assert.Equal(ErrorCodes.AnonymousNotAllowed, Assert.Throws<RuleViolation>(() => closed.Ask(From("d1", "Salary?", anonymous: true), _gate, T0)).Code);
        Assert.Empty(closed.Questions);
    }

    [Theory]
    [InlineData("", ErrorCodes.TextRequired)]
    [InlineData("   ", ErrorCodes.TextRequired)]
    public void Empty_text_is_refused(string text, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolation>(() => Queue().Ask(From("d1", text), _gate, T0)).Code);

    [Fact]
    public void Over_long_text_is_refused_and_300_characters_of_Chinese_fit()
    {
        var queue = Queue();
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<RuleViolation>(() => queue.Ask(From("d1", new string('问', 301)), _gate, T0)).Code);
        Assert.Equal(300, queue.Ask(From("d1", new string('问', 300)), _gate, T0).Text.Length);
    }

    [Fact]
    public void Rate_limit_duplicates_and_bans_refuse_without_changing_anything()
    {
        var queue = Queue();
        queue.Ask(From("d1", "First?"), _gate, T0);
        Assert.Equal(ErrorCodes.RateLimited, Assert.Throws<RuleViolation>(() => queue.Ask(From("d1", "Second?"), _gate, T0.AddSeconds(9))).Code);
        Assert.Equal(ErrorCodes.DuplicateText, Assert.Throws<RuleViolation>(() => queue.Ask(From("d2", "first?"), _gate, T0)).Code);
        queue.Policy = queue.Policy.WithBan("d3", "spam", T0);
        Assert.Equal(ErrorCodes.DeviceBanned, Assert.Throws<RuleViolation>(() => queue.Ask(From("d3", "Hi?"), _gate, T0)).Code);
        Assert.Single(queue.Questions);
        Assert.Equal("Second?", queue.Ask(From("d1", "Second?"), _gate, T0.AddSeconds(10)).Text);
    }

    [Fact]
    public void A_retried_ask_with_the_same_op_id_asks_once()
    {
        var queue = Queue();
        var first = queue.Ask(From("d1", "Once?", op: "op-1"), _gate, T0);
        var again = queue.Ask(From("d1", "Once?", op: "op-1"), _gate, T0.AddSeconds(1));
        Assert.Same(first, again);
        Assert.Single(queue.Questions);
    }

    [Fact]
    public void Upvotes_count_once_per_device_and_can_be_taken_back()
    {
        var queue = Queue();
        var q = queue.Ask(From("d1", "Roadmap?"), _gate, T0);
        Assert.True(queue.Upvote("d2", q.Id, up: true));
        Assert.False(queue.Upvote("d2", q.Id, up: true));
        queue.Upvote("d3", q.Id, up: true);
        Assert.Equal(2, q.Votes);
        Assert.True(queue.Upvote("d2", q.Id, up: false));
        Assert.Equal(1, q.Votes);
        Assert.Equal([q.Id], queue.UpvotedBy("d3"));
    }

    [Fact]
    public void Pending_and_dismissed_questions_take_no_upvotes()
    {
        var queue = Queue(new ModerationSettings(ReviewFirst: true));
        var q = queue.Ask(From("d1", "Held?"), _gate, T0);
        Assert.Equal(ErrorCodes.QuestionNotOpen, Assert.Throws<RuleViolation>(() => queue.Upvote("d2", q.Id, true)).Code);
        Assert.Equal(ErrorCodes.QuestionNotFound, Assert.Throws<RuleViolation>(() => queue.Upvote("d2", "q99", true)).Code);
    }

    [Fact]
    public void Any_state_moves_to_any_other_and_every_move_is_logged()
    {
        var queue = Queue(new ModerationSettings(ReviewFirst: true));
        var q = queue.Ask(From("d1", "Move me"), _gate, T0);
        foreach (var to in new[] { "live", "answering", "answered", "dismissed", "pending", "live" })
            queue.Move([q.Id], to, T0.AddMinutes(1));
        Assert.Equal(QuestionState.Live, q.State);
        Assert.Equal(["pending>live", "live>answering", "answering>answered", "answered>dismissed", "dismissed>pending", "pending>live"],
            queue.Log.Where(e => e.Action == "moved").Select(e => $"{e.From}>{e.To}"));
    }

    [Fact]
    public void Answering_a_new_question_finishes_the_previous_one()
    {
        var queue = Queue();
        var a = queue.Ask(From("d1", "A?"), _gate, T0);
        var b = queue.Ask(From("d2", "B?"), _gate, T0);
        queue.Move([a.Id], "answering", T0);
        queue.Move([b.Id], "answering", T0);
        Assert.Equal(QuestionState.Answered, a.State);
        Assert.Same(b, queue.Spotlight);
        Assert.Equal(ErrorCodes.InvalidQuestionState, Assert.Throws<RuleViolation>(() => queue.Move([a.Id, b.Id], "answering", T0)).Code);
    }

    [Fact]
    public void A_bulk_move_with_one_unknown_id_changes_nothing()
    {
        var queue = Queue(new ModerationSettings(ReviewFirst: true));
        var q = queue.Ask(From("d1", "Bulk?"), _gate, T0);
        Assert.Equal(ErrorCodes.QuestionNotFound, Assert.Throws<RuleViolation>(() => queue.Move([q.Id, "q42"], "live", T0)).Code);
        Assert.Equal(ErrorCodes.InvalidQuestionState, Assert.Throws<RuleViolation>(() => queue.Move([q.Id], "archived", T0)).Code);
        Assert.Equal(QuestionState.Pending, q.State);
    }

    [Fact]
    public void Editing_keeps_the_authors_original_once()
    {
        var queue = Queue();
        var q = queue.Ask(From("d1", "Whne is lunch?"), _gate, T0);
        queue.Edit(q.Id, "When is lunch?", T0);
        queue.Edit(q.Id, "When is lunch served?", T0);
        Assert.Equal("When is lunch served?", q.Text);
        Assert.Equal("Whne is lunch?", q.OriginalText);
        Assert.Equal(2, queue.Log.Count(e => e.Action == "edited"));
    }

    [Fact]
    public void Public_order_is_votes_then_oldest_with_the_spotlight_first_and_no_pending()
    {
        var queue = Queue();
        var gate = new RateGate(TimeSpan.Zero);
        var old = queue.Ask(From("d1", "Old"), gate, T0);
        var young = queue.Ask(From("d2", "Young"), gate, T0.AddMinutes(1));
        var popular = queue.Ask(From("d3", "Popular"), gate, T0.AddMinutes(2));
        var answering = queue.Ask(From("d4", "Answering"), gate, T0.AddMinutes(3));
        var hidden = queue.Ask(From("d5", "Hidden"), gate, T0.AddMinutes(4));
        queue.Upvote("x", popular.Id, true);
        queue.Upvote("y", popular.Id, true);
        queue.Upvote("x", young.Id, true);
        queue.Upvote("x", old.Id, true);
        queue.Move([answering.Id], "answering", T0);
        queue.Move([hidden.Id], "dismissed", T0);
        Assert.Equal(["Answering", "Popular", "Old", "Young"], QuestionOrder.PublicTop(queue.Questions, 10).Select(q => q.Text));
        Assert.Equal(2, QuestionOrder.PublicTop(queue.Questions, 2).Count);
    }
}
