using System.Collections.Concurrent;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// Hundreds of concurrent Vote invocations for one device, over several connections and two attendee tokens of that
/// device (two tabs), with replayed and fresh op ids: one ballot, in the tally and in storage.
/// </summary>
public sealed class DuplicateBallotTests : IAsyncDisposable
{
    private const int Invocations = 400;

    // The per-device vote limit would refuse all but the first 60 with rate_limited before they reach the ballot;
    // this test is about what reaches it.
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "false",
        ["Logging:LogLevel:Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher"] = "Critical", // ~270 already_voted stack traces
    });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact(Timeout = 120_000)]
    public async Task Hundreds_of_concurrent_votes_from_one_device_count_once()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which model?", "single", ["A", "B", "C"], null, false, true))).Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);

        var first = await _server.JoinAsync(session.Code);
        var second = await _server.JoinAsync(session.Code, deviceToken: first.DeviceToken); // same browser, another tab
        Assert.Equal(first.DeviceId, second.DeviceId);
        var tabs = new List<LiveClient>();
        for (var i = 0; i < 6; i++) tabs.Add(await _server.ConnectAsync(i % 2 == 0 ? first.AttendeeToken : second.AttendeeToken));

        var acks = new ConcurrentBag<VoteAck>();
        var refusals = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Invocations).Select(async i =>
        {
            var vote = i % 3 == 0 ? new VoteRequest(pollId, [1], "replayed-op") : new VoteRequest(pollId, [i % 3], $"op-{i}");
            try { acks.Add(await tabs[i % tabs.Count].Connection.InvokeAsync<VoteAck>("Vote", vote)); }
            catch (HubException e) { refusals.Add(e.Message[(e.Message.LastIndexOf(' ') + 1)..]); }
        }));

        Assert.Equal(Invocations, acks.Count + refusals.Count);
        Assert.All(refusals, code => Assert.Equal("already_voted", code));
        Assert.Single(acks.Select(a => string.Join(',', a.OptionIds)).Distinct());
        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal(1, results.Voters);
        Assert.Equal(1, results.Counts.Sum());
        Assert.Equal(acks.First().OptionIds, (await tabs[1].GetStateAsync()).MyBallots.Single().OptionIds);
        foreach (var tab in tabs) await tab.DisposeAsync();
    }
}
