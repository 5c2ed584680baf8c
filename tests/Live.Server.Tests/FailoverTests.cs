using System.Diagnostics;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;
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
[Collection(ClusterProcesses.Name)]
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
            var (expected, lost, duplicated, hostState) = await VoteReconciliation.CheckAsync(phones, host, pollId, Options, Attendees, bound.Token);
            var results = hostState.Results.Single(r => r.PollId == pollId);
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
