using Live.Contracts;
using Live.Server.Realtime;
using Microsoft.Extensions.DependencyInjection;

namespace Live.Server.Tests;

/// <summary>
/// Embedded mode (one node): the node's own list of its connections rebuilds the presence book when the book's
/// activation is lost (here it is deactivated; in a cluster its node dies), and a tab closed meanwhile stays out.
/// Bounded by LiveClient.WaitForAsync (15 s).
/// </summary>
public sealed class PresenceSyncTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_lost_presence_book_is_rebuilt_from_the_nodes_connections()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var ada = await _server.JoinAsync(session.Code, "onsite");
        var phones = new List<LiveClient>
        {
            await _server.ConnectAsync(ada.AttendeeToken),
            await _server.ConnectAsync((await _server.JoinAsync(session.Code, "onsite", deviceToken: ada.DeviceToken)).AttendeeToken), // Ada's second tab
            await _server.ConnectAsync((await _server.JoinAsync(session.Code, "onsite")).AttendeeToken),
            await _server.ConnectAsync((await _server.JoinAsync(session.Code, "online")).AttendeeToken),
        };
        Assert.Equal((2, 1), Counts((await host.GetStateAsync()).Presence));

        var grains = _server.Services.GetRequiredService<IGrainFactory>();
        var presence = grains.GetGrain<IPresenceGrain>(GrainKeys.Presence(session.Code));
        var lost = (await presence.Check(_server.Services.GetRequiredService<PresenceSync>().Node)).Epoch;
        await presence.Erase(); // the activation goes, as with its node
        await phones[3].DisposeAsync(); // the online phone leaves while the book is away
        phones.RemoveAt(3);
        await _server.Services.GetRequiredService<PresenceSync>().TickAsync(); // what the node does every 2 s anyway

        Assert.NotEqual(lost, (await presence.Check("any")).Epoch);
        // The server may hear of the closed tab just after the restore: then its disconnect follows at once.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Counts((await host.GetStateAsync()).Presence) != (2, 0) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal((2, 0), Counts((await host.GetStateAsync()).Presence));
        var pushed = await host.WaitForAsync(c => c.Presence.MaxBy(p => p.Version) is { Onsite: 2, Online: 0 } p ? p : null);
        Assert.Equal((2, 0), Counts(pushed));
        foreach (var p in phones) await p.DisposeAsync();
    }

    private static (int Onsite, int Online) Counts(PresenceCounts counts) => (counts.Onsite, counts.Online);
}
