using System.Collections.Concurrent;
using System.Diagnostics;
using Live.Contracts;
using Live.Domain.Common;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>One vote the server acknowledged: what was sent, when it was first sent, when the ack came.</summary>
public sealed record AckedVote(string OpId, int Option, TimeSpan SentAt, TimeSpan At, VoteAck Ack);

/// <summary>
/// A SignalR client through the balancer that behaves like the browser client (clients/shared/src/realtime/connection.ts):
/// reconnects forever, calls GetState after every reconnect (again until it answers), and retries a vote with the same
/// operation id until it is acknowledged.
/// </summary>
public sealed class FailoverClient : IAsyncDisposable
{
    private static readonly TimeSpan VoteTimeout = TimeSpan.FromSeconds(5); // a phone gives up waiting and retries
    private readonly Stopwatch _clock;
    private readonly CancellationToken _bound;

    private FailoverClient(string name, HubConnection connection, Stopwatch clock, CancellationToken bound)
    {
        Name = name; Connection = connection; _clock = clock; _bound = bound;
        connection.Reconnecting += _ =>
        {
            DroppedAt ??= _clock.Elapsed;
            LastDroppedAt = _clock.Elapsed;
            return Task.CompletedTask;
        };
        connection.Reconnected += _ => ResyncAsync();
        // The server may also close a connection for good (before the presence grain's outage was admitted, a node
        // that could not reach it refused the connection in OnConnectedAsync). Like the browser client, start again.
        connection.Closed += error =>
        {
            DroppedAt ??= _clock.Elapsed;
            LastDroppedAt = _clock.Elapsed;
            _ = RestartAsync();
            return Task.CompletedTask;
        };
    }

    public string Name { get; }
    public HubConnection Connection { get; }
    public TimeSpan? DroppedAt { get; private set; }
    public TimeSpan? ResyncedAt { get; private set; }
    /// <summary>When the connection last dropped (DroppedAt is the first time): for scenarios that drop it more than once.</summary>
    public TimeSpan? LastDroppedAt { get; private set; }
    private readonly List<AckedVote> _acks = [];
    /// <summary>A copy of this phone's log of acknowledged votes, oldest first.</summary>
    public IReadOnlyList<AckedVote> Acks { get { lock (_acks) return [.. _acks]; } }
    public ConcurrentQueue<string> Failures { get; } = new();
    public int Retries => Failures.Count;

    public static async Task<FailoverClient> ConnectAsync(string name, Uri balancer, string credential, Stopwatch clock, CancellationToken bound)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(balancer, "/hubs/live"), HttpTransportType.WebSockets, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                o.SkipNegotiation = false; // negotiate and WebSocket are two requests; nginx must send both to one node
            })
            .WithAutomaticReconnect(new ForeverRetry())
            .WithServerTimeout(TimeSpan.FromMinutes(2)) // see LiveServer.ConnectAsync: a kill closes the socket anyway
            .Build();
        var client = new FailoverClient(name, connection, clock, bound);
        await connection.StartAsync(bound);
        return client;
    }

    private async Task RestartAsync()
    {
        for (var attempt = 0; !_bound.IsCancellationRequested && Connection.State == HubConnectionState.Disconnected; attempt++)
        {
            try
            {
                await Connection.StartAsync(_bound);
                await ResyncAsync();
                return;
            }
            catch (Exception e) when (!_bound.IsCancellationRequested)
            {
                Failures.Enqueue("start " + Describe(e));
                await Task.Delay(ResyncDelay(attempt), _bound).ContinueWith(_ => { });
            }
        }
    }

    /// <summary>The browser client's wait between GetState attempts after a (re)connect (connection.ts, resyncDelay).</summary>
    private static TimeSpan ResyncDelay(int attempt) => TimeSpan.FromMilliseconds(attempt < 20 ? 250 : 1000);

    /// <summary>After a reconnect: GetState until it answers (a grain on the dead silo may make the first attempts fail).</summary>
    private async Task ResyncAsync()
    {
        for (var attempt = 0; !_bound.IsCancellationRequested && Connection.State == HubConnectionState.Connected; attempt++)
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_bound);
                timeout.CancelAfter(VoteTimeout);
                await Connection.InvokeAsync<LiveState>("GetState", timeout.Token);
                ResyncedAt = _clock.Elapsed;
                return;
            }
            catch (Exception e) when (!_bound.IsCancellationRequested)
            {
                Failures.Enqueue("GetState " + Describe(e));
                await Task.Delay(ResyncDelay(attempt), _bound).ContinueWith(_ => { });
            }
        }
    }

    /// <summary>
    /// GetState as a phone asks it after trouble: `unavailable` (a grain still re-activating after a failover or a
    /// Redis outage) is asked again every 0.25 s, for at most 15 s.
    /// </summary>
    public async Task<LiveState> GetStateAsync(CancellationToken token)
    {
        for (var deadline = _clock.Elapsed + TimeSpan.FromSeconds(15); ; await Task.Delay(250, token))
        {
            try
            {
                return await Connection.InvokeAsync<LiveState>("GetState", token);
            }
            catch (HubException e) when (e.Message.Contains(ErrorCodes.Unavailable) && _clock.Elapsed < deadline) { }
        }
    }

    /// <summary>Votes for option first, first+1, … (each a change), one at a time, until stopped; the vote in hand is always finished.</summary>
    public async Task VoteUntilStoppedAsync(string pollId, int first, CancellationToken stop)
    {
        for (var k = 0; !stop.IsCancellationRequested; k++)
        {
            await VoteUntilAckedAsync(pollId, (first + k) % 3);
            await Task.Delay(Random.Shared.Next(20, 80), _bound);
        }
    }

    private async Task VoteUntilAckedAsync(string pollId, int option)
    {
        var request = new VoteRequest(pollId, [option], Guid.NewGuid().ToString("N"));
        var sentAt = _clock.Elapsed;
        while (true)
        {
            _bound.ThrowIfCancellationRequested();
            if (Connection.State != HubConnectionState.Connected)
            {
                await Task.Delay(50, _bound);
                continue;
            }
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_bound);
                timeout.CancelAfter(VoteTimeout);
                var ack = await Connection.InvokeAsync<VoteAck>("Vote", request, timeout.Token);
                lock (_acks) _acks.Add(new AckedVote(request.OpId!, option, sentAt, _clock.Elapsed, ack));
                return;
            }
            catch (HubException e) when (IsRefusal(e))
            {
                throw; // the server said no (not open, bad op id…): a bug in this scenario, not something to retry
            }
            catch (Exception e) when (!_bound.IsCancellationRequested)
            {
                Failures.Enqueue("Vote " + Describe(e));
                await Task.Delay(200, _bound);
            }
        }
    }

    /// <summary>
    /// An error the server sent for this call (its message is an error code), other than unavailable. A HubException
    /// also reports the connection closing under the call ("The server closed the connection…", e.g. when the node a
    /// phone just reconnected to could not reach the presence grain on the dead silo): that one is retried like any lost call.
    /// </summary>
    private static bool IsRefusal(HubException e) =>
        System.Text.RegularExpressions.Regex.IsMatch(e.Message, "^[a-z][a-z0-9_]*$") && e.Message != ErrorCodes.Unavailable;

    private static string Describe(Exception e) => e switch
    {
        OperationCanceledException => "timeout",
        HubException h => h.Message.Contains(ErrorCodes.Unavailable) ? "unavailable" : h.Message.Contains("closed the connection") ? "connection closed" : h.Message,
        _ => e.GetType().Name,
    };

    /// <summary>Waits until a pushed results snapshot shows the tally.</summary>
    public async Task WaitForResultsAsync(string pollId, int[] counts, CancellationToken token)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Connection.On<PollResults>(nameof(ILiveClient.Results), r =>
        {
            if (r.PollId == pollId && r.Counts.SequenceEqual(counts)) seen.TrySetResult();
        });
        using var registration = token.Register(() => seen.TrySetCanceled());
        var now = (await Connection.InvokeAsync<LiveState>("GetState", token)).Results.Single(r => r.PollId == pollId);
        if (now.Counts.SequenceEqual(counts)) return;
        await seen.Task;
    }

    public async ValueTask DisposeAsync()
    {
        try { await Connection.DisposeAsync(); } catch (Exception) { }
    }

    private sealed class ForeverRetry : IRetryPolicy
    {
        // Like the browser client's backoff (0.5 s, 1 s, 2 s, then every 5 s), but starting at once: the balancer
        // sends the retry to a surviving node straight away.
        public TimeSpan? NextRetryDelay(RetryContext context) =>
            TimeSpan.FromMilliseconds(context.PreviousRetryCount == 0 ? 0 : Math.Min(5000, 250 * (1 << (int)Math.Min(context.PreviousRetryCount, 5))));
    }
}

/// <summary>
/// The phones' logs of acknowledged votes against the server, as the failover, rolling-restart and Redis-outage tests
/// reconcile them: each ack holds what was sent; each phone's ballot on the server (its own GetState) is the choice
/// of its last acknowledged vote (else it is "lost"); the tally's total above the voters is "duplicated".
/// </summary>
public static class VoteReconciliation
{
    /// <returns>The tally the acks add up to, the phones whose ballot is not their last ack, the votes counted
    /// twice, and the console's GetState.</returns>
    public static async Task<(int[] Expected, List<string> Lost, int Duplicated, LiveState HostState)> CheckAsync(
        IReadOnlyList<FailoverClient> phones, FailoverClient host, string pollId, int options, int voters, CancellationToken token)
    {
        Assert.All(phones.SelectMany(p => p.Acks), a => Assert.Equal([a.Option], a.Ack.OptionIds));
        var expected = new int[options];
        foreach (var p in phones) expected[p.Acks[^1].Option]++;
        var ballots = await Task.WhenAll(phones.Select(async p =>
            (await p.GetStateAsync(token)).MyBallots.Single(b => b.PollId == pollId).OptionIds.Single()));
        var lost = phones.Where((p, i) => ballots[i] != p.Acks[^1].Option).Select(p => p.Name).ToList();
        var hostState = await host.GetStateAsync(token);
        var duplicated = hostState.Results.Single(r => r.PollId == pollId).Counts.Sum() - voters;
        return (expected, lost, duplicated, hostState);
    }
}
