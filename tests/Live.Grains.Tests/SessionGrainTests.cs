using Live.Contracts;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class SessionGrainTests(ClusterFixture fixture)
{
    private static int _next;

    private ISessionGrain NewSession() =>
        fixture.Grains.GetGrain<ISessionGrain>((300_000 + Interlocked.Increment(ref _next)).ToString());

    [Fact]
    public async Task A_code_can_be_created_only_once()
    {
        var session = NewSession();
        Assert.True(await session.Create("Summit", null));
        Assert.False(await session.Create("Another", null));
        Assert.Equal("Summit", (await session.GetView()).Title);
    }

    [Fact]
    public async Task An_unknown_session_says_so()
    {
        var error = await Assert.ThrowsAsync<LiveException>(() => NewSession().GetView());
        Assert.Equal("session_not_found", error.Code);
    }

    [Fact]
    public async Task Polls_are_listed_in_creation_order_with_their_status()
    {
        var session = NewSession();
        await session.Create("Launch", null);
        await session.CreatePoll(new PollDraft("First?", "single", ["a", "b"], null, true, false));
        await session.CreatePoll(new PollDraft("Second?", "multiple", ["a", "b", "c"], 2, true, false));
        var view = await session.OpenPoll("p2");

        Assert.Equal(["First?", "Second?"], view.Polls.Select(p => p.Question));
        Assert.Equal(["draft", "open"], view.Polls.Select(p => p.Status));
        Assert.Equal(2, view.Polls[1].MaxSelections);
        Assert.Single(view.ForAttendees().Polls); // drafts stay hidden from attendees
    }

    [Fact]
    public async Task A_bad_poll_draft_is_refused_and_the_session_is_unchanged()
    {
        var session = NewSession();
        await session.Create("Launch", null);
        var before = await session.GetView();

        var error = await Assert.ThrowsAsync<LiveException>(() =>
            session.CreatePoll(new PollDraft("Only one option?", "single", ["a"], null, true, false)));

        Assert.Equal("option_count", error.Code);
        var after = await session.GetView();
        Assert.Equal(before.Version, after.Version);
        Assert.Empty(after.Polls);
    }

    [Fact]
    public async Task The_screen_shows_a_known_poll_or_the_join_view()
    {
        var session = NewSession();
        await session.Create("Launch", null);
        await session.CreatePoll(new PollDraft("Q?", "single", ["a", "b"], null, true, false));

        Assert.Equal("p1", (await session.ShowOnScreen("p1")).Screen.PollId);
        Assert.Null((await session.ShowOnScreen(null)).Screen.PollId);
        Assert.Equal("poll_not_found", (await Assert.ThrowsAsync<LiveException>(() => session.ShowOnScreen("p9"))).Code);
    }

    [Fact]
    public async Task Structure_changes_are_published_with_growing_versions()
    {
        var session = NewSession();
        await session.Create("Launch", null);
        await session.CreatePoll(new PollDraft("Q?", "single", ["a", "b"], null, true, false));
        await session.OpenPoll("p1");
        var code = (await session.GetView()).Code;

        var versions = ClusterFixture.Published.Sessions.Where(s => s.Code == code).Select(s => s.Version).ToList();
        Assert.Equal(3, versions.Count);
        Assert.Equal(versions.Order(), versions);
    }

    [Fact]
    public async Task Rotating_a_link_moves_only_that_roles_generation_and_survives_reactivation()
    {
        var session = NewSession();
        await session.Create("Gala", null);
        Assert.Empty((await session.Access()).Generations);
        await session.RotateKey("moderator");
        await session.RotateKey("moderator");
        var access = await session.RotateKey("host");
        Assert.Equal(2, access.Generations["moderator"]);
        Assert.Equal(1, access.Generations["host"]);
        Assert.False(access.Generations.ContainsKey("screen"));
        var error = await Assert.ThrowsAsync<LiveException>(() => session.RotateKey("attendee"));
        Assert.Equal("invalid_role", error.Code);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(2, (await session.Access()).Generations["moderator"]);
    }

    [Fact]
    public async Task A_deleted_session_erases_its_parts_and_its_code_is_never_handed_out_again()
    {
        var session = NewSession();
        var code = session.GetPrimaryKeyString();
        await session.Create("Dealer conference", null);
        await session.CreatePoll(new PollDraft("Which city?", "single", ["a", "b"], null, true, false));
        await session.OpenPoll("p1");
        var poll = fixture.Grains.GetGrain<IPollGrain>(GrainKeys.Poll(code, "p1"));
        await poll.Vote("device-1", new VoteRequest("p1", [0], "op-1"));
        await session.RotateKey("host");

        await session.Delete();

        Assert.False(await session.Exists());
        Assert.False(await session.Create("Reused?", null));
        var access = await session.Access();
        Assert.False(access.Exists);
        Assert.Equal(1, access.Generations["host"]); // an old host link stays refused even for a tombstone
        Assert.Null(await poll.GetView());
        Assert.Null(await poll.GetResults());
        var error = await Assert.ThrowsAsync<LiveException>(() => session.GetView());
        Assert.Equal("session_not_found", error.Code);
        await session.Delete(); // deleting twice is harmless
    }
}
