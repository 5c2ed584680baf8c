using System.Collections.Concurrent;
using System.Diagnostics;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// A rolling upgrade, with real processes: three Live nodes on one redis-server behind nginx (the configuration
/// scripts/cluster.sh writes). During a vote storm (op ids, retries with the same op id until acknowledged, as in
/// <see cref="FailoverTests"/>) each node in turn is stopped the way a service manager stops it (SIGTERM: graceful
/// shutdown, the silo leaves the cluster and its grains deactivate) and started again on the same ports and data
/// folder, as a new version would be; the next node goes only when the restarted one answers /healthz and every
/// client has resynced. Afterwards: no acknowledged vote lost or counted twice; the session, a question, a check-in,
/// the console, moderator and screen keys and the attendees' tokens issued before all still work; no version went
/// backwards. Bound: 180 s for the scenario (cluster start excepted); it takes about a minute here. Times are printed.
/// </summary>
[Collection(ClusterProcesses.Name)]
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    private const int Attendees = 30;
    private const int Options = 3;
    // Under the host's 30 s shutdown timeout: a node still running then was held by connections it should have closed
    // (before ShutdownDrain every SIGTERM took 30-31 s; with it 1-4 s here).
    private static readonly TimeSpan ShutdownBound = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    [ClusterFact]
    public async Task Each_node_stopped_with_SIGTERM_and_started_again_in_turn_loses_no_acknowledged_vote_and_keeps_every_key_question_and_check_in()
    {
        await using var cluster = await LiveCluster.StartAsync(nodes: 3);
        await using var nginx = await NginxBalancer.StartAsync(cluster.Nodes.Select(n => n.BaseAddress.Port));
        using var balancer = new LiveEndpoint(nginx.BaseAddress);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        var clock = Stopwatch.StartNew();
        var clients = new List<FailoverClient>();
        try
        {
            // Before the upgrade: a session with a question, a walk-in check-in and an open poll.
            var session = await balancer.CreateSessionAsync("Rolling upgrade 滚动升级");
            var host = await FailoverClient.ConnectAsync("host", nginx.BaseAddress, session.HostKey, clock, bound.Token);
            clients.Add(host);
            clients.Add(await FailoverClient.ConnectAsync("screen", nginx.BaseAddress, session.ScreenKey, clock, bound.Token));
            var phones = new List<FailoverClient>();
            var tokens = new List<string>();
            for (var i = 0; i < Attendees; i++)
            {
                tokens.Add((await balancer.JoinAsync(session.Code)).AttendeeToken);
                phones.Add(await FailoverClient.ConnectAsync($"phone {i}", nginx.BaseAddress, tokens[^1], clock, bound.Token));
            }
            clients.AddRange(phones);
            var versions = RecordVersions(host.Connection);

            var question = await phones[0].Connection.InvokeAsync<QuestionView>("AskQuestion",
                new AskRequest("Will the upgrade drop my vote? 升级会丢票吗？", false, Guid.NewGuid().ToString("N")), bound.Token);
            await host.Connection.InvokeAsync<CheckInView>("SetCheckInSettings", new CheckInSettings(true, false), bound.Token);
            var checkIn = await phones[1].Connection.InvokeAsync<CheckInResult>("CheckIn",
                new CheckInRequest(null, "路人甲", null, true, Guid.NewGuid().ToString("N")), bound.Token);
            var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
                new PollDraft("Upgrade tonight?", "single", ["now", "later", "never"], null, true, true), bound.Token)).Polls.Single().Id;
            await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId, bound.Token);
            var before = await host.Connection.InvokeAsync<LiveState>("GetState", bound.Token);

            using var stop = new CancellationTokenSource();
            var storm = phones.Select((p, i) => p.VoteUntilStoppedAsync(pollId, first: i % Options, stop.Token)).ToList();
            async Task WaitAsync(Func<bool> done)
            {
                while (!done())
                {
                    if (storm.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed; // a phone stopped on an error: say which
                    await Task.Delay(50, bound.Token);
                }
            }

            // One node at a time: SIGTERM, wait for the exit, start again, wait for /healthz, then for every client the
            // stop disconnected to resync and every phone to have two votes acknowledged that it sent after the start.
            await WaitAsync(() => phones.Sum(p => p.Acks.Count) >= 100);
            var restarts = new List<(TimeSpan Stopped, TimeSpan Exited, TimeSpan Healthy)>();
            for (var node = 0; node < cluster.Nodes.Count; node++)
            {
                var stoppedAt = clock.Elapsed;
                var exitCode = await cluster.Processes[node].TerminateAsync(ShutdownBound);
                var exitedAt = clock.Elapsed;
                Assert.Equal(0, exitCode); // a graceful exit, not a crash on the way out
                await cluster.StartAgainAsync(node, StartBound);
                var healthyAt = clock.Elapsed;
                restarts.Add((stoppedAt, exitedAt, healthyAt));
                await WaitAsync(() =>
                    clients.All(c => !(c.LastDroppedAt > stoppedAt) || c.ResyncedAt > c.LastDroppedAt) &&
                    phones.All(p => p.Acks.Count(a => a.SentAt > healthyAt) >= 2));
                var dropped = clients.Count(c => c.LastDroppedAt > stoppedAt);
                var drops = clients.Where(c => c.LastDroppedAt > stoppedAt).Select(c => (c.LastDroppedAt!.Value - stoppedAt).TotalSeconds).Order().ToList();
                if (drops.Count > 0) output.WriteLine($"node {node + 1}: its clients were disconnected {drops[0]:F1} s to {drops[^1]:F1} s after the SIGTERM");
                output.WriteLine($"node {node + 1}: SIGTERM at {stoppedAt.TotalSeconds:F1} s, exited (code {exitCode}) after {(exitedAt - stoppedAt).TotalSeconds:F1} s, " +
                                 $"healthy again after {(healthyAt - exitedAt).TotalSeconds:F1} s; clients it disconnected: {dropped} of {clients.Count}, all resynced " +
                                 $"{(clients.Where(c => c.LastDroppedAt > stoppedAt).Select(c => c.ResyncedAt!.Value).DefaultIfEmpty(stoppedAt).Max() - stoppedAt).TotalSeconds:F1} s after the SIGTERM");
                Assert.True(dropped > 0, $"stopping node {node + 1} disconnected no client: did nginx spread them?");
            }
            stop.Cancel();
            await Task.WhenAll(storm);

            // Votes: each device's ballot is the choice of its last acknowledged vote, and the tally counts each once.
            var (expected, lost, duplicated, after) = await VoteReconciliation.CheckAsync(phones, host, pollId, Options, Attendees, bound.Token);
            var results = after.Results.Single(r => r.PollId == pollId);
            await host.WaitForResultsAsync(pollId, expected, bound.Token);

            // The longest any phone waited for an ack: between two consecutive acks, and for a vote in flight.
            var gaps = phones.SelectMany(p => p.Acks.Zip(p.Acks.Skip(1), (a, b) => (Phone: p.Name, Gap: b.At - a.At, At: b.At))).MaxBy(g => g.Gap);
            var longestWait = phones.SelectMany(p => p.Acks).MaxBy(a => a.At - a.SentAt)!;
            output.WriteLine($"votes acknowledged: {phones.Sum(p => p.Acks.Count)}; attempts retried with the same op id: {phones.Sum(p => p.Retries)} " +
                             $"({string.Join(", ", phones.SelectMany(p => p.Failures).GroupBy(f => f).Select(g => $"{g.Key} ×{g.Count()}"))})");
            output.WriteLine($"longest time a phone went without an ack: {gaps.Gap.TotalSeconds:F1} s ({gaps.Phone}, ending at {gaps.At.TotalSeconds:F1} s); " +
                             $"longest wait for one vote's ack: {(longestWait.At - longestWait.SentAt).TotalSeconds:F1} s (sent at {longestWait.SentAt.TotalSeconds:F1} s)");
            output.WriteLine($"reconcile: expected {string.Join("/", expected)}, server {string.Join("/", results.Counts)}, voters {results.Voters}; lost {lost.Count}, duplicated {duplicated}");
            Assert.Empty(lost);
            Assert.Equal(0, duplicated);
            Assert.Equal(expected, results.Counts);

            // State from before the upgrade is all there, read through nodes that all run "the new version".
            Assert.Equal(before.Session.Title, after.Session.Title);
            Assert.Contains(after.Qna.Questions, q => q.Id == question.Id && q.Text == question.Text);
            Assert.Equal(question.Id, (await phones[0].GetStateAsync(bound.Token)).MyQuestions.Single().Id);
            Assert.Equal((0, 1), (after.Checkins!.Arrived, after.Checkins.WalkIns)); // a walk-in counts as a walk-in, not an invited arrival
            Assert.Equal(checkIn.PersonId, (await phones[1].GetStateAsync(bound.Token)).MyCheckIn?.PersonId);
            // Keys and tokens issued before: every node verifies them (the signing key survived), by a new connection each.
            foreach (var (role, key) in new[] { ("host", session.HostKey), ("moderator", session.ModeratorKey), ("screen", session.ScreenKey), ("attendee", tokens[2]) })
            {
                await using var again = await balancer.ConnectAsync(key);
                Assert.Equal(role, (await again.GetStateAsync()).Role);
            }
            Assert.NotNull(await balancer.JoinAsync(session.Code)); // the join link too

            // Versions never went backwards: from before to after, and in every snapshot pushed to the console.
            Assert.True(after.Session.Version >= before.Session.Version, $"session version {before.Session.Version} → {after.Session.Version}");
            Assert.True(after.Qna.Version >= before.Qna.Version, $"Q&A version {before.Qna.Version} → {after.Qna.Version}");
            Assert.True(after.Checkins.Version >= before.Checkins!.Version, $"check-in version {before.Checkins.Version} → {after.Checkins.Version}");
            foreach (var (what, seen) in versions)
            {
                var list = seen.ToList();
                var back = list.Zip(list.Skip(1)).FirstOrDefault(p => p.Second < p.First);
                Assert.True(back == default, $"{what} version went back from {back.First} to {back.Second}");
            }
            output.WriteLine($"snapshots pushed to the console: {string.Join(", ", versions.Select(v => $"{v.Key} {v.Value.Count}"))}; versions only went forward");
        }
        catch
        {
            foreach (var node in cluster.Processes)
                output.WriteLine($"--- {node.Name} (exited: {node.Process.HasExited}) ---\n" + string.Join('\n', node.Tail.Split('\n')
                    .Where(l => !l.TrimStart().StartsWith("at ")).GroupBy(l => l.Trim()).Select(g => $"{g.Count()}× {g.Key}")));
            foreach (var c in clients.Where(c => c.LastDroppedAt is not null && !(c.ResyncedAt > c.LastDroppedAt)))
                output.WriteLine($"{c.Name}: dropped at {c.LastDroppedAt}, not resynced; last failures: {string.Join(", ", c.Failures.TakeLast(5))}");
            throw;
        }
        finally
        {
            bound.Cancel();
            await Task.WhenAll(clients.Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>The versions of the session, results, Q&amp;A and check-in snapshots pushed to a connection, in arrival order.</summary>
    private static Dictionary<string, ConcurrentQueue<long>> RecordVersions(HubConnection connection)
    {
        var seen = new Dictionary<string, ConcurrentQueue<long>> { ["session"] = new(), ["results"] = new(), ["qna"] = new(), ["checkins"] = new() };
        connection.On<SessionView>(nameof(ILiveClient.Session), v => seen["session"].Enqueue(v.Version));
        connection.On<PollResults>(nameof(ILiveClient.Results), v => seen["results"].Enqueue(v.Version));
        connection.On<QnaView>(nameof(ILiveClient.Qna), v => seen["qna"].Enqueue(v.Version));
        connection.On<CheckInView>(nameof(ILiveClient.CheckIns), v => seen["checkins"].Enqueue(v.Version));
        return seen;
    }
}
