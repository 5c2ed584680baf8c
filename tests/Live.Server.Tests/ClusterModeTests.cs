using System.Diagnostics;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// Runs only where Debian's redis-server and nginx are installed (scripts/ensure-system-packages.sh installs both,
/// so CI always runs it); elsewhere it is skipped and says why.
/// </summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        var missing = new[] { "redis-server", "nginx" }.Where(b => LiveCluster.Which(b) is null).ToList();
        if (missing.Count > 0) Skip = $"cluster tests need {string.Join(" and ", missing)} (bash scripts/ensure-system-packages.sh installs them)";
    }
}

/// <summary>One real redis-server and three real Live nodes, shared by the tests of <see cref="ClusterModeTests"/>.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    private LiveCluster? _cluster;
    public LiveCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster did not start");

    public async Task InitializeAsync()
    {
        if (LiveCluster.Which("redis-server") is null || LiveCluster.Which("nginx") is null) return; // the tests are skipped
        _cluster = await LiveCluster.StartAsync(nodes: 3);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

/// <summary>
/// Cluster mode end to end with real processes on loopback: three Live nodes on one Redis form one Orleans cluster;
/// attendees, screens and consoles on different nodes see the same session, tallies and questions (snapshots
/// cross nodes through the SignalR Redis backplane), and nginx in front keeps each connection on one node.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class ClusterModeTests(ClusterFixture fixture) : IClassFixture<ClusterFixture>
{
    private LiveCluster Cluster => fixture.Cluster;

    [ClusterFact]
    public async Task Attendees_spread_over_three_nodes_see_identical_tallies_and_questions()
    {
        var nodes = Cluster.Nodes;
        var session = await nodes[0].CreateSessionAsync("Cluster summit 集群");
        await using var host = await nodes[0].ConnectAsync(session.HostKey);
        await using var screen = await nodes[1].ConnectAsync(session.ScreenKey);
        var phones = await Task.WhenAll(Enumerable.Range(0, 60).Select(async i =>
        {
            var node = nodes[i % 3]; // phone i is on node i % 3 + 1
            return await node.ConnectAsync((await node.JoinAsync(session.Code)).AttendeeToken);
        }));
        try
        {
            var pollId = (await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Which city next year?", "single", ["Shanghai", "Lisbon", "Austin"], null, true, true))).Polls.Single().Id;
            await host.CallAsync<SessionView>("OpenPoll", pollId);

            // Every phone votes; every sixth first picks Austin and then changes its mind. What counts is each
            // phone's last acknowledged ballot.
            var acks = await Task.WhenAll(phones.Select(async (p, i) =>
            {
                if (i % 6 == 0) await p.VoteAsync(pollId, 2);
                return await p.VoteAsync(pollId, i % 10 < 5 ? 0 : i % 10 < 8 ? 1 : 2);
            }));
            var expected = new int[3];
            foreach (var ack in acks) expected[ack.OptionIds.Single()]++;
            Assert.Equal([30, 18, 12], expected);

            // What was pushed: every client, on every node, ends on the same tally.
            LiveClient[] everyone = [host, screen, .. phones];
            await Task.WhenAll(everyone.Select(c => c.WaitForAsync(x =>
                x.Results.LastOrDefault(r => r.PollId == pollId && r.Voters == 60 && r.Counts.SequenceEqual(expected)), seconds: 30)));
            Assert.All(everyone, c => Assert.Equal(expected, c.Results.Last(r => r.PollId == pollId).Counts));

            // What each node reads: GetState on every client's own node gives the same tally and the same session.
            var states = await Task.WhenAll(everyone.Select(c => c.GetStateAsync()));
            Assert.All(states, s => Assert.Equal(expected, s.Results.Single(r => r.PollId == pollId).Counts));
            Assert.Single(states.Select(s => s.Session.Version).Distinct());
            Assert.Single(states.Select(s => s.Results.Single().Version).Distinct());

            // A question asked on node 3 reaches the screen on node 2, the console on node 1 and phones everywhere.
            var asked = await phones[2].CallAsync<QuestionView>("AskQuestion", new AskRequest("Will the cluster hold? 会稳定吗？", false, Guid.NewGuid().ToString("N")));
            QnaView? Shows(LiveClient c) => c.Qna.LastOrDefault(q => q.Questions.Any(x => x.Id == asked.Id && x.Text == asked.Text));
            await Task.WhenAll(new[] { screen, host, phones[0], phones[1] }.Select(c => c.WaitForAsync(Shows, seconds: 30)));
            foreach (var node in nodes) // and each node's GetState lists it, whichever node holds the Q&A grain
            {
                await using var console = await node.ConnectAsync(session.HostKey);
                Assert.Contains((await console.GetStateAsync()).Qna.Questions, q => q.Id == asked.Id);
            }

            // Versions never go backwards on any client, whichever node the grain runs on and the client is on.
            foreach (var c in everyone)
            {
                AssertNonDecreasing(c.Results.Where(r => r.PollId == pollId).Select(r => r.Version), "results");
                AssertNonDecreasing(c.Sessions.Select(s => s.Version), "session");
                AssertNonDecreasing(c.Qna.Select(q => q.Version), "qna");
            }
        }
        finally
        {
            await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    [ClusterFact]
    public async Task Through_nginx_each_connection_negotiates_and_upgrades_on_one_node_and_every_vote_counts()
    {
        await using var nginx = await NginxBalancer.StartAsync(Cluster.Nodes.Select(n => n.BaseAddress.Port));
        using var balancer = new LiveEndpoint(nginx.BaseAddress);
        var session = await balancer.CreateSessionAsync("Behind nginx");
        await using var host = await balancer.ConnectAsync(session.HostKey);
        var pollId = (await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Coffee or tea?", "single", ["coffee", "tea"], null, true, true))).Polls.Single().Id;
        await host.CallAsync<SessionView>("OpenPoll", pollId);

        // Twenty phones join and connect through the balancer, negotiation not skipped, WebSockets only: a
        // negotiate answered by one node and a WebSocket sent to another would fail to connect.
        var phones = new List<LiveClient>();
        try
        {
            for (var i = 0; i < 20; i++) phones.Add(await balancer.ConnectAsync((await balancer.JoinAsync(session.Code)).AttendeeToken));
            Assert.All(phones, p => Assert.Equal(HubConnectionState.Connected, p.Connection.State));
            await Task.WhenAll(phones.Select((p, i) => p.VoteAsync(pollId, i % 4 == 0 ? 1 : 0)));

            var state = await host.GetStateAsync();
            Assert.Equal([15, 5], state.Results.Single().Counts);
            await host.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 20 && r.Counts.SequenceEqual([15, 5])), seconds: 30);
        }
        finally
        {
            foreach (var p in phones) await p.DisposeAsync();
        }
        await host.DisposeAsync();

        // nginx logs a WebSocket when it closes: 21 upgrades (101), spread over more than one node, so stickiness
        // was needed and worked.
        var upgrades = await nginx.WaitForLogAsync(lines => lines.Where(l => l.Contains("\"GET /hubs/live\" 101 ")).ToList(), found => found.Count >= 21);
        Assert.Equal(21, upgrades.Count);
        var upstreams = upgrades.Select(l => l[(l.LastIndexOf("-> ", StringComparison.Ordinal) + 3)..].Split(' ')[0]).Distinct().ToList();
        Assert.True(upstreams.Count >= 2, "connections should spread over the nodes, all went to " + string.Join(", ", upstreams));
    }

    private static void AssertNonDecreasing(IEnumerable<long> versions, string what)
    {
        var previous = long.MinValue;
        foreach (var v in versions)
        {
            Assert.True(v >= previous, $"{what} version went back from {previous} to {v}");
            previous = v;
        }
    }
}

/// <summary>Debian's nginx with the configuration scripts/cluster.sh writes, on a free loopback port, in a temp folder.</summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _directory;

    private NginxBalancer(ChildProcess process, string directory, Uri baseAddress)
    {
        _process = process; _directory = directory; BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<NginxBalancer> StartAsync(IEnumerable<int> upstreamPorts)
    {
        var directory = Path.Combine(Path.GetTempPath(), "live-nginx", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var port = LiveCluster.FreePort();
        var generate = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(LiveCluster.RepoRoot(), "scripts", "cluster.sh"), "nginx-conf" }
                     .Concat(upstreamPorts.Select(p => p.ToString())).Concat([port.ToString(), directory]))
            generate.ArgumentList.Add(a);
        using (var script = Process.Start(generate)!)
        {
            var error = await script.StandardError.ReadToEndAsync();
            await script.WaitForExitAsync();
            Assert.True(script.ExitCode == 0, "cluster.sh nginx-conf failed: " + error);
        }
        var url = new Uri($"http://127.0.0.1:{port}");
        var nginx = ChildProcess.Start("nginx", LiveCluster.Which("nginx")!, url,
            "-e", Path.Combine(directory, "logs", "error.log"), "-c", Path.Combine(directory, "nginx.conf"), "-p", directory + "/");
        var balancer = new NginxBalancer(nginx, directory, url);
        try
        {
            await nginx.WaitHealthyAsync(TimeSpan.FromSeconds(20));
        }
        catch
        {
            await balancer.DisposeAsync();
            throw;
        }
        return balancer;
    }

    /// <summary>Reads the access log until the condition holds on what it selects, or 15 s pass (then returns what it has).</summary>
    public async Task<T> WaitForLogAsync<T>(Func<string[], T> select, Func<T, bool> done)
    {
        var path = Path.Combine(_directory, "logs", "access.log");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var found = select(File.Exists(path) ? await File.ReadAllLinesAsync(path) : []);
            if (done(found) || DateTime.UtcNow > deadline) return found;
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync()
    {
        _process.Kill();
        try { Directory.Delete(_directory, recursive: true); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        return ValueTask.CompletedTask;
    }
}
