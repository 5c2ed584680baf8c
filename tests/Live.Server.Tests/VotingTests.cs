using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>Each test gets its own server (xunit makes a class instance per test).</summary>
public sealed class VotingTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<(Apis.CreatedSession Session, LiveClient Host, string PollId)> OpenPollAsync(bool allowChange = true, bool showResults = true)
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var view = await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which product do you prefer?", "single", ["Model A", "Model B", "Model C"], null, allowChange, showResults));
        var pollId = view.Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        return (session, host, pollId);
    }

    [Fact]
    public async Task Fifty_attendees_vote_and_the_host_and_screen_see_the_exact_tally()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var attendees = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
            await _server.ConnectAsync((await _server.JoinAsync(session.Code, i % 2 == 0 ? "onsite" : "online")).AttendeeToken)));

        await Task.WhenAll(attendees.Select((a, i) => a.VoteAsync(pollId, i % 5 == 0 ? 2 : i % 2)));

        // 50 votes: i%5==0 → C (10); of the other 40, even → A (20), odd → B (20).
        var expected = new[] { 20, 20, 10 };
        var final = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 50));
        Assert.Equal(expected, final.Counts);
        Assert.Equal(expected, (await host.GetStateAsync()).Results.Single().Counts);
        Assert.True(screen.Results.Count < 50, $"results must be coalesced, got {screen.Results.Count} messages for 50 votes");

        var presence = await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite + p.Online == 50));
        Assert.Equal((25, 25), (presence.Onsite, presence.Online));
        foreach (var a in attendees) await a.DisposeAsync();
    }

    [Fact]
    public async Task One_device_has_one_ballot_even_from_two_tabs()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var first = await _server.JoinAsync(session.Code);
        var second = await _server.JoinAsync(session.Code, deviceToken: first.DeviceToken); // same browser, second tab
        Assert.Equal(first.DeviceId, second.DeviceId);

        var tab1 = await _server.ConnectAsync(first.AttendeeToken);
        var tab2 = await _server.ConnectAsync(second.AttendeeToken);
        await tab1.VoteAsync(pollId, 0);
        await tab2.VoteAsync(pollId, 1); // a change from the same device, not a second ballot

        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal(1, results.Voters);
        Assert.Equal([0, 1, 0], results.Counts);
    }

    [Fact]
    public async Task A_changed_vote_moves_the_count_and_the_attendee_sees_their_ballot_after_reconnect()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var joined = await _server.JoinAsync(session.Code);
        var phone = await _server.ConnectAsync(joined.AttendeeToken);
        await phone.VoteAsync(pollId, 0);
        var ack = await phone.VoteAsync(pollId, 2);
        Assert.Equal([2], ack.OptionIds);
        await phone.DisposeAsync();

        var reloaded = await _server.ConnectAsync(joined.AttendeeToken);
        var state = await reloaded.GetStateAsync();
        Assert.Equal([2], state.MyBallots.Single().OptionIds);
        Assert.Equal([0, 0, 1], (await host.GetStateAsync()).Results.Single().Counts);
    }

    [Fact]
    public async Task Changing_a_vote_is_refused_when_the_host_forbids_it()
    {
        var (session, host, pollId) = await OpenPollAsync(allowChange: false);
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await phone.VoteAsync(pollId, 0);

        var error = await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync(pollId, 1));
        Assert.EndsWith("already_voted", error.Message);
        Assert.Equal([1, 0, 0], (await host.GetStateAsync()).Results.Single().Counts);
    }

    [Fact]
    public async Task A_closed_poll_refuses_a_vote_with_an_error_code()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await phone.VoteAsync(pollId, 1);
        await host.Connection.InvokeAsync<SessionView>("ClosePoll", pollId);

        var late = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        var error = await Assert.ThrowsAsync<HubException>(() => late.VoteAsync(pollId, 0));
        Assert.EndsWith("poll_not_open", error.Message);
        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal(("closed", 1), (results.Status, results.Voters));
    }

    [Fact]
    public async Task Attendees_see_results_only_when_the_host_allows_and_never_see_drafts()
    {
        var (session, host, pollId) = await OpenPollAsync(showResults: false);
        await host.Connection.InvokeAsync<SessionView>("CreatePoll", new PollDraft("Secret next poll", "single", ["x", "y"], null, true, true));
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);

        var state = await phone.GetStateAsync();
        Assert.Equal([pollId], state.Session.Polls.Select(p => p.Id));
        Assert.Empty(state.Results);

        await host.Connection.InvokeAsync<SessionView>("SetPollSettings", pollId, new PollSettings(true, true));
        Assert.Single((await phone.GetStateAsync()).Results);
    }

    [Fact]
    public async Task Results_kept_until_the_close_reach_phones_only_then_and_the_timing_survives_a_console_that_does_not_send_it()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var created = await host.CallAsync<SessionView>("CreatePoll",
            new PollDraft("Which product?", "single", ["A", "B"], null, true, true, AttendeeResults: "whenClosed"));
        var pollId = created.Polls.Single().Id;
        Assert.Equal("whenClosed", created.Polls.Single().AttendeeResults);
        await host.CallAsync<SessionView>("OpenPoll", pollId);
        var phones = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ => await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken)));
        foreach (var phone in phones) await phone.VoteAsync(pollId, 1);
        await host.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 3));
        Assert.Empty((await phones[0].GetStateAsync()).Results);
        Assert.DoesNotContain(phones[0].Results, r => r.PollId == pollId);

        // A console from before the setting sends PollSettings without it: the timing stays.
        var kept = await host.CallAsync<SessionView>("SetPollSettings", pollId, new PollSettings(true, true));
        Assert.Equal("whenClosed", kept.Polls.Single().AttendeeResults);

        await host.CallAsync<SessionView>("ClosePoll", pollId);
        var closed = await phones[0].WaitForAsync(c => c.Results.LastOrDefault(r => r.PollId == pollId && r.Status == "closed"));
        Assert.Equal([0, 3], closed.Counts);
        Assert.Single((await phones[1].GetStateAsync()).Results);

        // After voting (the default) is the phone's to gate: the results reach it while the poll is open.
        var second = await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Next?", "single", ["A", "B"], null, true, true));
        Assert.Equal("afterVoting", second.Polls[^1].AttendeeResults);
        Assert.EndsWith("invalid_results_timing", (await Assert.ThrowsAsync<HubException>(() =>
            host.CallAsync<SessionView>("SetPollSettings", pollId, new PollSettings(true, true, AttendeeResults: "never")))).Message);
    }

    [Fact]
    public async Task The_screen_follows_what_the_host_puts_on_it()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var screen = await _server.ConnectAsync(session.ScreenKey);
        Assert.Null((await screen.GetStateAsync()).Session.Screen.PollId);

        await host.Connection.InvokeAsync<SessionView>("ShowOnScreen", pollId);
        await screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Screen.PollId == pollId));
        await host.Connection.InvokeAsync<SessionView>("ShowOnScreen", (string?)null);
        await screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Screen.PollId is null && s.Version > 3));
    }

    [Fact]
    public async Task Reset_after_confirm_clears_the_tally()
    {
        var (session, host, pollId) = await OpenPollAsync();
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await phone.VoteAsync(pollId, 1);

        var view = await host.Connection.InvokeAsync<SessionView>("ResetPoll", pollId);
        Assert.Equal("draft", view.Polls.Single().Status);
        Assert.Equal(0, (await host.GetStateAsync()).Results.Single().Voters);
    }
}
