using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// Realtime:PerChangeBroadcast is the load tests' baseline for what coalescing saves (loadtests/, vote-to-screen): it
/// must really be one broadcast per vote, or the "× fewer frames" figure in docs/PERFORMANCE.md means nothing.
/// </summary>
public sealed class PerVoteBaselineTests
{
    [Fact]
    public async Task With_per_change_broadcast_the_screen_gets_one_results_frame_for_every_vote()
    {
        await using var server = new LiveServer(settings: new Dictionary<string, string?> { ["Realtime:PerChangeBroadcast"] = "true" });
        var session = await server.CreateSessionAsync();
        await using var host = await server.ConnectAsync(session.HostKey);
        var view = await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which product?", "single", ["Model A", "Model B"], null, true, false));
        var pollId = view.Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        await using var screen = await server.ConnectAsync(session.ScreenKey);
        var phones = await Task.WhenAll(Enumerable.Range(0, 30).Select(async _ =>
            await server.ConnectAsync((await server.JoinAsync(session.Code)).AttendeeToken)));

        await Task.WhenAll(phones.Select((p, i) => p.VoteAsync(pollId, i % 2))); // at once: one tick would hold them all

        var frames = await screen.WaitForAsync(c => c.Results.Count(r => r.PollId == pollId && r.Voters > 0) >= 30 ? c.Results : null);
        Assert.Equal([15, 15], frames.Where(r => r.PollId == pollId).MaxBy(r => r.Voters)!.Counts);
        foreach (var p in phones) await p.DisposeAsync();
    }
}
