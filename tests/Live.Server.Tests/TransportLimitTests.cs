using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>Rate limits, origins, message sizes and idle connections, against a real server with its limits on.</summary>
public sealed class TransportLimitTests : IAsyncDisposable
{
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:CreatePerSourcePerHour"] = "3",
        ["RateLimits:VotesPerDevicePerMinute"] = "20",
        ["Security:AllowedOrigins:0"] = "https://stage.example.com",
        ["Security:ClientTimeoutSeconds"] = "5",
    });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();

    [Fact]
    public async Task One_address_may_create_only_a_few_sessions_an_hour()
    {
        for (var i = 0; i < 3; i++) await _server.CreateSessionAsync($"Session {i}");
        var refused = await _server.Http.PostAsJsonAsync("/api/sessions", new { title = "One too many" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("rate_limited", await CodeOf(refused));
        Assert.True(refused.Headers.RetryAfter is not null, "a refused client is told when to try again");
    }

    [Fact]
    public async Task A_device_that_floods_votes_is_slowed_down_and_still_holds_exactly_one_ballot()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Best city?", "single", ["Shanghai", "Shenzhen", "Chengdu"], null, true, true));
        await host.CallAsync<SessionView>("OpenPoll", "p1");
        var joined = await _server.JoinAsync(session.Code);
        // Two tabs of the same phone share one allowance.
        var tabs = new[] { await _server.ConnectAsync(joined.AttendeeToken), await _server.ConnectAsync(joined.AttendeeToken) };
        var neighbour = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            try { await tabs[i % 2].VoteAsync("p1", i % 3); return "ok"; }
            catch (HubException e) { return e.Message.Split(' ')[^1]; }
        }));

        Assert.Contains("rate_limited", outcomes);
        Assert.All(outcomes, o => Assert.True(o is "ok" or "rate_limited", o));
        Assert.True(outcomes.Count(o => o == "ok") <= 10, $"the bucket holds 20/4 = 5 votes; {outcomes.Count(o => o == "ok")} got through");
        await neighbour.VoteAsync("p1", 2); // someone else's allowance is untouched
        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal(2, results.Counts.Sum());
    }

    [Fact]
    public async Task Pages_of_other_sites_cannot_call_the_api_or_open_a_hub_connection()
    {
        var session = await _server.CreateSessionAsync();
        async Task<HttpResponseMessage> Get(string? origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}");
            if (origin is not null) request.Headers.Add("Origin", origin);
            return await _server.Http.SendAsync(request);
        }

        var foreign = await Get("https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal("origin_not_allowed", await CodeOf(foreign));
        Assert.Equal(HttpStatusCode.Forbidden, (await Get("null")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(_server.BaseAddress.GetLeftPart(UriPartial.Authority))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get("https://stage.example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(null)).StatusCode); // scripts and native clients send no Origin

        var hijack = new HubConnectionBuilder()
            .WithUrl(new Uri(_server.BaseAddress, "/hubs/live"), o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(session.HostKey);
                o.Headers["Origin"] = "https://evil.example";
            })
            .Build();
        await Assert.ThrowsAnyAsync<Exception>(() => hijack.StartAsync());
        await hijack.DisposeAsync();
    }

    [Fact]
    public async Task Oversized_messages_are_refused_and_change_nothing()
    {
        var session = await _server.CreateSessionAsync();
        var body = new StringContent(JsonSerializer.Serialize(new { title = new string('x', 100_000) }), Encoding.UTF8, "application/json");
        var tooBig = await _server.Http.PostAsync($"/api/sessions/{session.Code}/join", body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal("message_too_large", await CodeOf(tooBig));

        var host = await _server.ConnectAsync(session.HostKey);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        var huge = new PollDraft(new string('问', 40_000), "single", ["a", "b"], null, true, true);
        await Assert.ThrowsAnyAsync<Exception>(() => host.CallAsync<SessionView>("CreatePoll", huge));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var again = await _server.ConnectAsync(session.HostKey);
        Assert.Empty((await again.GetStateAsync()).Session.Polls);
    }

    [Fact]
    public async Task A_roster_file_may_be_larger_than_a_json_request()
    {
        var session = await _server.CreateSessionAsync();
        var csv = new StringBuilder("姓名,手机,公司\n");
        for (var i = 0; i < 3000; i++) csv.Append($"嘉宾{i:0000},{13900000000 + i},经销商有限公司第{i % 50}分公司\n");
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.True(body.Length > 64 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.HostKey);
        var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3000, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
    }

    [Theory]
    [InlineData(true)]  // a client that called once, then went silent
    [InlineData(false)] // a client that finished the handshake and never said anything again
    public async Task A_connection_that_goes_silent_is_closed_by_the_server(bool callsOnce)
    {
        var session = await _server.CreateSessionAsync();
        using var socket = new ClientWebSocket();
        var url = new UriBuilder(new Uri(_server.BaseAddress, "/hubs/live")) { Scheme = "ws", Query = $"access_token={session.ScreenKey}" }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None);
        await SendAsync(socket, "{\"protocol\":\"json\",\"version\":1}\u001e");
        if (callsOnce) await SendAsync(socket, "{\"type\":1,\"invocationId\":\"1\",\"target\":\"GetState\",\"arguments\":[]}\u001e");

        // Read until the server closes: it pings us, but we never answer (Security:ClientTimeoutSeconds = 5).
        var buffer = new byte[64 * 1024];
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var closed = false;
        try
        {
            while (!closed) closed = (await socket.ReceiveAsync(buffer, bound.Token)).MessageType == WebSocketMessageType.Close;
        }
        catch (WebSocketException)
        {
            closed = true; // aborted without a close frame: closed all the same
        }
        Assert.True(closed);
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);
}
