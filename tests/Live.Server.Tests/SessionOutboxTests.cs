using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Server.Realtime;

namespace Live.Server.Tests;

/// <summary>Offers pushes to an outbox the way the broadcaster does, through the helpers grains publish with.</summary>
internal sealed class OutboxPublisher : ILivePublisher
{
    public SessionOutbox Outbox { get; } = new();

    public void Publish(string code, Push push) => Outbox.Offer(PushKinds.All.Single(k => k.Name == push.Kind), push);

    /// <summary>The hosts' payloads of one kind that a tick takes, or null when nothing waits at all.</summary>
    public IReadOnlyList<T>? Take<T>(SnapshotKind<T> kind) =>
        Outbox.Take() is { } pushes ? pushes.Where(p => p.Kind == kind.Name).Select(p => (T)p.To[0].Payload!).ToList() : null;
}

public class SessionOutboxTests
{
    private static PollResults Results(string poll, long version, int voters) => new(poll, version, "open", [voters], voters, true);

    [Fact]
    public void A_burst_between_two_ticks_leaves_only_the_newest_snapshot_per_poll()
    {
        var publisher = new OutboxPublisher();
        for (var v = 1; v <= 5000; v++) publisher.Results("c", Results("p1", v, v));
        publisher.Results("c", Results("p2", 3, 3));

        var results = publisher.Take(PushKinds.Results)!;
        Assert.Equal(2, results.Count);
        Assert.Equal(5000, results.Single(r => r.PollId == "p1").Voters);
        Assert.Null(publisher.Outbox.Take()); // nothing is sent twice
    }

    [Fact]
    public void An_older_version_never_replaces_or_follows_a_newer_one()
    {
        var publisher = new OutboxPublisher();
        publisher.Results("c", Results("p1", 10, 10));
        publisher.Results("c", Results("p1", 9, 9));
        Assert.Equal(10, publisher.Take(PushKinds.Results)!.Single().Version);

        publisher.Results("c", Results("p1", 8, 8)); // arrives late, after 10 went out
        Assert.Null(publisher.Outbox.Take());
    }

    [Fact]
    public void Every_registered_kind_goes_through_the_same_slots_in_registration_order()
    {
        var publisher = new OutboxPublisher();
        publisher.Presence("c", new PresenceCounts(5, 1, 0));
        publisher.Presence("c", new PresenceCounts(7, 2, 0));
        publisher.Session(new SessionView("c", "t", 2, new ScreenView(null, "join"), []));
        publisher.Session(new SessionView("c", "t", 1, new ScreenView(null, "join"), []));

        var pushes = publisher.Outbox.Take()!;
        Assert.Equal([PushKinds.Session.Name, PushKinds.Presence.Name], pushes.Select(p => p.Kind));
        Assert.Equal([2L, 7L], pushes.Select(p => p.Version));
    }

    [Fact]
    public void A_results_snapshot_reaches_phones_only_when_the_host_lets_them_see_it()
    {
        var publisher = new OutboxPublisher();
        publisher.Results("c", Results("p1", 1, 1) with { VisibleToAttendees = false });
        publisher.Results("c", Results("p2", 1, 1));
        var pushes = publisher.Outbox.Take()!;
        Assert.Equal([Audience.Staff], pushes.Single(p => p.Key == "p1").To.Select(d => d.Audience));
        Assert.Equal([Audience.Staff, Audience.Attendees], pushes.Single(p => p.Key == "p2").To.Select(d => d.Audience));
    }

    [Fact]
    public void A_device_s_own_notices_go_to_that_device_and_each_prize_is_kept()
    {
        var publisher = new OutboxPublisher();
        publisher.Prize("c", "dev-1", new PrizeView("t1", "一等奖", 1, "Li"));
        publisher.Prize("c", "dev-1", new PrizeView("t2", "二等奖", 2, "Li"));
        publisher.MyCheckIn("c", "dev-2", null);
        var pushes = publisher.Outbox.Take()!;
        Assert.Equal(2, pushes.Count(p => p.Kind == PushKinds.MyPrize.Name));
        Assert.All(pushes, p => Assert.NotNull(p.To.Single().Audience.Device));
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
        var publisher = new OutboxPublisher();
        publisher.Reactions("c", new ReactionsView(1, [new ReactionCount("👍", 10, 10), new ReactionCount("🎉", 0, 0)]));
        publisher.Reactions("c", new ReactionsView(2, [new ReactionCount("👍", 15, 5), new ReactionCount("🎉", 7, 7)]));
        var sent = publisher.Take(PushKinds.Reactions)!.Single();
        Assert.Equal(2, sent.Version);
        Assert.Equal([(15L, 15L), (7L, 7L)], sent.Counts.Select(c => (c.Total, c.Burst)));
        publisher.Reactions("c", new ReactionsView(1, [new ReactionCount("👍", 10, 10)]));
        Assert.Null(publisher.Outbox.Take()); // older than what was sent: dropped
    }

    [Fact]
    public void A_comment_flood_keeps_the_newest_hundred_for_the_tick()
    {
        var publisher = new OutboxPublisher();
        for (var i = 1; i <= 250; i++) publisher.CommentShown("c", new CommentView($"c{i}", "666", null, "onsite", T0, "shown", false, null));
        var comments = publisher.Take(PushKinds.Comments)!.Single().Items;
        Assert.Equal(100, comments.Count);
        Assert.Equal("c151", comments[0].Id);
    }
}
