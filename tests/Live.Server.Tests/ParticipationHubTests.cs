using Live.Contracts;

namespace Live.Server.Tests;

/// <summary>A closed poll keeps who was present when it closed, so a console reload never divides by a smaller room.</summary>
public sealed class ParticipationHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_closed_poll_keeps_the_room_it_closed_in_after_phones_leave()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var pollId = (await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Which one?", "single", ["A", "B"], null, true, true))).Polls.Single().Id;
        await host.CallAsync<SessionView>("OpenPoll", pollId);
        var phones = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ => await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken)));
        foreach (var phone in phones.Take(3)) await phone.VoteAsync(pollId, 0);
        await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite + p.Online == 4));

        var closed = await host.CallAsync<SessionView>("ClosePoll", pollId);
        Assert.Equal(4, closed.Polls.Single().PresentAtClose);

        foreach (var phone in phones.Skip(1)) await phone.DisposeAsync();
        await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite + p.Online == 1));
        await using var reloaded = await _server.ConnectAsync(session.HostKey);
        var state = await reloaded.GetStateAsync();
        Assert.Equal((4, 3), (state.Session.Polls.Single().PresentAtClose, state.Results.Single().Voters));
        Assert.Null((await phones[0].GetStateAsync()).Session.Polls.Single().PresentAtClose); // not the attendees' business

        await host.CallAsync<SessionView>("ResetPoll", pollId);
        Assert.Null((await reloaded.GetStateAsync()).Session.Polls.Single().PresentAtClose);
        await phones[0].DisposeAsync();
    }
}
