using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text.Json;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// One source floods the join endpoint (10,000 attempts in about 30 s: twice the 10,000-a-minute flood the join limit is meant to withstand) while 200
/// honest phones, each from its own loopback address (Linux routes all of 127/8 to loopback), join, connect and vote.
/// The per-source join limit must refuse the flood with 429 rate_limited and leave the honest room untouched.
/// </summary>
public sealed class JoinFloodTests(ITestOutputHelper output) : IAsyncDisposable
{
    private const int FloodAttempts = 10_000;
    private const int Honest = 200;
    private const int JoinLimit = 600; // RateLimits:JoinPerSourcePerMinute, the contract's default

    private readonly LiveServer _server = new(settings: new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:JoinPerSourcePerMinute"] = JoinLimit.ToString(),
    });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact(Timeout = 240_000)]
    public async Task A_join_flood_from_one_source_is_refused_and_honest_phones_elsewhere_join_and_vote()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which model?", "single", ["A", "B", "C"], null, false, true))).Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);

        var clock = Stopwatch.StartNew();
        var floodStatuses = new ConcurrentDictionary<string, int>();
        var floodSent = 0;
        var floodDeadline = TimeSpan.FromSeconds(90); // a bound, not a goal: the flood stops by count or by time
        using var attacker = Client(IPAddress.Loopback);
        var flood = Parallel.ForEachAsync(Enumerable.Range(0, FloodAttempts), new ParallelOptions { MaxDegreeOfParallelism = 24 }, async (i, ct) =>
        {
            // paced to about 20 s, so the honest phones below join in the middle of it, whatever the limiter's speed
            var due = TimeSpan.FromMilliseconds(i * 2.0);
            var wait = due - clock.Elapsed; // read the clock once: read twice, the wait can turn negative in between
            if (wait > TimeSpan.Zero) await Task.Delay(wait, ct);
            if (clock.Elapsed > floodDeadline) return;
            Interlocked.Increment(ref floodSent);
            string outcome;
            try
            {
                using var response = await attacker.PostAsJsonAsync($"/api/sessions/{session.Code}/join", new { mode = "online", nickname = $"bot{i}" }, ct);
                outcome = response.StatusCode == HttpStatusCode.OK ? "200"
                    : $"{(int)response.StatusCode} {await CodeOf(response)}{(response.Headers.RetryAfter is null ? " (no Retry-After)" : "")}";
            }
            catch (HttpRequestException e) { outcome = $"connection failed: {e.Message}"; }
            floodStatuses.AddOrUpdate(outcome, 1, (_, n) => n + 1);
        });

        // The honest phones arrive while the flood is on, a few at a time, each from its own address.
        while (floodSent < 500 && !flood.IsCompleted) await Task.Delay(20);
        var joined = new ConcurrentBag<(int Phone, Joined Joined)>();
        var refused = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Honest), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var phone = Client(Address(i));
            using var response = await phone.PostAsJsonAsync($"/api/sessions/{session.Code}/join", new { mode = i % 2 == 0 ? "onsite" : "online" }, ct);
            if (response.IsSuccessStatusCode) joined.Add((i, (await response.Content.ReadFromJsonAsync<Joined>(ct))!));
            else refused.Add($"phone {i}: {(int)response.StatusCode} {await CodeOf(response)}");
        });
        var honestJoinedBy = clock.Elapsed;
        await flood;
        var floodTime = clock.Elapsed;

        // Every honest phone that joined connects (from its own address) and votes once.
        var acked = new ConcurrentBag<int>();
        var voteFailures = new ConcurrentBag<string>();
        var connections = new ConcurrentBag<HubConnection>();
        await Parallel.ForEachAsync(joined, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (p, ct) =>
        {
            try
            {
                var connection = Hub(Address(p.Phone), p.Joined.AttendeeToken);
                connections.Add(connection);
                await connection.StartAsync(ct);
                var option = p.Phone % 3;
                var ack = await connection.InvokeAsync<VoteAck>("Vote", new VoteRequest(pollId, [option], $"vote-{p.Phone}"), ct);
                if (ack.OptionIds.SequenceEqual([option])) acked.Add(option);
                else voteFailures.Add($"phone {p.Phone}: acked {string.Join(',', ack.OptionIds)}");
            }
            catch (Exception e) { voteFailures.Add($"phone {p.Phone}: {e.GetType().Name} {e.Message}"); }
        });

        var results = (await host.GetStateAsync()).Results.Single();
        foreach (var c in connections) await c.DisposeAsync();

        output.WriteLine($"flood: {floodSent} attempts in {floodTime.TotalSeconds:F1} s: " + string.Join(", ", floodStatuses.OrderByDescending(s => s.Value).Select(s => $"{s.Key} ×{s.Value}")));
        output.WriteLine($"honest: {joined.Count}/{Honest} joined by {honestJoinedBy.TotalSeconds:F1} s (flood still on: {honestJoinedBy < floodTime}), {acked.Count} votes acked; tally {string.Join('/', results.Counts)} ({results.Voters} voters); total {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var r in refused.Take(5)) output.WriteLine($"refused: {r}");
        foreach (var f in voteFailures.Take(5)) output.WriteLine($"vote failed: {f}");

        // The flood: all sent, and apart from what the per-source allowance lets through, refused with 429 rate_limited.
        Assert.Equal(FloodAttempts, floodSent);
        var floodJoined = floodStatuses.GetValueOrDefault("200");
        var limited = floodStatuses.GetValueOrDefault("429 rate_limited");
        Assert.True(floodJoined <= 2 * JoinLimit, $"{floodJoined} of the flood's joins got through (the limit is {JoinLimit} a minute per source)");
        Assert.Equal(FloodAttempts, floodJoined + limited); // nothing else: no 5xx, no other code, a Retry-After on every 429

        // The honest room: at least 99 % joined, every join voted, every vote acked and counted, and nothing else counted.
        Assert.True(joined.Count >= Honest * 99 / 100, $"only {joined.Count} of {Honest} honest phones could join: {string.Join("; ", refused.Take(5))}");
        Assert.Empty(voteFailures);
        Assert.Equal(joined.Count, acked.Count);
        Assert.Equal(acked.Count, results.Voters);
        Assert.Equal(Enumerable.Range(0, 3).Select(o => acked.Count(a => a == o)), results.Counts);
    }

    /// <summary>127.0.0.2 … 127.0.0.201: one address per honest phone, never the flood's 127.0.0.1.</summary>
    private static IPAddress Address(int phone) => new([127, 0, 0, (byte)(2 + phone % 248)]);

    private static SocketsHttpHandler Handler(IPAddress source) => new()
    {
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    private HttpClient Client(IPAddress source) => new(Handler(source)) { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A SignalR client whose WebSocket also leaves from <paramref name="source"/>.</summary>
    private HubConnection Hub(IPAddress source, string token)
    {
        var invoker = new HttpMessageInvoker(Handler(source));
        return new HubConnectionBuilder()
            .WithUrl(new Uri(_server.BaseAddress, "/hubs/live"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");
                    await socket.ConnectAsync(context.Uri, invoker, ct);
                    return socket;
                };
            })
            .WithServerTimeout(TimeSpan.FromMinutes(2))
            .Build();
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        try { return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString(); }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or NotSupportedException) { return "(no problem body)"; }
    }
}
