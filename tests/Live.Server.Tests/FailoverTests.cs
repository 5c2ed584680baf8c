using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Live.Contracts;
using Live.Domain.Common;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// A node is killed (SIGKILL, as kill -9) in the middle of a vote storm, with real processes: three Live nodes on one
/// redis-server (appendfsync always) behind nginx with the configuration scripts/cluster.sh writes. The node killed
/// is the one whose silo holds the poll grain, so the poll must re-activate on a survivor from Redis while votes are
/// in flight. Every attendee votes again and again (the poll allows changes), one vote at a time, each with a fresh
/// operation id, and retries a vote with the SAME operation id until it is acknowledged. Afterwards each device's
/// ballot on the server must be the choice of its last acknowledged vote and the tally the count of those choices:
/// nothing acknowledged lost, nothing counted twice. Times (resync, ack gap, membership) are printed, not asserted.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output)
{
    private const int Attendees = 60;
    private const int Options = 3;

    [ClusterFact]
    public async Task A_node_killed_mid_storm_loses_no_acknowledged_vote_counts_none_twice_and_every_client_resyncs()
    {
        await using var cluster = await LiveCluster.StartAsync(nodes: 3);
        await using var nginx = await NginxBalancer.StartAsync(cluster.Nodes.Select(n => n.BaseAddress.Port));
        using var balancer = new LiveEndpoint(nginx.BaseAddress);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(120)); // the whole scenario, cluster start excepted
        var clock = Stopwatch.StartNew();
        var clients = new List<FailoverClient>();
        try
        {
            await using var orleans = await OrleansProbe.StartAsync(cluster);
            var session = await balancer.CreateSessionAsync("Failover drill 故障演练");
            var host = await FailoverClient.ConnectAsync("host", nginx.BaseAddress, session.HostKey, clock, bound.Token);
            clients.Add(host);
            clients.Add(await FailoverClient.ConnectAsync("screen", nginx.BaseAddress, session.ScreenKey, clock, bound.Token));
            var phones = new List<FailoverClient>();
            for (var i = 0; i < Attendees; i++)
                phones.Add(await FailoverClient.ConnectAsync($"phone {i}", nginx.BaseAddress, (await balancer.JoinAsync(session.Code)).AttendeeToken, clock, bound.Token));
            clients.AddRange(phones);

            var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
                new PollDraft("Where should the next summit be?", "single", ["Shanghai", "Lisbon", "Austin"], null, true, true), bound.Token)).Polls.Single().Id;
            await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId, bound.Token);

            // The storm: every phone votes, waits for the ack (retrying the same op id), then votes for the next option.
            using var stop = new CancellationTokenSource();
            var storm = phones.Select((p, i) => p.VoteUntilStoppedAsync(pollId, first: i % Options, stop.Token)).ToList();

            // Mid-storm (at least 300 votes acknowledged), kill the node whose silo holds the poll grain.
            while (phones.Sum(p => p.Acks.Count) < 300) await Task.Delay(50, bound.Token);
            var pollSilo = await orleans.SiloOfAsync(GrainKeys.Poll(session.Code, pollId), bound.Token);
            var victim = cluster.SiloPorts.ToList().IndexOf(pollSilo ?? -1);
            Assert.True(victim >= 0, $"the poll grain's silo ({pollSilo}) is not one of the nodes' silos ({string.Join(", ", cluster.SiloPorts)})");
            var ackedBefore = phones.Sum(p => p.Acks.Count);
            var killedAt = clock.Elapsed;
            cluster.Processes[victim].Kill(); // SIGKILL: no goodbye to the cluster, sockets reset by the kernel
            output.WriteLine($"killed node {victim + 1} (silo port {pollSilo}, holding the poll grain) at {killedAt.TotalSeconds:F1} s, after {ackedBefore} acknowledged votes");
            var declaredDead = orleans.WaitUntilDeadAsync(cluster.SiloPorts[victim], clock, bound.Token);

            // Until every client the kill disconnected has reconnected through nginx and resynced with GetState, and
            // every phone has had three votes it sent after the kill acknowledged.
            while (!(clients.All(c => c.DroppedAt is null || c.ResyncedAt > c.DroppedAt) &&
                     phones.All(p => p.Acks.Count(a => a.SentAt > killedAt) >= 3)))
            {
                if (storm.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed; // a phone stopped on an error: say which
                if (bound.IsCancellationRequested)
                {
                    foreach (var p in phones.Where(p => p.Acks.Count(a => a.SentAt > killedAt) < 3))
                        output.WriteLine($"{p.Name}: {p.Acks.Count(a => a.SentAt > killedAt)} acks of votes sent after the kill; last failures: {string.Join(", ", p.Failures.TakeLast(5))}");
                    output.WriteLine(declaredDead.IsCompletedSuccessfully ? $"silo declared dead after {(declaredDead.Result - killedAt).TotalSeconds:F1} s" : "silo never declared dead");
                }
                await Task.Delay(50, bound.Token);
            }
            stop.Cancel();
            await Task.WhenAll(storm);
            var deadAt = await declaredDead;
            var movedTo = await orleans.SiloOfAsync(GrainKeys.Poll(session.Code, pollId), bound.Token);
            Assert.True(movedTo is { } port && port != pollSilo && cluster.SiloPorts.Contains(port), $"the poll grain is on silo {movedTo}");

            // Reconcile the attendees' log of acknowledged operations against the server.
            Assert.All(phones.SelectMany(p => p.Acks), a => Assert.Equal([a.Option], a.Ack.OptionIds)); // each ack holds what was sent
            var expected = new int[Options];
            foreach (var p in phones) expected[p.Acks[^1].Option]++;
            var ballots = await Task.WhenAll(phones.Select(async p =>
                (await p.Connection.InvokeAsync<LiveState>("GetState", bound.Token)).MyBallots.Single(b => b.PollId == pollId).OptionIds.Single()));
            var lost = phones.Where((p, i) => ballots[i] != p.Acks[^1].Option).Select(p => p.Name).ToList();
            var hostState = await host.Connection.InvokeAsync<LiveState>("GetState", bound.Token);
            var results = hostState.Results.Single(r => r.PollId == pollId);
            var duplicated = results.Counts.Sum() - Attendees;
            await host.WaitForResultsAsync(pollId, expected, bound.Token); // and the console was pushed the same tally
            var dead = await orleans.DeadSilosAsync(bound.Token);

            var dropped = clients.Where(c => c.DroppedAt is not null).ToList();
            var resync = dropped.Select(c => (c.ResyncedAt!.Value - killedAt).TotalSeconds).Order().ToList();
            // Votes acknowledged again: each phone's first acknowledged vote that it sent after the kill.
            var firstAcks = phones.Select(p => (p.Acks.First(a => a.SentAt > killedAt).At - killedAt).TotalSeconds).Order().ToList();
            var sentBeforeKill = phones.SelectMany(p => p.Acks).Where(a => a.SentAt < killedAt && a.At > killedAt).ToList();
            output.WriteLine($"votes acknowledged: {phones.Sum(p => p.Acks.Count)} ({phones.Sum(p => p.Acks.Count(a => a.At > killedAt))} after the kill); " +
                             $"attempts that failed and were retried with the same op id: {phones.Sum(p => p.Retries)} ({string.Join(", ", phones.SelectMany(p => p.Failures).GroupBy(f => f).Select(g => $"{g.Key} ×{g.Count()}"))})");
            output.WriteLine($"silo declared dead in the membership table after {(deadAt - killedAt).TotalSeconds:F1} s; the poll grain now on silo {movedTo}");
            output.WriteLine($"clients disconnected by the kill: {dropped.Count} of {clients.Count} ({string.Join(", ", dropped.Where(c => !c.Name.StartsWith("phone")).Select(c => c.Name))}" +
                             $"{(dropped.Any(c => !c.Name.StartsWith("phone")) ? " and " : "")}{dropped.Count(c => c.Name.StartsWith("phone"))} phones)");
            if (resync.Count > 0)
                output.WriteLine($"kill → resynced (reconnected through nginx and GetState answered): median {resync[resync.Count / 2]:F1} s, last {resync[^1]:F1} s");
            output.WriteLine($"kill → each phone's first acknowledged vote sent after the kill: first {firstAcks[0]:F1} s, median {firstAcks[firstAcks.Count / 2]:F1} s, last {firstAcks[^1]:F1} s");
            output.WriteLine($"votes in flight at the kill, acknowledged after it: {sentBeforeKill.Count}, waited up to {(sentBeforeKill.Count == 0 ? 0 : sentBeforeKill.Max(a => (a.At - a.SentAt).TotalSeconds)):F1} s");
            output.WriteLine($"presence after the failover (not asserted): {hostState.Presence.Onsite} onsite of {Attendees} phones connected");
            output.WriteLine($"reconcile: expected {string.Join("/", expected)}, server {string.Join("/", results.Counts)}, voters {results.Voters}; lost {lost.Count}, duplicated {duplicated}");

            Assert.Contains(dropped, c => c.Name.StartsWith("phone")); // the kill mattered to clients too
            // Faster failure detection must not cost a survivor: only the killed silo is dead in the membership table.
            Assert.Equal([cluster.SiloPorts[victim]], dead);
            Assert.Empty(lost);
            Assert.Equal(0, duplicated);
            Assert.Equal(Attendees, results.Voters);
            Assert.Equal(expected, results.Counts);
        }
        catch
        {
            foreach (var node in cluster.Processes) // the exceptions the node logged last, without their stack traces
                output.WriteLine($"--- {node.Name} (exited: {node.Process.HasExited}) ---\n" + string.Join('\n', node.Tail.Split('\n')
                    .Where(l => !l.TrimStart().StartsWith("at ")).GroupBy(l => l.Trim()).Select(g => $"{g.Count()}× {g.Key}")));
            foreach (var c in clients.Where(c => c.DroppedAt is not null && !(c.ResyncedAt > c.DroppedAt)))
                output.WriteLine($"{c.Name}: dropped at {c.DroppedAt}, not resynced; last failures: {string.Join(", ", c.Failures.TakeLast(5))}");
            throw;
        }
        finally
        {
            bound.Cancel();
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }
}

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
    /// An error the server sent for this call, other than unavailable. A HubException also reports the connection
    /// closing under the call ("The server closed the connection…", e.g. when the node a phone just reconnected to
    /// could not reach the presence grain on the dead silo): that one is retried like any lost call.
    /// </summary>
    private static bool IsRefusal(HubException e) => e.Message.Contains("on the server") && !e.Message.Contains(ErrorCodes.Unavailable);

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

/// <summary>An Orleans client of the cluster (through the nodes' gateways), to ask where a grain is and who is alive.</summary>
public sealed class OrleansProbe : IAsyncDisposable
{
    private readonly IHost _host;
    private OrleansProbe(IHost host) => _host = host;
    private IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<OrleansProbe> StartAsync(LiveCluster cluster)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => { o.ClusterId = "live"; o.ServiceId = "live"; });
                client.UseStaticClustering(cluster.GatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p)).ToArray());
                client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(3));
            })
            .Build();
        await host.StartAsync();
        return new OrleansProbe(host);
    }

    /// <summary>The silo port of the silo holding the poll grain's activation (null if none).</summary>
    public Task<int?> SiloOfAsync(string pollKey, CancellationToken token) => SiloOfAsync<IPollGrain>(pollKey, token);

    /// <summary>The silo port of the silo holding any string-keyed grain's activation (null if none), asking until an answer comes.</summary>
    public async Task<int?> SiloOfAsync<TGrain>(string key, CancellationToken token) where TGrain : IGrainWithStringKey
    {
        var grain = Client.GetGrain<TGrain>(key);
        while (true)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                return (await Client.GetGrain<IManagementGrain>(0).GetActivationAddress(grain))?.Endpoint.Port;
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                await Task.Delay(200, token);
            }
        }
    }

    /// <summary>The silo ports the membership table shows as dead, in order, asking until an answer comes.</summary>
    public async Task<int[]> DeadSilosAsync(CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                var hosts = await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false);
                return hosts.Where(h => h.Value == SiloStatus.Dead).Select(h => h.Key.Endpoint.Port).Order().ToArray();
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                await Task.Delay(200, token);
            }
        }
    }

    /// <summary>The silo ports the membership table shows as active (RedisOutageTests: nobody voted out during an outage).</summary>
    public async Task<IReadOnlyList<int>> ActiveSiloPortsAsync() =>
        (await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Where(h => h.Value == SiloStatus.Active).Select(h => h.Key.Endpoint.Port).Order().ToList();

    /// <summary>When the membership table first shows the silo as dead.</summary>
    public async Task<TimeSpan> WaitUntilDeadAsync(int siloPort, Stopwatch clock, CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                var hosts = await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false);
                if (hosts.Any(h => h.Key.Endpoint.Port == siloPort && h.Value == SiloStatus.Dead)) return clock.Elapsed;
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested) { }
            await Task.Delay(100, token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
        _host.Dispose();
    }
}
