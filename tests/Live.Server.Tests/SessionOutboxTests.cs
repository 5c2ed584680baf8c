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
