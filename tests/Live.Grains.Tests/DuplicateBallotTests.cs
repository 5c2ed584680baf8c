using Live.Contracts;
using Orleans.Core.Internal;

namespace Live.Grains.Tests;

/// <summary>
/// 10,000 concurrent submissions for one device on one poll, mixing replays (the same op id) with new op ids and
/// different choices: the device ends with exactly one ballot, whatever the poll allows, and it survives a restart.
/// </summary>
[Collection(ClusterCollection.Name)]
public class DuplicateBallotTests(ClusterFixture fixture)
{
    private const int Submissions = 10_000;
    private static int _next;

    private async Task<IPollGrain> OpenPollAsync(bool allowChange)
    {
        var code = (700_000 + Interlocked.Increment(ref _next)).ToString(); // a range no other grain test uses
        var session = fixture.Grains.GetGrain<ISessionGrain>(code);
        Assert.True(await session.Create("Duplicate ballots", null));
        var pollId = (await session.CreatePoll(new PollDraft("Which launch?", "single", ["Phone", "Watch", "Car"], null, allowChange, true))).Polls.Single().Id;
        await session.OpenPoll(pollId);
        return fixture.Grains.GetGrain<IPollGrain>(GrainKeys.Poll(code, pollId));
    }

    /// <summary>Every 4th submission replays op "replay" (always option 1); the rest are new ops for options 0–2.</summary>
    private static VoteRequest Submission(int i) => i % 4 == 0
        ? new VoteRequest("p1", [1], "replay")
        : new VoteRequest("p1", [i % 3], $"op-{i}");

    private static async Task<(List<VoteAck> Acks, List<string> Refusals)> FloodAsync(IPollGrain poll)
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Submissions).Select(async i =>
        {
            try { return (Ack: await poll.Vote("one-device", Submission(i)), Code: (string?)null); }
            catch (LiveException e) { return (Ack: (VoteAck?)null, Code: e.Code); }
        }));
        return (outcomes.Where(o => o.Ack is not null).Select(o => o.Ack!).ToList(), outcomes.Where(o => o.Code is not null).Select(o => o.Code!).ToList());
    }

    [Fact]
    public async Task Ten_thousand_concurrent_duplicates_add_one_ballot_when_a_ballot_cannot_change()
    {
        var poll = await OpenPollAsync(allowChange: false);
        var (acks, refusals) = await FloodAsync(poll);

        Assert.Equal(Submissions, acks.Count + refusals.Count);
        Assert.All(refusals, code => Assert.Equal("already_voted", code));
        var accepted = Assert.Single(acks.Select(a => string.Join(',', a.OptionIds)).Distinct()); // one ballot, told to everyone it acked
        Assert.True(acks.Count(a => a.OpId == "replay") == Submissions / 4 || acks.All(a => a.OpId != "replay"),
            "the replayed op is acknowledged every time or never (it is the same submission)");

        var results = (await poll.GetResults())!;
        Assert.Equal(1, results.Voters);
        Assert.Equal(1, results.Counts.Sum());
        Assert.Equal(accepted, string.Join(',', (await poll.GetBallot("one-device"))!.OptionIds));

        await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle(); // what was stored says the same
        Assert.Equal(results.Counts, (await poll.GetResults())!.Counts);
        Assert.Equal(1, (await poll.GetResults())!.Voters);
    }

    [Fact]
    public async Task Ten_thousand_concurrent_changes_leave_one_ballot_when_a_ballot_can_change()
    {
        var poll = await OpenPollAsync(allowChange: true);
        var (acks, refusals) = await FloodAsync(poll);

        Assert.Empty(refusals); // changing is allowed, so every submission is acknowledged
        Assert.Equal(Submissions, acks.Count);
        var results = (await poll.GetResults())!;
        Assert.Equal(1, results.Voters);
        Assert.Equal(1, results.Counts.Sum()); // one ballot, wherever it ended up
        var held = (await poll.GetBallot("one-device"))!.OptionIds.Single();
        Assert.Equal(1, results.Counts[held]);

        await poll.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        Assert.Equal(results.Counts, (await poll.GetResults())!.Counts);
    }
}
