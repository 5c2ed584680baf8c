using Live.Contracts;
using Orleans.Core.Internal;
using Orleans.Runtime;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class PollGrainTests(ClusterFixture fixture)
{
    private static int _next;

    private static PollDraft Draft(bool allowChange = true) =>
        new("Which launch?", "single", ["Phone", "Watch", "Car"], null, allowChange, true);

    private async Task<(string Code, ISessionGrain Session)> NewSessionAsync()
    {
        var code = (200_000 + Interlocked.Increment(ref _next)).ToString();
        var session = fixture.Grains.GetGrain<ISessionGrain>(code);
        Assert.True(await session.Create("Dealer conference", null));
        return (code, session);
    }

    private async Task<IPollGrain> OpenPollAsync(bool allowChange = true)
    {
        var (code, session) = await NewSessionAsync();
        var view = await session.CreatePoll(Draft(allowChange));
        var pollId = view.Polls.Single().Id;
        await session.OpenPoll(pollId);
        return fixture.Grains.GetGrain<IPollGrain>(GrainKeys.Poll(code, pollId));
    }

    [Fact]
    public async Task Concurrent_votes_from_many_devices_are_all_counted()
    {
        var poll = await OpenPollAsync();
        var acks = await Task.WhenAll(Enumerable.Range(0, 300).Select(i =>
            poll.Vote($"device-{i}", new VoteRequest("p1", [i % 3], $"op-{i}"))));

        Assert.Equal(300, acks.Length);
        var results = await poll.GetResults();
        Assert.Equal([100, 100, 100], results!.Counts);
        Assert.Equal(300, results.Voters);
    }

    [Fact]
    public async Task Acknowledged_votes_survive_deactivation()
    {
        var poll = await OpenPollAsync();
        await poll.Vote("d1", new VoteRequest("p1", [2], "op1"));
        await poll.Vote("d2", new VoteRequest("p1", [2], "op2"));

        await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var results = await poll.GetResults();
        Assert.Equal([0, 0, 2], results!.Counts);
        Assert.Equal([2], (await poll.GetBallot("d1"))!.OptionIds);
    }

    [Fact]
    public async Task Ballots_written_as_journals_and_snapshots_all_come_back_after_each_reload()
    {
        var poll = await OpenPollAsync(allowChange: true);
        var expected = new Dictionary<string, int>();
        async Task VoteRound(int devices, int round)
        {
            // Batches of 50 concurrent votes: many group commits, most of them journal writes, some snapshots.
            foreach (var batch in Enumerable.Range(0, devices).Chunk(50))
            {
                await Task.WhenAll(batch.Select(i => poll.Vote($"device-{i}", new VoteRequest("p1", [(i + round) % 3], $"op-{round}-{i}"))));
                foreach (var i in batch) expected[$"device-{i}"] = (i + round) % 3;
            }
        }
        async Task Reload() => await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        await VoteRound(200, 0);          // journal only (under the 256 minimum)
        await Reload();
        await VoteRound(700, 1);          // changes 200, adds 500: the journal outgrows its limit, a snapshot follows
        await Reload();
        await VoteRound(100, 2);          // a journal on top of that snapshot
        await Reload();

        var results = (await poll.GetResults())!;
        Assert.Equal(700, results.Voters);
        Assert.Equal(new[] { 0, 1, 2 }.Select(o => expected.Values.Count(v => v == o)), results.Counts);
        foreach (var device in new[] { "device-0", "device-99", "device-150", "device-650" })
            Assert.Equal([expected[device]], (await poll.GetBallot(device))!.OptionIds);
        // A retry of an acknowledged vote after the reloads is still recognised.
        var retry = await poll.Vote("device-650", new VoteRequest("p1", [(650 + 1) % 3], "op-1-650"));
        Assert.Equal([expected["device-650"]], retry.OptionIds);
        Assert.Equal(700, (await poll.GetResults())!.Voters);
    }

    [Fact]
    public async Task A_late_retry_of_a_replaced_vote_is_recognised_after_a_reload()
    {
        var poll = await OpenPollAsync(allowChange: true);
        await poll.Vote("d1", new VoteRequest("p1", [0], "op1"));
        await poll.Vote("d1", new VoteRequest("p1", [2], "op2"));
        await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        var ack = await poll.Vote("d1", new VoteRequest("p1", [0], "op1"));

        Assert.Equal([2], ack.OptionIds);
        Assert.Equal([0, 0, 1], (await poll.GetResults())!.Counts);
    }

    [Fact]
    public async Task A_closed_poll_refuses_votes_with_a_code_and_keeps_its_tally()
    {
        var poll = await OpenPollAsync();
        await poll.Vote("d1", new VoteRequest("p1", [0], "op1"));
        await poll.Close();

        var error = await Assert.ThrowsAsync<LiveException>(() => poll.Vote("d2", new VoteRequest("p1", [1], "op2")));
        Assert.Equal("poll_not_open", error.Code);
        Assert.Equal([1, 0, 0], (await poll.GetResults())!.Counts);
    }

    [Fact]
    public async Task The_same_device_voting_twice_concurrently_counts_once()
    {
        var poll = await OpenPollAsync(allowChange: false);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 50).Select(async _ =>
        {
            try { await poll.Vote("d1", new VoteRequest("p1", [1], "same-op")); return true; }
            catch (LiveException) { return false; }
        }));

        Assert.All(attempts, Assert.True); // a retry of the same operation is acknowledged, not refused
        Assert.Equal(1, (await poll.GetResults())!.Voters);
    }

    [Fact]
    public async Task Results_are_published_after_a_commit_and_carry_growing_versions()
    {
        var poll = await OpenPollAsync();
        var code = poll.GetPrimaryKeyString().Split('/')[0];
        await poll.Vote("d1", new VoteRequest("p1", [0], "op1"));
        await poll.Vote("d2", new VoteRequest("p1", [1], "op2"));

        var mine = ClusterFixture.Published.AllResults.Where(r => r.Code == code).Select(r => r.Results).ToList();
        Assert.Contains(mine, r => r.Voters == 2 && r.Counts.SequenceEqual([1, 1, 0]));
        Assert.Equal(mine.Select(r => r.Version).Order(), mine.Select(r => r.Version));
    }

    [Fact]
    public async Task Reset_clears_ballots_and_returns_the_poll_to_draft()
    {
        var poll = await OpenPollAsync();
        await poll.Vote("d1", new VoteRequest("p1", [0], "op1"));
        var view = await poll.Reset();

        Assert.Equal("draft", view.Status);
        Assert.Equal(0, (await poll.GetResults())!.Voters);
        Assert.Null(await poll.GetBallot("d1"));
    }
}
