using Live.Contracts;
using Live.Domain.Common;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class QnaGrainTests(ClusterFixture fixture)
{
    private static int _next;
    private static readonly QnaSettings ReviewFirst = new(true, true, true, false, true);

    private static string NewCode() => (300_000 + Interlocked.Increment(ref _next)).ToString();
    private IQnaGrain Qna(string code) => fixture.Grains.GetGrain<IQnaGrain>(GrainKeys.Qna(code));
    private static Poster Attendee(string device, string mode = "onsite") => new(device, "Nick " + device, mode);
    private static AskRequest Ask(string text, bool anonymous = false) => new(text, anonymous, Guid.NewGuid().ToString());

    [Fact]
    public async Task Questions_upvotes_and_moderation_survive_deactivation()
    {
        var code = NewCode();
        var qna = Qna(code);
        var asked = await qna.Ask(Attendee("d1", "online"), Ask("Will the keynote slides be shared?"));
        await qna.Upvote("d2", new UpvoteRequest(asked.Id, true, "u1"));
        await qna.Upvote("d3", new UpvoteRequest(asked.Id, true, "u2"));
        await qna.Edit(asked.Id, "Will the keynote slides be shared afterwards?");
        await qna.Move(new MoveQuestionsRequest([asked.Id], "answering"));

        await qna.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var host = (await qna.Read(host: true, null)).View;
        var q = Assert.Single(host.Questions);
        Assert.Equal(("answering", 2, "online"), (q.State, q.Votes, q.Channel));
        Assert.Equal("Will the keynote slides be shared?", q.OriginalText);
        Assert.Equal(q.Id, host.SpotlightId);
        var log = (await qna.Export()).Log;
        Assert.Equal(["asked", "edited", "moved"], log.Select(e => e.Action));
    }

    [Fact]
    public async Task Changes_after_reactivation_reach_the_views_and_the_voters_own_list()
    {
        var qna = Qna(NewCode());
        var asked = await qna.Ask(Attendee("d1"), Ask("Is there a recording?"));
        await qna.Upvote("d2", new UpvoteRequest(asked.Id, true, "u1"));
        await qna.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        // The reloaded grain must change the same questions it shows, not a second copy of them.
        await qna.Upvote("d3", new UpvoteRequest(asked.Id, true, "u2"));
        await qna.Upvote("d2", new UpvoteRequest(asked.Id, false, "u3"));
        await qna.Star(asked.Id, true);

        var host = (await qna.Read(host: true, null)).View;
        var q = Assert.Single(host.Questions);
        Assert.Equal((1, true), (q.Votes, q.Starred));
        Assert.Equal([asked.Id], (await qna.Read(host: false, "d3")).MyUpvotes);
        Assert.Empty((await qna.Read(host: false, "d2")).MyUpvotes);
    }

    [Fact]
    public async Task The_room_sees_only_public_questions_and_the_author_sees_their_own()
    {
        var qna = Qna(NewCode());
        await qna.SetSettings(ReviewFirst);
        var held = await qna.Ask(Attendee("d1"), Ask("Held until approved?"));
        Assert.Equal("pending", held.State);

        var theirs = await qna.Read(host: false, "d1");
        Assert.Empty(theirs.View.Questions);
        Assert.Equal("pending", Assert.Single(theirs.Mine).State);
        Assert.Null(theirs.View.Blocklist);
        Assert.Null(Assert.Single(theirs.Mine).DeviceId);

        await qna.Move(new MoveQuestionsRequest([held.Id], "live"));
        Assert.Single((await qna.Read(host: false, "d9")).View.Questions);
    }

    [Fact]
    public async Task Concurrent_duplicate_upvotes_from_one_device_count_once()
    {
        var qna = Qna(NewCode());
        var q = await qna.Ask(Attendee("author"), Ask("Pricing for dealers?"));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => qna.Upvote("same-device", new UpvoteRequest(q.Id, true, $"op{i}"))));
        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => qna.Upvote($"device-{i}", new UpvoteRequest(q.Id, true, $"x{i}"))));
        Assert.Equal(51, Assert.Single((await qna.Read(true, null)).View.Questions).Votes);
    }

    [Fact]
    public async Task A_ban_reaches_the_comment_path_and_the_queue()
    {
        var code = NewCode();
        var qna = Qna(code);
        var comments = fixture.Grains.GetGrain<ICommentsGrain>(GrainKeys.Comments(code));
        await comments.Send(Attendee("d1"), new CommentRequest("第一条弹幕", "c1"));
        await qna.Ban(new BanRequest("d1", "flooding the wall"));

        var refusal = await Assert.ThrowsAsync<LiveException>(() => comments.Send(Attendee("d1"), new CommentRequest("again", "c2")));
        Assert.Equal(ErrorCodes.DeviceBanned, refusal.Code);
        refusal = await Assert.ThrowsAsync<LiveException>(() => qna.Ask(Attendee("d1"), Ask("Why banned?")));
        Assert.Equal(ErrorCodes.DeviceBanned, refusal.Code);
        Assert.Equal("flooding the wall", Assert.Single((await qna.Read(true, null)).View.Bans!).Reason);
    }

    [Fact]
    public async Task A_filtered_comment_is_held_and_a_clean_one_goes_to_the_screen()
    {
        var code = NewCode();
        var comments = fixture.Grains.GetGrain<ICommentsGrain>(GrainKeys.Comments(code));
        var clean = await comments.Send(Attendee("d1"), new CommentRequest("太棒了", "c1"));
        var dirty = await comments.Send(Attendee("d2"), new CommentRequest("傻逼", "c2"));
        Assert.Equal(("shown", "pending"), (clean.State, dirty.State));
        Assert.Contains(ClusterFixture.Published.Shown, s => s.Code == code && s.Comment.Id == clean.Id);
        Assert.DoesNotContain(ClusterFixture.Published.Shown, s => s.Code == code && s.Comment.Id == dirty.Id);
        Assert.Equal(dirty.Id, Assert.Single((await comments.GetQueue()).Pending).Id);
    }

    [Fact]
    public async Task Reactions_add_up_and_ignore_emoji_outside_the_set()
    {
        var reactions = fixture.Grains.GetGrain<IReactionsGrain>(GrainKeys.Reactions(NewCode()));
        await reactions.Add([new ReactionDelta("👍", 40), new ReactionDelta("🔥", 9)]);
        await reactions.Add([new ReactionDelta("👍", 2), new ReactionDelta("🎉", 1)]);
        var view = await reactions.Get();
        Assert.Equal(42, view.Counts.Single(c => c.Emoji == "👍").Total);
        Assert.DoesNotContain(view.Counts, c => c.Emoji == "🔥");
        await reactions.SetSet(["🔥", "👍"]);
        Assert.Equal(["🔥", "👍"], (await reactions.Get()).Counts.Select(c => c.Emoji));
    }
}
