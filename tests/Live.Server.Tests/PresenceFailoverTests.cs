using System.Diagnostics;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// Presence (the onsite/online counts on the console) when a node dies (SIGKILL, as kill -9), with real processes:
/// three Live nodes on one redis-server, 60 phones spread over them, the console on a node that survives. The count
/// the console is pushed, and the one GetState answers, must come back to the phones actually connected: after the
/// node holding the presence grain dies (every surviving node restores its share into the new activation), and after
/// a node not holding it dies (its connections are dropped, its phones that do not come back no longer count).
/// Each scenario is bounded at 90 s after the cluster started; the time to correct counts is printed, not asserted.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class PresenceFailoverTests(ITestOutputHelper output)
{
    private const int Phones = 60;
    private static readonly TimeSpan Scenario = TimeSpan.FromSeconds(90);

    [ClusterFact]
    public async Task After_the_node_holding_presence_dies_the_console_counts_every_phone_connected()
    {
        await using var cluster = await LiveCluster.StartAsync(nodes: 3);
        await using var nginx = await NginxBalancer.StartAsync(cluster.Nodes.Select(n => n.BaseAddress.Port));
        using var balancer = new LiveEndpoint(nginx.BaseAddress);
        using var bound = new CancellationTokenSource(Scenario);
        var clock = Stopwatch.StartNew();
        var clients = new List<FailoverClient>();
        try
        {
            await using var orleans = await OrleansProbe.StartAsync(cluster);
            var session = await balancer.CreateSessionAsync("Presence drill 在场演练");
            // Phones through nginx (spread over the nodes by their credential); those on the killed node come back
            // through it to a survivor, as browsers do.
            var phones = new List<FailoverClient>();
            for (var i = 0; i < Phones; i++)
                phones.Add(await FailoverClient.ConnectAsync($"phone {i}", nginx.BaseAddress, (await balancer.JoinAsync(session.Code)).AttendeeToken, clock, bound.Token));
            clients.AddRange(phones);

            var presenceSilo = await orleans.SiloOfAsync<IPresenceGrain>(GrainKeys.Presence(session.Code), bound.Token);
            var victim = cluster.SiloPorts.ToList().IndexOf(presenceSilo ?? -1);
            Assert.True(victim >= 0, $"the presence grain's silo ({presenceSilo}) is not one of the nodes' silos");
            var consoleNode = (victim + 1) % 3;
            var console = await PresenceConsole.ConnectAsync(cluster.Nodes[consoleNode].BaseAddress, session.HostKey, clock, bound.Token);
            clients.Add(console.Client);
            output.WriteLine($"{Phones} phones through nginx (spread by its hash on each credential) by {clock.Elapsed.TotalSeconds:F1} s; presence grain on node {victim + 1}, console on node {consoleNode + 1}");

            await console.WaitUntilCountsAsync(() => Phones, bound.Token);
            var killedAt = clock.Elapsed;
            cluster.Processes[victim].Kill();
            var declaredDead = orleans.WaitUntilDeadAsync(cluster.SiloPorts[victim], clock, bound.Token);

            var correctAt = await console.WaitUntilCountsAsync(() => phones.Count(p => p.Connection.State == HubConnectionState.Connected), bound.Token);
            var movedTo = await orleans.SiloOfAsync<IPresenceGrain>(GrainKeys.Presence(session.Code), bound.Token);
            var dropped = phones.Count(p => p.DroppedAt is not null);
            output.WriteLine($"killed node {victim + 1} (holding the presence grain); {dropped} phones were on it and reconnected through nginx");
            output.WriteLine(declaredDead.IsCompletedSuccessfully ? $"declared dead after {(declaredDead.Result - killedAt).TotalSeconds:F1} s" : "not yet declared dead in the table");
            output.WriteLine($"kill → console shows and GetState answers {Phones} onsite (steady): {(correctAt - killedAt).TotalSeconds:F1} s; presence grain now on silo port {movedTo}");

            Assert.True(dropped > 0, "no phone was on the killed node");
            Assert.Equal(Phones, phones.Count(p => p.Connection.State == HubConnectionState.Connected));
            Assert.Equal(Phones, console.Shown!.Onsite);
            Assert.Equal(Phones, (await console.StateAsync(bound.Token)).Onsite);
        }
        catch
        {
            DumpNodes(cluster);
            throw;
        }
        finally
        {
            bound.Cancel();
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    [ClusterFact]
    public async Task A_node_that_dies_drops_out_of_the_counts_with_its_phones_that_do_not_come_back()
    {
        await using var cluster = await LiveCluster.StartAsync(nodes: 3);
        using var bound = new CancellationTokenSource(Scenario);
        var clock = Stopwatch.StartNew();
        var clients = new List<FailoverClient>();
        try
        {
            await using var orleans = await OrleansProbe.StartAsync(cluster);
            var session = await cluster.Nodes[0].CreateSessionAsync("Presence drill 在场演练");
            // 20 phones on each node, each straight to its node (no balancer): the killed node's phones cannot come
            // back on their own. Half of them do come back, on a survivor (a new connection, the same device).
            var phones = new List<(FailoverClient Client, int Node, string Credential)>();
            for (var i = 0; i < Phones; i++)
            {
                var node = i % 3;
                var credential = (await cluster.Nodes[node].JoinAsync(session.Code)).AttendeeToken;
                phones.Add((await FailoverClient.ConnectAsync($"phone {i}", cluster.Nodes[node].BaseAddress, credential, clock, bound.Token), node, credential));
            }
            clients.AddRange(phones.Select(p => p.Client));

            var presenceSilo = await orleans.SiloOfAsync<IPresenceGrain>(GrainKeys.Presence(session.Code), bound.Token);
            var holder = cluster.SiloPorts.ToList().IndexOf(presenceSilo ?? -1);
            Assert.True(holder >= 0, $"the presence grain's silo ({presenceSilo}) is not one of the nodes' silos");
            var victim = (holder + 1) % 3;
            var survivor = (holder + 2) % 3;
            var console = await PresenceConsole.ConnectAsync(cluster.Nodes[survivor].BaseAddress, session.HostKey, clock, bound.Token);
            clients.Add(console.Client);
            await console.WaitUntilCountsAsync(() => Phones, bound.Token);

            var killedAt = clock.Elapsed;
            cluster.Processes[victim].Kill();
            var declaredDead = orleans.WaitUntilDeadAsync(cluster.SiloPorts[victim], clock, bound.Token);
            var onVictim = phones.Where(p => p.Node == victim).ToList();
            foreach (var p in onVictim) await p.Client.DisposeAsync(); // these browser tabs are closed for good…
            var back = new List<FailoverClient>();
            foreach (var p in onVictim.Take(onVictim.Count / 2)) // …and half of the phones open the link again, on a survivor
                back.Add(await FailoverClient.ConnectAsync(p.Client.Name + " again", cluster.Nodes[survivor].BaseAddress, p.Credential, clock, bound.Token));
            clients.AddRange(back);
            var expected = Phones - onVictim.Count + back.Count;

            var correctAt = await console.WaitUntilCountsAsync(
                () => phones.Where(p => p.Node != victim).Count(p => p.Client.Connection.State == HubConnectionState.Connected) +
                      back.Count(c => c.Connection.State == HubConnectionState.Connected), bound.Token);
            output.WriteLine($"killed node {victim + 1} (not holding the presence grain, which is on node {holder + 1}) with {onVictim.Count} phones; {back.Count} came back on node {survivor + 1}");
            output.WriteLine(declaredDead.IsCompletedSuccessfully ? $"declared dead after {(declaredDead.Result - killedAt).TotalSeconds:F1} s" : "not yet declared dead in the table");
            output.WriteLine($"kill → console shows and GetState answers {expected} onsite (steady): {(correctAt - killedAt).TotalSeconds:F1} s");

            Assert.Equal(40, Phones - onVictim.Count);
            Assert.Equal(expected, console.Shown!.Onsite);
            Assert.Equal(expected, (await console.StateAsync(bound.Token)).Onsite);
        }
        catch
        {
            DumpNodes(cluster);
            throw;
        }
        finally
        {
            bound.Cancel();
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    private void DumpNodes(LiveCluster cluster)
    {
        foreach (var node in cluster.Processes) // the lines the node logged last, without stack traces
            output.WriteLine($"--- {node.Name} (exited: {node.Process.HasExited}) ---\n" + string.Join('\n', node.Tail.Split('\n')
                .Where(l => !l.TrimStart().StartsWith("at ")).GroupBy(l => l.Trim()).Select(g => $"{g.Count()}× {g.Key}")));
    }

    /// <summary>A host console: keeps the newest presence counts it is pushed and asks GetState.</summary>
    private sealed class PresenceConsole
    {
        private readonly Lock _lock = new();
        private readonly Stopwatch _clock;
        private PresenceCounts? _shown;
        private string? _lastError;

        private PresenceConsole(FailoverClient client, Stopwatch clock)
        {
            Client = client; _clock = clock;
            client.Connection.On<PresenceCounts>(nameof(ILiveClient.Presence), p =>
            {
                lock (_lock) if (_shown is null || p.Version > _shown.Version) _shown = p;
            });
        }

        public FailoverClient Client { get; }
        /// <summary>What the console shows: the newest counts (by version) it was pushed or read with GetState.</summary>
        public PresenceCounts? Shown { get { lock (_lock) return _shown; } }

        public static async Task<PresenceConsole> ConnectAsync(Uri node, string hostKey, Stopwatch clock, CancellationToken bound) =>
            new(await FailoverClient.ConnectAsync("console", node, hostKey, clock, bound), clock);

        /// <summary>GetState's counts; like the browser console, it shows them unless a newer version was pushed.</summary>
        public async Task<PresenceCounts> StateAsync(CancellationToken token)
        {
            var counts = (await Client.Connection.InvokeAsync<LiveState>("GetState", token)).Presence;
            lock (_lock) if (_shown is null || counts.Version > _shown.Version) _shown = counts;
            return counts;
        }

        /// <summary>
        /// Until both the pushed counts and GetState equal <paramref name="connected"/> (read each time), twice in a
        /// row 3 s apart: longer than a sync tick and a departure check, so a late ghost or a late drop would show.
        /// Returns when they first were equal. Throws when the bound passes, saying what the console saw.
        /// </summary>
        public async Task<TimeSpan> WaitUntilCountsAsync(Func<int> connected, CancellationToken bound)
        {
            TimeSpan? since = null;
            while (true)
            {
                var expected = connected();
                PresenceCounts? state = null;
                try { state = await StateAsync(bound); }
                catch (Exception e) { _lastError = e.GetType().Name + ": " + e.Message; }
                if (bound.IsCancellationRequested)
                    throw new TimeoutException($"counts never settled: {expected} phones connected, console shows {Shown?.Onsite}, GetState {state?.Onsite} (last error: {_lastError})");
                var equal = Client.Connection.State == HubConnectionState.Connected && state?.Onsite == expected && Shown?.Onsite == expected;
                if (!equal) since = null;
                else if (since is null) since = _clock.Elapsed;
                else if (_clock.Elapsed - since >= TimeSpan.FromSeconds(3)) return since.Value;
                await Task.Delay(equal ? 1000 : 200, bound).ContinueWith(_ => { });
            }
        }
    }
}
