using System.Net.Http.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;

namespace Live.Server.Tests;

public sealed class RestartTests
{
    [Fact]
    public async Task A_drawn_round_asked_for_again_after_a_restart_returns_the_same_winners()
    {
        string dataDirectory, hostKey, code;
        RoundView drawn;
        await using (var server = new LiveServer())
        {
            dataDirectory = server.DataDirectory;
            var session = await server.CreateSessionAsync("Draw restart");
            (hostKey, code) = (session.HostKey, session.Code);
            await using var host = await server.ConnectAsync(hostKey);
            var phones = new List<LiveClient>();
            for (var i = 0; i < 6; i++) phones.Add(await server.ConnectAsync((await server.JoinAsync(session.Code, "online", nickname: $"观众{i}")).AttendeeToken));
            var tier = (await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "Online prize", 2, 1, null, new EligibilityView("online", null, null, null, null)))).Tiers[0];
            var armed = await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 2, null));
            drawn = await host.CallAsync<RoundView>("DrawRound", armed.Number);
            Assert.Equal(6, drawn.Entrants);
            foreach (var p in phones) await p.DisposeAsync();
        }

        await using (var server = new LiveServer(dataDirectory))
        {
            await using var host = await server.ConnectAsync(hostKey);
            // Nobody is connected now: a re-roll would find no entrants. The stored round must come back unchanged.
            var again = await host.CallAsync<RoundView>("DrawRound", drawn.Number);
            Assert.Equal(drawn.Winners, again.Winners);
            Assert.Equal((drawn.SeedHash, drawn.ListHash), (again.SeedHash, again.ListHash));
            // The rule the round was drawn under came back with it: the proof is still version 3.
            var proof = (await server.Http.GetFromJsonAsync<DrawProofView>($"/api/sessions/{code}/draw/rounds/{drawn.Number}/proof"))!;
            Assert.Equal((3, "online"), (proof.Version, proof.Eligibility?.Source));
        }
    }

    [Fact]
    public async Task The_agenda_and_a_running_timer_survive_a_restart_on_the_same_sqlite_file()
    {
        string dataDirectory, hostKey;
        AgendaView running;
        await using (var server = new LiveServer())
        {
            dataDirectory = server.DataDirectory;
            var session = await server.CreateSessionAsync("Agenda restart");
            hostKey = session.HostKey;
            await using var host = await server.ConnectAsync(hostKey);
            await AgendaHubTests.ThreeSegmentsAsync(host);
            await host.CallAsync<AgendaView>("GoLive", "s2");
            await host.CallAsync<AgendaView>("ShowTimerOnScreen", true);
            await host.CallAsync<AgendaView>("AdjustTimer", new TimerAdjustRequest("s2", -60, "minus-one"));
            running = await host.CallAsync<AgendaView>("StartTimer", "s2");
        }

        await using (var server = new LiveServer(dataDirectory))
        {
            await using var host = await server.ConnectAsync(hostKey);
            var after = await host.CallAsync<AgendaView>("GetAgenda");
            Assert.Equal((running.Version, "s2", true), (after.Version, after.LiveSegmentId, after.TimerOnScreen));
            Assert.Equal(running.Segments, after.Segments); // the same running-since: the timer kept running through the restart
            Assert.True(after.Now >= running.Now);
            var resent = await host.CallAsync<AgendaView>("AdjustTimer", new TimerAdjustRequest("s2", -60, "minus-one"));
            Assert.Equal((running.Version, -60), (resent.Version, resent.Segments[1].Timer.AdjustSeconds)); // remembered across the restart
        }
    }

    [Fact]
    public async Task Sessions_polls_and_ballots_survive_a_restart_on_the_same_sqlite_file()
    {
        string dataDirectory, code, hostKey, pollId, attendeeToken;
        await using (var server = new LiveServer())
        {
            dataDirectory = server.DataDirectory;
            var session = await server.CreateSessionAsync("Restart test");
            (code, hostKey) = (session.Code, session.HostKey);
            await using var host = await server.ConnectAsync(hostKey);
            var view = await host.Connection.InvokeAsync<SessionView>("CreatePoll", new PollDraft("Q?", "single", ["a", "b"], null, true, false));
            pollId = view.Polls.Single().Id;
            await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
            await host.Connection.InvokeAsync<SessionView>("ShowOnScreen", pollId);
            var joined = await server.JoinAsync(code, "online", nickname: "Lin");
            attendeeToken = joined.AttendeeToken;
            await using var phone = await server.ConnectAsync(attendeeToken);
            await phone.VoteAsync(pollId, 1);
        }

        Assert.True(File.Exists(Path.Combine(dataDirectory, "live.db")));

        await using (var server = new LiveServer(dataDirectory))
        {
            await using var host = await server.ConnectAsync(hostKey); // the old link still works
            var state = await host.GetStateAsync();
            Assert.Equal("Restart test", state.Session.Title);
            Assert.Equal(pollId, state.Session.Screen.PollId);
            Assert.Equal("open", state.Session.Polls.Single().Status);
            Assert.Equal([0, 1], state.Results.Single().Counts);

            await using var phone = await server.ConnectAsync(attendeeToken);
            var mine = await phone.GetStateAsync();
            Assert.Equal([1], mine.MyBallots.Single().OptionIds);
            Assert.Equal("Lin", mine.Me!.Nickname);
        }
    }

    [Fact]
    public async Task A_burst_of_votes_is_group_committed_into_far_fewer_writes()
    {
        await using var server = new LiveServer();
        var session = await server.CreateSessionAsync();
        await using var host = await server.ConnectAsync(session.HostKey);
        var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll", new PollDraft("Q?", "single", ["a", "b"], null, true, false))).Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        var phones = await Task.WhenAll(Enumerable.Range(0, 40).Select(async _ => await server.ConnectAsync((await server.JoinAsync(session.Code)).AttendeeToken)));

        const int votesPerPhone = 25; // 1,000 acknowledged ballot changes
        await Task.WhenAll(phones.Select(async (phone, i) =>
        {
            for (var v = 0; v < votesPerPhone; v++) await phone.VoteAsync(pollId, (i + v) % 2);
        }));

        var writes = PollRowVersion(server.DataDirectory, $"{session.Code}/poll/{pollId}");
        Assert.True(writes < 40 * votesPerPhone / 4, $"expected group commits, saw {writes} writes for {40 * votesPerPhone} votes");
        Assert.Equal(40, (await host.GetStateAsync()).Results.Single().Voters);
        foreach (var p in phones) await p.DisposeAsync();
    }

    // The storage row's Version column counts the writes made to that grain's state.
    private static long PollRowVersion(string dataDirectory, string grainKey)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "live.db")};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = $key";
        command.Parameters.AddWithValue("$key", grainKey);
        return (long)(command.ExecuteScalar() ?? throw new InvalidOperationException($"no row for {grainKey}"));
    }
}
