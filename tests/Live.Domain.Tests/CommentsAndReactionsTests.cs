using Live.Domain.Comments;
using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Reactions;
using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class CommentsAndReactionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private readonly RateGate _gate = new(TimeSpan.FromSeconds(3));
    private readonly CommentStream _stream = new();

    private Comment Send(ModerationPolicy policy, string device, string text, DateTimeOffset at, string? op = null) =>
        _stream.Send(policy, _gate, device, "Nick", AttendanceMode.Online, text, op ?? Guid.NewGuid().ToString(), at);

    [Fact]
    public void A_clean_comment_is_shown_at_once_and_a_filtered_one_is_held()
    {
        Assert.Equal(CommentState.Shown, Send(ModerationPolicy.Default, "d1", "666 太精彩了", T0).State);
        var held = Send(ModerationPolicy.Default, "d2", "傻逼", T0);
        Assert.Equal(CommentState.Pending, held.State);
        Assert.True(held.Flagged);
        Assert.Equal([held.Id], _stream.Pending.Select(c => c.Id));
    }

    [Fact]
    public void Review_first_for_comments_holds_every_comment_until_approved_and_review_first_for_questions_does_not()
    {
        var questionsOnly = ModerationPolicy.Default with { Settings = new ModerationSettings(ReviewFirst: true) };
        Assert.Equal(CommentState.Shown, Send(questionsOnly, "d0", "Flowing", T0).State);

        var policy = ModerationPolicy.Default with { Settings = new ModerationSettings(CommentsReviewFirst: true) };
        var c = Send(policy, "d1", "Hello room", T0);
        Assert.Equal(CommentState.Pending, c.State);
        var (approved, changed) = _stream.Moderate([c.Id], approve: true);
        Assert.True(changed);
        Assert.Equal(CommentState.Shown, Assert.Single(approved).State);
        Assert.Empty(_stream.Pending);
        Assert.Equal(ErrorCodes.CommentNotFound, Assert.Throws<RuleViolation>(() => _stream.Moderate([c.Id], true)).Code);
    }

    [Fact]
    public void Comments_have_their_own_rate_limit_and_refuse_repeats_bans_and_off()
    {
        Send(ModerationPolicy.Default, "d1", "first", T0);
        Assert.Equal(ErrorCodes.RateLimited, Assert.Throws<RuleViolation>(() => Send(ModerationPolicy.Default, "d1", "second", T0.AddSeconds(2))).Code);
        Assert.Equal(ErrorCodes.DuplicateText, Assert.Throws<RuleViolation>(() => Send(ModerationPolicy.Default, "d1", "FIRST", T0.AddSeconds(5))).Code);
        Assert.Equal(ErrorCodes.TextTooLong, Assert.Throws<RuleViolation>(() => Send(ModerationPolicy.Default, "d9", new string('好', 61), T0)).Code);
        var off = ModerationPolicy.Default with { Settings = new ModerationSettings(CommentsEnabled: false) };
        Assert.Equal(ErrorCodes.CommentsOff, Assert.Throws<RuleViolation>(() => Send(off, "d2", "hi", T0)).Code);
        var banned = ModerationPolicy.Default.WithBan("d3", "flooding", T0);
        Assert.Equal(ErrorCodes.DeviceBanned, Assert.Throws<RuleViolation>(() => Send(banned, "d3", "hi", T0)).Code);
        Assert.Equal(1, _stream.LastNumber);
    }

    [Fact]
    public void A_retried_comment_is_sent_once()
    {
        var a = Send(ModerationPolicy.Default, "d1", "retry me", T0, op: "o1");
        var b = Send(ModerationPolicy.Default, "d1", "retry me", T0.AddSeconds(1), op: "o1");
        Assert.Equal(a, b);
        Assert.Equal(1, _stream.LastNumber);
    }

    [Fact]
    public void Reaction_sets_take_one_to_eight_distinct_emoji()
    {
        Assert.Equal(ReactionSet.Default, ReactionSet.Validate(["👍", "❤️", "👏", "😂", "🎉"]));
        Assert.Equal(["🔥"], ReactionSet.Validate(["🔥"]));
        foreach (var bad in new[] { Array.Empty<string>(), ["👍", "👍"], ["a"], ["👍👍"], ["<script>"], Enumerable.Repeat("🔥", 9).ToArray(),
                     ["👍", "\uFFFD"], ["\uD83D"], ["\uDC4D"] }) // a lone surrogate arrives as U+FFFD, an "OtherSymbol"
            Assert.Equal(ErrorCodes.InvalidReactionSet, Assert.Throws<RuleViolation>(() => ReactionSet.Validate(bad)).Code);
    }

    [Theory]
    [InlineData("👍", 0)]
    [InlineData("👍", 51)]
    [InlineData("🔥", 1)]
    [InlineData(null, 1)]
    public void A_reaction_outside_the_set_or_count_is_refused(string? emoji, int count) =>
        Assert.Equal(ErrorCodes.InvalidReaction, Assert.Throws<RuleViolation>(() => ReactionSet.RequireValid(ReactionSet.Default, emoji, count)).Code);

    [Fact]
    public void Blocklists_are_cleaned_and_bounded()
    {
        Assert.Equal(["竞品", "acme"], ModerationPolicy.CleanBlocklist([" 竞品 ", "", "acme", "ACME", null]));
        Assert.Equal(ErrorCodes.BlocklistTooLong, Assert.Throws<RuleViolation>(() => ModerationPolicy.CleanBlocklist([new string('x', 41)])).Code);
        Assert.Equal(ErrorCodes.ReasonTooLong, Assert.Throws<RuleViolation>(() => ModerationPolicy.Default.WithBan("d", new string('r', 201), T0)).Code);
    }
}
