using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>Redis mode end to end on one node: Orleans Redis clustering and storage, SignalR Redis backplane.</summary>
public sealed class RedisModeTests
{
    private static Dictionary<string, string?> RedisSettings(RedisServer redis) => new()
    {
        ["Live:Mode"] = "redis",
        ["Live:Redis"] = redis.ConnectionString,
    };

    [Fact]
    public async Task A_poll_runs_on_redis_and_survives_a_node_restart()
    {
        await using var redis = new RedisServer();
        string code, hostKey, pollId, dataDirectory;
        await using (var server = new LiveServer(settings: RedisSettings(redis)))
        {
            dataDirectory = server.DataDirectory; // holds only the signing key in redis mode
            var session = await server.CreateSessionAsync("Redis summit");
            (code, hostKey) = (session.Code, session.HostKey);
            await using var host = await server.ConnectAsync(hostKey);
            await using var screen = await server.ConnectAsync(session.ScreenKey);
            pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll", new PollDraft("Q?", "single", ["a", "b"], null, true, true))).Polls.Single().Id;
            await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);

            var phones = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ => await server.ConnectAsync((await server.JoinAsync(code)).AttendeeToken)));
            await Task.WhenAll(phones.Select((p, i) => p.VoteAsync(pollId, i < 7 ? 0 : 1)));

            var pushed = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 10)); // through the backplane
            Assert.Equal([7, 3], pushed.Counts);
            foreach (var p in phones) await p.DisposeAsync();
        }

        Assert.False(File.Exists(Path.Combine(dataDirectory, "live.db"))); // nothing went to SQLite

        await using (var server = new LiveServer(dataDirectory, RedisSettings(redis)))
        {
            await using var host = await server.ConnectAsync(hostKey);
            var state = await host.GetStateAsync();
            Assert.Equal("Redis summit", state.Session.Title);
            Assert.Equal([7, 3], state.Results.Single().Counts);
        }
    }
}
