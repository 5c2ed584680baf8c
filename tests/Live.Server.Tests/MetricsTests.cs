using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Live.Contracts;
using Live.Server.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// /metrics (Prometheus text from OpenTelemetry) and the console's status endpoint, on a real server with real SignalR
/// clients. OpenTelemetry listens to every meter named "Live" in the process, so another test's server running at the
/// same time would add its calls and, worse, its gauges (a fresh server's 0 connections replaced this one's 9 in a CI
/// run): these tests run alone (<see cref="MetricsAlone"/>). Counters are still checked as "at least": servers of
/// tests that ran before may not be gone yet. The status endpoint's figures are this server's own.
/// </summary>
[Collection(MetricsAlone.Name)]
public sealed partial class MetricsTests
{
    private const int Phones = 8;

    private static async Task<(Apis.CreatedSession Session, LiveClient Host, LiveClient[] Phones)> VoteBurstAsync(LiveServer server)
    {
        var session = await server.CreateSessionAsync();
        var host = await server.ConnectAsync(session.HostKey);
        var view = await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which product?", "single", ["A", "B"], null, true, true));
        var pollId = view.Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        var phones = await Task.WhenAll(Enumerable.Range(0, Phones).Select(async _ =>
            await server.ConnectAsync((await server.JoinAsync(session.Code)).AttendeeToken)));
        await Task.WhenAll(phones.Select((p, i) => p.VoteAsync(pollId, i % 2)));
        await host.Connection.InvokeAsync<SessionView>("ClosePoll", pollId);
        var refused = await Assert.ThrowsAsync<HubException>(() => phones[0].VoteAsync(pollId, 1));
        Assert.Equal("poll_not_open", refused.Message);
        return (session, host, phones);
    }

    [Fact]
    public async Task After_a_burst_of_votes_metrics_from_loopback_show_calls_errors_acks_connections_and_built_in_series()
    {
        await using var server = new LiveServer(settings: new Dictionary<string, string?> { ["Live:Metrics:OrleansMeters"] = "true" });
        var (_, host, phones) = await VoteBurstAsync(server);

        // The snapshot tick and Orleans' own instruments report on their own schedule, after the calls: scrape until they
        // show (the exporter caches a scrape for 300 ms), within a bound, then check everything on that one scrape.
        string text;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (true)
        {
            var response = await server.Http.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
            text = await response.Content.ReadAsStringAsync();
            var settled = Value(text, "live_snapshot_ticks_total") >= 1 && Series("live_snapshot_send_duration_seconds_count").IsMatch(text)
                && text.Contains("\norleans_", StringComparison.Ordinal);
            if (settled || DateTime.UtcNow > deadline) break;
            await Task.Delay(400);
        }

        Assert.True(Value(text, "live_hub_calls_total", "method=\"Vote\"") >= Phones + 1, Excerpt(text, "live_hub_calls_total"));
        Assert.True(Value(text, "live_hub_errors_total", "method=\"Vote\"", "code=\"poll_not_open\"") >= 1, Excerpt(text, "live_hub_errors_total"));
        Assert.True(Value(text, "live_ack_duration_seconds_count", "kind=\"Vote\"") >= Phones + 1, Excerpt(text, "live_ack_duration"));
        Assert.Matches(Series("live_ack_duration_seconds_bucket", "kind=\"Vote\"", "le=\"0.1\""), text);
        Assert.Matches(Series("live_ack_duration_seconds_bucket", "kind=\"Vote\"", "le=\"\\+Inf\""), text);
        Assert.True(Value(text, "live_connections", "role=\"attendee\"") >= Phones, Excerpt(text, "live_connections"));
        Assert.True(Value(text, "live_connections", "role=\"host\"") >= 1, Excerpt(text, "live_connections"));
        Assert.True(Value(text, "live_commit_writes_total") >= 1, Excerpt(text, "live_commit"));
        Assert.True(Value(text, "live_commit_changes_total") >= Phones, Excerpt(text, "live_commit")); // each accepted vote is a change
        Assert.Matches(Series("live_commit_duration_seconds_bucket", "le=\"\\+Inf\""), text);
        Assert.True(Value(text, "live_snapshot_ticks_total") >= 1, Excerpt(text, "live_snapshot"));
        Assert.Matches(Series("live_snapshot_send_duration_seconds_count"), text);
        // No client was slow, yet the series is there (0 here, or another test server's aborts): an alert has a baseline.
        Assert.True(Value(text, "live_snapshot_slow_client_aborts_total") >= 0, Excerpt(text, "live_snapshot"));
        // Built-in meters: Kestrel's connections and ASP.NET Core's request durations, SignalR's connections, Orleans.
        Assert.Matches(Series("kestrel_active_connections"), text);
        Assert.Matches(Series("http_server_request_duration_seconds_bucket"), text);
        Assert.Matches(Series("signalr_server_active_connections"), text);
        Assert.Contains("\norleans_", text);

        foreach (var phone in phones) await phone.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task With_a_token_metrics_refuse_a_missing_or_wrong_token_and_answer_the_right_one()
    {
        await using var server = new LiveServer(settings: new Dictionary<string, string?> { ["Live:Metrics:Token"] = "scrape-me-7f3a" });

        var none = await server.Http.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode); // loopback alone is not enough once a token is set
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMetricsAsync(server, "Bearer scrape-me-7f3b")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetMetricsAsync(server, "Basic scrape-me-7f3a")).StatusCode);
        var right = await GetMetricsAsync(server, "Bearer scrape-me-7f3a");
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var text = await right.Content.ReadAsStringAsync();
        Assert.Contains("kestrel_", text);
        Assert.DoesNotContain("\norleans_", text); // Orleans' meter is opt-in (Live:Metrics:OrleansMeters)
        // A token holds from any address.
        Assert.Equal(HttpStatusCode.OK, (await GetMetricsAsync(server, "Bearer scrape-me-7f3a", forwardedFor: "203.0.113.7")).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_metrics_answer_404_to_a_caller_that_is_not_loopback()
    {
        await using var server = new LiveServer();
        // Loopback is a trusted proxy (Security:TrustedProxies), so the forwarded address becomes the caller's, as it
        // does behind nginx: a phone reaching /metrics through the proxy is not a loopback caller.
        Assert.Equal(HttpStatusCode.NotFound, (await GetMetricsAsync(server, null, forwardedFor: "203.0.113.7")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetMetricsAsync(server, null, forwardedFor: "10.1.2.3")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetMetricsAsync(server, null, forwardedFor: "127.0.0.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetMetricsAsync(server, null)).StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1", null, null, MetricsAccess.Verdict.Allowed)]
    [InlineData("::1", null, null, MetricsAccess.Verdict.Allowed)]
    [InlineData("::ffff:127.0.0.1", null, null, MetricsAccess.Verdict.Allowed)]
    [InlineData("192.168.1.20", null, null, MetricsAccess.Verdict.NotFound)]
    [InlineData("::ffff:192.168.1.20", null, null, MetricsAccess.Verdict.NotFound)]
    [InlineData(null, null, null, MetricsAccess.Verdict.NotFound)]
    [InlineData("127.0.0.1", null, "t0k", MetricsAccess.Verdict.Unauthorized)]
    [InlineData("127.0.0.1", "Bearer t0K", "t0k", MetricsAccess.Verdict.Unauthorized)]
    [InlineData("127.0.0.1", "Bearer t0k0", "t0k", MetricsAccess.Verdict.Unauthorized)]
    [InlineData("192.168.1.20", "Bearer t0k", "t0k", MetricsAccess.Verdict.Allowed)]
    [InlineData("192.168.1.20", "bearer  t0k", "t0k", MetricsAccess.Verdict.Allowed)]
    public void The_metrics_rule(string? remote, string? authorization, string? token, MetricsAccess.Verdict expected) =>
        Assert.Equal(expected, MetricsAccess.Decide(remote is null ? null : IPAddress.Parse(remote), authorization, token));

    [Fact]
    public async Task The_status_endpoint_gives_the_host_the_connected_count_and_the_last_minute_and_refuses_everyone_else()
    {
        await using var server = new LiveServer();
        var (session, host, phones) = await VoteBurstAsync(server);
        var other = await server.CreateSessionAsync();
        await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite == Phones));

        var response = await GetStatusAsync(server, session.Code, session.HostKey);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Phones, status.GetProperty("connected").GetInt32());
        Assert.Equal((Phones, 0), (status.GetProperty("onsite").GetInt32(), status.GetProperty("online").GetInt32()));
        Assert.Equal("cluster", status.GetProperty("scope").GetString());
        Assert.Equal(60, status.GetProperty("windowSeconds").GetInt32());
        Assert.Equal(Phones + 1, status.GetProperty("actions").GetInt64()); // this server's votes, the refused one included
        Assert.Equal(0, status.GetProperty("errors").GetInt64());          // a refusal is not the server's failure
        Assert.Equal(Math.Round((Phones + 1) / 60.0, 2), status.GetProperty("actionsPerSecond").GetDouble());
        Assert.True(status.GetProperty("ackP99Ms").GetDouble() > 0);
        var node = Assert.Single(status.GetProperty("nodes").EnumerateArray());
        Assert.Equal(("active", true, true, true), (node.GetProperty("status").GetString(), node.GetProperty("reporting").GetBoolean(),
            node.GetProperty("healthy").GetBoolean(), node.GetProperty("self").GetBoolean()));
        Assert.Empty(status.GetProperty("warnings").EnumerateArray()); // 9 actions: below the minimum for a latency warning
        Assert.Equal(500, status.GetProperty("thresholds").GetProperty("ackP99Ms").GetDouble());
        Assert.Equal(1, status.GetProperty("thresholds").GetProperty("errorRatePercent").GetDouble());

        await phones[0].DisposeAsync();
        await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite == Phones - 1));
        var after = JsonDocument.Parse(await (await GetStatusAsync(server, session.Code, session.HostKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(Phones - 1, after.GetProperty("connected").GetInt32());

        var attendee = (await server.JoinAsync(session.Code)).AttendeeToken;
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, null), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, "not-a-key"), HttpStatusCode.Unauthorized, "unauthorized");
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, attendee), HttpStatusCode.Forbidden, "forbidden");
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, session.ScreenKey), HttpStatusCode.Forbidden, "forbidden");
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, session.ModeratorKey), HttpStatusCode.Forbidden, "forbidden");
        await AssertRefusedAsync(await GetStatusAsync(server, session.Code, other.HostKey), HttpStatusCode.Forbidden, "forbidden");

        foreach (var phone in phones.Skip(1)) await phone.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Status_thresholds_come_from_configuration()
    {
        await using var server = new LiveServer(settings: new Dictionary<string, string?>
        {
            ["Live:Metrics:AckP99WarningMs"] = "250",
            ["Live:Metrics:ErrorRateWarningPercent"] = "2.5",
        });
        var session = await server.CreateSessionAsync();
        var status = await (await GetStatusAsync(server, session.Code, session.HostKey)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((250.0, 2.5), (status.GetProperty("thresholds").GetProperty("ackP99Ms").GetDouble(),
            status.GetProperty("thresholds").GetProperty("errorRatePercent").GetDouble()));
        Assert.Equal(JsonValueKind.Null, status.GetProperty("ackP99Ms").ValueKind); // no actions yet
        Assert.Equal(0, status.GetProperty("connected").GetInt32());
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private static Task<HttpResponseMessage> GetStatusAsync(LiveServer server, string code, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/status");
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return server.Http.SendAsync(request);
    }

    private static Task<HttpResponseMessage> GetMetricsAsync(LiveServer server, string? authorization, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        if (forwardedFor is not null) request.Headers.Add("X-Forwarded-For", forwardedFor);
        return server.Http.SendAsync(request);
    }

    /// <summary>A sample line of <paramref name="name"/> whose labels include every one of <paramref name="labels"/>.</summary>
    internal static Regex Series(string name, params string[] labels) =>
        new($"(?m)^{name}(\\{{{string.Concat(labels.Select(l => $"(?=[^}}]*{l})"))}[^}}]*\\}})?{(labels.Length == 0 ? "(\\{[^}]*\\})?" : "")} ");

    /// <summary>The largest value among the samples <see cref="Series"/> matches; -1 when there is none.</summary>
    internal static double Value(string text, string name, params string[] labels)
    {
        var line = new Regex(Series(name, labels) + "(\\S+)");
        var values = line.Matches(text).Select(m => double.Parse(m.Groups[^1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return values.Count == 0 ? -1 : values.Max();
    }

    private static string Excerpt(string text, string prefix) =>
        string.Join("\n", text.Split('\n').Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Take(20)) is { Length: > 0 } lines ? lines : text[..Math.Min(2000, text.Length)];
}

/// <summary>Test classes that read process-wide metrics: run after the parallel ones, with nothing beside them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsAlone
{
    public const string Name = "metrics alone";
}
