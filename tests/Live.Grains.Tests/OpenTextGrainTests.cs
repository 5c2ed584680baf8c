using Live.Contracts;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace Live.Grains.Tests;

/// <summary>The poll grain's plumbing for open text: featured answers and upvotes are durable through journals and snapshots.</summary>
[Collection(ClusterCollection.Name)]
public class OpenTextGrainTests(ClusterFixture fixture)
{
    private static int _next;

    private async Task<(ISessionGrain Session, IPollGrain Poll)> OpenWallAsync(params string[] answers)
    {
        var code = (800_000 + Interlocked.Increment(ref _next)).ToString(); // a range no other grain test uses
        var session = fixture.Grains.GetGrain<ISessionGrain>(code);
        Assert.True(await session.Create("Summit", null));
        var pollId = (await session.CreatePoll(new PollDraft("What should we change?", "text", [], null, true, false, AllowUpvotes: true))).Polls.Single().Id;
        await session.OpenPoll(pollId);
        var poll = fixture.Grains.GetGrain<IPollGrain>(GrainKeys.Poll(code, pollId));
        for (var i = 0; i < answers.Length; i++) await poll.Vote($"writer-{i}", new VoteRequest(pollId, null, $"w-{i}", Texts: [answers[i]]));
        return (session, poll);
    }

    private static async Task<Dictionary<string, ResultItem>> Wall(IPollGrain poll) =>
        (await poll.GetResults())!.Items!.ToDictionary(i => i.Text!);

    private static async Task Reload(IPollGrain poll) => await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle();

    [Fact]
    public async Task Upvotes_written_as_journals_and_snapshots_all_come_back_after_each_reload()
    {
        var (_, poll) = await OpenWallAsync("Shorter talks", "More Q&A");
        var wall = await Wall(poll);
        var (talks, qna) = (wall["Shorter talks"].Key, wall["More Q&A"].Key);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(i => poll.UpvoteAnswer($"d{i}", new("p1", talks, true, $"op-{i}")))); // journal only
        await Reload(poll);
        // 400 more voters: the journal outgrows its limit and a snapshot follows, then more journal on top of it.
        foreach (var batch in Enumerable.Range(100, 400).Chunk(50))
            await Task.WhenAll(batch.Select(i => poll.UpvoteAnswer($"d{i}", new("p1", i % 2 == 0 ? qna : talks, true, $"op-{i}"))));
        await Reload(poll);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => poll.UpvoteAnswer($"d{i}", new("p1", talks, false, $"down-{i}"))));
        await Reload(poll);

        wall = await Wall(poll);
        Assert.Equal((290, 200), (wall["Shorter talks"].Upvotes, wall["More Q&A"].Upvotes));
        Assert.Equal([qna], await poll.MyUpvotes("d100"));
        Assert.Equal([talks], await poll.MyUpvotes("d101"));
        // A retry of an acknowledged upvote after the reloads is still recognised: it does not count again.
        var retry = await poll.UpvoteAnswer("d101", new("p1", talks, true, "op-101"));
        Assert.Equal((true, 290), (retry.Up, retry.Upvotes));
        var lateRetry = await poll.UpvoteAnswer("d0", new("p1", talks, true, "op-0")); // taken back since: stays taken back
        Assert.Equal((false, 290), (lateRetry.Up, lateRetry.Upvotes));
    }

    [Fact]
    public async Task The_featured_answer_survives_a_reload_and_a_reset_clears_it_with_the_upvotes()
    {
        var (session, poll) = await OpenWallAsync("Shorter talks");
        var talks = (await Wall(poll))["Shorter talks"].Key;
        await poll.UpvoteAnswer("d1", new("p1", talks, true, "op-1"));
        var view = await session.FeatureAnswer("p1", talks);
        Assert.Equal(talks, view.Polls.Single().FeaturedKey);
        await Reload(poll);
        Assert.Equal(talks, (await poll.GetView())!.FeaturedKey);

        var reset = await session.ResetPoll("p1");
        Assert.Null(reset.Polls.Single().FeaturedKey);
        await Reload(poll);
        Assert.Empty(await poll.MyUpvotes("d1"));
        Assert.Null((await poll.GetView())!.FeaturedKey);
    }
}
