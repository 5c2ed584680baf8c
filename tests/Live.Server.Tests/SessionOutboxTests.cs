using Live.Contracts;
using Live.Server.Realtime;

namespace Live.Server.Tests;

public class SessionOutboxTests
{
    private static PollResults Results(string poll, long version, int voters) => new(poll, version, "open", [voters], voters, true);

    [Fact]
    public void A_burst_between_two_ticks_leaves_only_the_newest_snapshot_per_poll()
    {
        var outbox = new SessionOutbox();
        for (var v = 1; v <= 5000; v++) outbox.Offer(Results("p1", v, v));
        outbox.Offer(Results("p2", 3, 3));

        var batch = outbox.Take()!;
        Assert.Equal(2, batch.Results.Count);
        Assert.Equal(5000, batch.Results.Single(r => r.PollId == "p1").Voters);
        Assert.Null(outbox.Take()); // nothing is sent twice
    }

    [Fact]
    public void An_older_version_never_replaces_or_follows_a_newer_one()
    {
        var outbox = new SessionOutbox();
        outbox.Offer(Results("p1", 10, 10));
        outbox.Offer(Results("p1", 9, 9));
        Assert.Equal(10, outbox.Take()!.Results.Single().Version);

        outbox.Offer(Results("p1", 8, 8)); // arrives late, after 10 went out
        Assert.Null(outbox.Take());
    }

    [Fact]
    public void A_batch_the_backplane_could_not_publish_goes_out_again_unless_something_newer_did()
    {
        var outbox = new SessionOutbox();
        outbox.Offer(Results("p1", 7, 7));
        outbox.Offer(Results("p2", 3, 3));
        outbox.Offer(new PresenceCounts(4, 40, 0));
        var failed = outbox.Take()!; // Redis down: the publish failed

        outbox.Offer(Results("p2", 4, 4)); // p2 changed again before the next tick
        outbox.PutBack(failed);
        var again = outbox.Take()!;
        Assert.Equal([7L, 4L], again.Results.OrderBy(r => r.PollId).Select(r => r.Version)); // p1 again, p2 the newer one
        Assert.Equal(4, again.Presence!.Version);
        Assert.Null(outbox.Take());

        // A failure reported late, after newer snapshots went out: nothing older follows them (the same version
        // again is harmless, clients keep the newest).
        outbox.PutBack(failed);
        var late = outbox.Take();
        Assert.DoesNotContain(late?.Results ?? [], r => r.PollId == "p2");
        Assert.All(late?.Results ?? [], r => Assert.Equal(7, r.Version));
    }

    [Fact]
    public void After_the_backplane_was_down_the_newest_state_already_sent_goes_out_again()
    {
        var outbox = new SessionOutbox();
        outbox.Offer(Results("p1", 7, 7));
        outbox.Offer(new PresenceCounts(4, 40, 0));
        outbox.Take();
        outbox.Offer(Results("p2", 2, 2));
        outbox.Offer(new PresenceCounts(5, 39, 0));
        outbox.Take(); // both "sent", but the backplane lost them

        outbox.Offer(Results("p2", 3, 3)); // newer than what was sent: this one goes, not the replayed one
        outbox.Replay();
        var again = outbox.Take()!;
        Assert.Equal([7L, 3L], again.Results.OrderBy(r => r.PollId).Select(r => r.Version));
        Assert.Equal(5, again.Presence!.Version);
        Assert.Null(outbox.Take());
    }

    [Fact]
    public void Session_and_presence_snapshots_are_coalesced_the_same_way()
    {
        var outbox = new SessionOutbox();
        outbox.Offer(new SessionView("123456", "t", 2, new ScreenView(null, "join"), []));
        outbox.Offer(new SessionView("123456", "t", 1, new ScreenView(null, "join"), []));
        outbox.Offer(new PresenceCounts(5, 1, 0));
        outbox.Offer(new PresenceCounts(7, 2, 0));

        var batch = outbox.Take()!;
        Assert.Equal(2, batch.Session!.Version);
        Assert.Equal(7, batch.Presence!.Version);
        Assert.Empty(batch.Results);
    }
}

public class ReactionCoalescingTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void One_connection_adds_at_most_its_allowance_each_second()
    {
        var allowance = new Live.Server.Realtime.ReactionAllowance(30);
        Assert.Equal(20, allowance.Take(20, T0));
        Assert.Equal(10, allowance.Take(20, T0.AddMilliseconds(500)));
        Assert.Equal(0, allowance.Take(5, T0.AddMilliseconds(900)));
        Assert.Equal(5, allowance.Take(5, T0.AddSeconds(1)));
    }

    [Fact]
    public void Updates_waiting_for_one_tick_merge_into_newest_totals_and_summed_bursts()
    {
        var outbox = new Live.Server.Realtime.SessionOutbox();
        outbox.Offer(new ReactionsView(1, [new ReactionCount("👍", 10, 10), new ReactionCount("🎉", 0, 0)]));
        outbox.Offer(new ReactionsView(2, [new ReactionCount("👍", 15, 5), new ReactionCount("🎉", 7, 7)]));
        var sent = outbox.Take()!.Reactions!;
        Assert.Equal(2, sent.Version);
        Assert.Equal([(15L, 15L), (7L, 7L)], sent.Counts.Select(c => (c.Total, c.Burst)));
        outbox.Offer(new ReactionsView(1, [new ReactionCount("👍", 10, 10)]));
        Assert.Null(outbox.Take()); // older than what was sent: dropped
    }

    [Fact]
    public void A_comment_flood_keeps_the_newest_hundred_for_the_tick()
    {
        var outbox = new Live.Server.Realtime.SessionOutbox();
        for (var i = 1; i <= 250; i++) outbox.Offer(new CommentView($"c{i}", "666", null, "onsite", T0, "shown", false, null));
        var comments = outbox.Take()!.Comments;
        Assert.Equal(100, comments.Count);
        Assert.Equal("c151", comments[0].Id);
    }
}
