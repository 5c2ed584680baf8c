using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>Each test gets its own server (xunit makes a class instance per test).</summary>
public sealed class BadInputTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("code").GetString();
    }

    [Theory]
    [InlineData("", "title_required")]
    [InlineData("   ", "title_required")]
    [InlineData(null, "title_required")]
    public async Task Empty_titles_get_a_problem_with_a_code(string? title, string code)
    {
        var response = await _server.Http.PostAsJsonAsync("/api/sessions", new { title });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(code, await CodeOf(response));
    }

    [Fact]
    public async Task An_oversized_title_is_refused()
    {
        var response = await _server.Http.PostAsJsonAsync("/api/sessions", new { title = new string('x', 121) });
        Assert.Equal("title_too_long", await CodeOf(response));
    }

    [Theory]
    [InlineData("{\"title\":")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"title\":42}")]
    public async Task Malformed_json_is_a_bad_request(string body)
    {
        var response = await _server.Http.PostAsync("/api/sessions", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("bad_request", await CodeOf(response));
    }

    [Fact]
    public async Task Unknown_and_malformed_session_codes_are_told_apart()
    {
        Assert.Equal("session_not_found", await CodeOf(await _server.Http.GetAsync("/api/sessions/999999")));
        Assert.Equal("invalid_session_code", await CodeOf(await _server.Http.GetAsync("/api/sessions/abc")));
        // Codes never start with 0 (SessionRules.NewCode), but such a code is six digits: not found, not malformed.
        var zero = await _server.Http.GetAsync("/api/sessions/012345");
        Assert.Equal((HttpStatusCode.NotFound, "session_not_found"), (zero.StatusCode, await CodeOf(zero)));
        var zeroJoin = await _server.Http.PostAsJsonAsync("/api/sessions/012345/join", new { mode = "onsite" });
        Assert.Equal((HttpStatusCode.NotFound, "session_not_found"), (zeroJoin.StatusCode, await CodeOf(zeroJoin)));
        var join = await _server.Http.PostAsJsonAsync("/api/sessions/999999/join", new { mode = "onsite" });
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
    }

    [Fact]
    public async Task Join_checks_mode_and_nickname()
    {
        var session = await _server.CreateSessionAsync();
        Assert.Equal("invalid_mode", await CodeOf(await _server.Http.PostAsJsonAsync($"/api/sessions/{session.Code}/join", new { mode = "moon" })));
        Assert.Equal("nickname_too_long", await CodeOf(await _server.Http.PostAsJsonAsync($"/api/sessions/{session.Code}/join", new { mode = "online", nickname = new string('n', 33) })));
    }

    [Fact]
    public async Task Every_nickname_the_server_accepts_gives_a_token_that_connects()
    {
        // 32 emoji families are 32 characters but 352 UTF-16 units: a token carrying them would be longer than a
        // credential may be, and the phone would join and then be refused (401). The join must refuse the nickname instead.
        var session = await _server.CreateSessionAsync();
        var family = "👨‍👩‍👧‍👦";
        Assert.Equal("nickname_too_long", await CodeOf(await _server.Http.PostAsJsonAsync($"/api/sessions/{session.Code}/join",
            new { mode = "online", nickname = string.Concat(Enumerable.Repeat(family, 32)) })));
        foreach (var nickname in new[] { string.Concat(Enumerable.Repeat(family, 11)), "<\"'&>".PadRight(32, '<'), new string('字', 32) })
        {
            var joined = await _server.JoinAsync(session.Code, nickname: nickname);
            Assert.Equal(nickname, joined.Nickname);
            await using var phone = await _server.ConnectAsync(joined.AttendeeToken);
        }
    }

    [Fact]
    public async Task A_forged_or_missing_credential_cannot_connect()
    {
        var session = await _server.CreateSessionAsync();
        var forged = session.HostKey[..^2] + (session.HostKey.EndsWith("AA") ? "BB" : "AA");
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _server.ConnectAsync(forged));
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => _server.ConnectAsync(""));
    }

    [Fact]
    public async Task Attendees_and_screens_cannot_call_host_methods()
    {
        var session = await _server.CreateSessionAsync();
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var draft = new PollDraft("Rigged?", "single", ["yes", "no"], null, true, true);

        await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<SessionView>("CreatePoll", draft));
        await Assert.ThrowsAsync<HubException>(() => screen.Connection.InvokeAsync<SessionView>("CreatePoll", draft));
        await Assert.ThrowsAsync<HubException>(() => screen.VoteAsync("p1", 0));
        Assert.Empty((await screen.GetStateAsync()).Session.Polls);
    }

    [Fact]
    public async Task Bad_polls_and_bad_votes_get_codes_and_change_nothing()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);

        async Task<string> HostError(string method, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => host.Connection.InvokeCoreAsync<SessionView>(method, args))).Message;

        Assert.EndsWith("question_required", await HostError("CreatePoll", new PollDraft("", "single", ["a", "b"], null, true, true)));
        Assert.EndsWith("option_too_long", await HostError("CreatePoll", new PollDraft("Q", "single", ["a", new string('b', 81)], null, true, true)));
        Assert.EndsWith("option_count", await HostError("CreatePoll", new PollDraft("Q", "single", Enumerable.Range(0, 13).Select(i => $"o{i}").ToArray(), null, true, true)));
        Assert.EndsWith("bad_request", await HostError("CreatePoll", new object?[] { null }));
        Assert.EndsWith("poll_not_found", await HostError("OpenPoll", "p42"));
        Assert.EndsWith("poll_not_found", await HostError("OpenPoll", "../../etc"));
        Assert.Empty((await host.GetStateAsync()).Session.Polls);

        var view = await host.Connection.InvokeAsync<SessionView>("CreatePoll", new PollDraft("Q", "multiple", ["a", "b", "c"], 2, true, true));
        var pollId = view.Polls.Single().Id;
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        Assert.EndsWith("poll_not_open", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync(pollId, 0))).Message);
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);

        Assert.EndsWith("invalid_option", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync(pollId, 7))).Message);
        Assert.EndsWith("too_many_selections", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync(pollId, 0, 1, 2))).Message);
        Assert.EndsWith("no_selection", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync(pollId))).Message);
        Assert.EndsWith("poll_not_found", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync("p9", 0))).Message);
        Assert.EndsWith("invalid_op_id", (await Assert.ThrowsAsync<HubException>(() =>
            phone.Connection.InvokeAsync<VoteAck>("Vote", new VoteRequest(pollId, [0], null)))).Message);
        var malformed = await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<VoteAck>("Vote", "not a ballot"));
        // SignalR's own refusals reach clients as codes too (ErrorCodeProtocol).
        Assert.Equal("bad_request", malformed.Message);
        Assert.Equal("bad_request", (await Assert.ThrowsAsync<HubException>(() => phone.Connection.InvokeAsync<VoteAck>("NoSuchMethod", 1, 2, 3))).Message);

        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal(0, results.Voters);
        Assert.Equal([0, 0, 0], results.Counts);
        Assert.Equal(HubConnectionState.Connected, phone.Connection.State); // bad input does not cost the connection
    }
}
