using Live.Contracts;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class PresenceGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Counts_devices_by_mode_and_publishes_changes()
    {
        var presence = fixture.Grains.GetGrain<IPresenceGrain>(GrainKeys.Presence("400001"));
        await presence.Connect("c1", "d1", "onsite");
        await presence.Connect("c2", "d2", "online");
        await presence.Connect("c3", "d2", "online");
        await presence.Disconnect("c1");

        var counts = await presence.Get();
        Assert.Equal((0, 1), (counts.Onsite, counts.Online));
        Assert.Contains(ClusterFixture.Published.AllPresence, p => p.Code == "400001" && p.Counts == counts);
    }

    [Fact]
    public async Task An_unknown_mode_is_refused()
    {
        var presence = fixture.Grains.GetGrain<IPresenceGrain>(GrainKeys.Presence("400002"));
        var error = await Assert.ThrowsAsync<LiveException>(() => presence.Connect("c1", "d1", "moon"));
        Assert.Equal("invalid_mode", error.Code);
    }
}
