using System.Net;
using System.Net.Http.Headers;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>A nervous host's poll controls through the real hub: edit a draft, duplicate, delete (results kept), reorder.</summary>
public sealed class PollManagementHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly PollDraft Product = new("Which product? 哪款产品？", "single", ["A", "B", "C"], null, true, false);

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    private async Task<string> HostCsvAsync(CreatedSession session, string file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/{file}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_draft_is_edited_until_it_opens_and_keeps_its_checked_in_only_setting()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        var id = (await host.CallAsync<SessionView>("CreatePoll", Product)).Polls.Single().Id;
        await host.CallAsync<SessionView>("SetPollSettings", id, new PollSettings(true, false, CheckedInOnly: true));

        var edited = (await host.CallAsync<SessionView>("EditPoll", id, Product with { Question = "Which region? 哪个区域？", Kind = "multiple", Options = ["East", "West", "North"], MaxSelections = 2 }))
            .Polls.Single();
        Assert.Equal(("Which region? 哪个区域？", "multiple", 2, true), (edited.Question, edited.Kind, edited.MaxSelections, edited.CheckedInOnly));
        Assert.Equal(["East", "West", "North"], edited.Options.Select(o => o.Text));
        Assert.Equal("option_count", await Refused(host, "EditPoll", id, Product with { Options = ["only one"] }));

        await host.CallAsync<SessionView>("OpenPoll", id);
        Assert.Equal("poll_not_draft", await Refused(host, "EditPoll", id, Product));
        await host.CallAsync<SessionView>("ClosePoll", id);
        Assert.Equal("poll_not_draft", await Refused(host, "EditPoll", id, Product));
        await host.CallAsync<SessionView>("ResetPoll", id); // back to a draft: editable again
        Assert.Equal("Which product? 哪款产品？", (await host.CallAsync<SessionView>("EditPoll", id, Product)).Polls.Single().Question);
    }

    [Fact]
    public async Task A_duplicate_is_a_draft_right_after_its_poll_and_a_deleted_poll_leaves_phones_and_the_screen_but_not_the_export()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await host.CallAsync<SessionView>("CreatePoll", Product);
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Rate us", "rating", ["Content"], null, true, true, "stars5"));
        await host.CallAsync<SessionView>("SetPollSettings", "p1", new PollSettings(true, true, CheckedInOnly: true, AttendeeResults: "whenClosed"));
        await host.CallAsync<SessionView>("OpenPoll", "p1");

        var copied = await host.CallAsync<SessionView>("DuplicatePoll", "p1");
        Assert.Equal(["p1", "p3", "p2"], copied.Polls.Select(p => p.Id));
        var copy = copied.Polls[1];
        var source = copied.Polls[0];
        Assert.Equal("draft", copy.Status);
        Assert.Equal(source with { Id = "p3", Status = "draft" }, copy with { Options = source.Options, HiddenKeys = source.HiddenKeys });
        Assert.Equal(source.Options.Select(o => o.Text), copy.Options.Select(o => o.Text));

        // p2 (the rating) is on screen and deleted: the screen goes back to the join code, phones no longer list it.
        await host.CallAsync<SessionView>("OpenPoll", "p2");
        await host.CallAsync<SessionView>("ShowOnScreen", "p2");
        await phone.CallAsync<VoteAck>("Vote", new VoteRequest("p2", null, "op-1", Ratings: [4]));
        var deleted = await host.CallAsync<SessionView>("DeletePoll", "p2");
        Assert.Equal(["p1", "p3"], deleted.Polls.Select(p => p.Id));
        Assert.Equal("join", deleted.Screen.View);
        var seen = await screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Version >= deleted.Version));
        Assert.Equal("join", seen.Screen.View);
        Assert.Equal(["p1", "p3"], seen.Polls.Select(p => p.Id));
        Assert.Equal(["p1"], (await phone.GetStateAsync()).Session!.Polls.Select(p => p.Id));
        Assert.Equal("poll_not_open", await Refused(phone, "Vote", new VoteRequest("p2", null, "op-2", Ratings: [5]))); // closed on delete
        Assert.Equal("poll_not_found", await Refused(host, "OpenPoll", "p2"));
        Assert.Equal("poll_not_found", await Refused(host, "DeletePoll", "p2"));

        // A new poll never takes a deleted poll's id; the deleted one's results are still the host's.
        Assert.Equal("p4", (await host.CallAsync<SessionView>("CreatePoll", Product)).Polls[^1].Id);
        var results = await HostCsvAsync(session, "polls/p2/results.csv");
        Assert.Contains("Content", results);
        var overview = (await HostCsvAsync(session, "polls.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["p1", "p3", "p4", "p2"], overview.Skip(1).Select(l => l.Split(',')[0].Trim('"', '\uFEFF')));
        var deletedRow = overview[^1].TrimEnd('\r').Split(',').Select(c => c.Trim('"')).ToArray();
        Assert.Equal(["p2", "rating", "stars5", "Rate us", "deleted", "1"], deletedRow[..6]);
        Assert.NotEqual("", deletedRow[6]); // closed on delete: who was present then
    }

    [Fact]
    public async Task Polls_are_reordered_only_as_a_whole_and_a_resent_order_changes_nothing()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        for (var i = 0; i < 3; i++) await host.CallAsync<SessionView>("CreatePoll", Product with { Question = $"Q{i + 1}" });
        var reordered = await host.CallAsync<SessionView>("ReorderPolls", (object)new[] { "p3", "p1", "p2" });
        Assert.Equal(["Q3", "Q1", "Q2"], reordered.Polls.Select(p => p.Question));
        Assert.Equal(reordered.Version, (await host.CallAsync<SessionView>("ReorderPolls", (object)new[] { "p3", "p1", "p2" })).Version);
        foreach (var bad in new[] { new[] { "p1", "p2" }, ["p1", "p1", "p2"], ["p1", "p2", "p9"] })
            Assert.Equal("invalid_poll_order", await Refused(host, "ReorderPolls", (object)bad));
        Assert.Equal("poll_not_found", await Refused(host, "ReorderPolls", (object)new[] { "x", "p1", "p2" }));
        Assert.Equal("bad_request", await Refused(host, "ReorderPolls", [null]));

        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        foreach (var (method, args) in new (string, object?[])[] { ("EditPoll", ["p1", Product]), ("DuplicatePoll", ["p1"]), ("DeletePoll", ["p1"]), ("ReorderPolls", [new[] { "p1", "p2", "p3" }]) })
            Assert.Equal("forbidden", await Refused(phone, method, args));
    }
}
