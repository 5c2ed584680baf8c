using Live.Domain.Sessions;
using Live.Contracts;

namespace Live.Grains.Tests;

[Collection(ClusterCollection.Name)]
public class PresenceGrainTests(ClusterFixture fixture)
{
    private const string NodeA = "node-a", NodeB = "node-b";

    private IPresenceGrain Presence(string code) => fixture.Grains.GetGrain<IPresenceGrain>(GrainKeys.Presence(code));

    [Fact]
    public async Task Counts_devices_by_mode_and_publishes_changes()
    {
        var presence = Presence("400001");
        await presence.Connect(NodeA, "c1", "d1", "onsite");
        await presence.Connect(NodeA, "c2", "d2", "online");
        await presence.Connect(NodeB, "c3", "d2", "online");
        await presence.Disconnect("c1");

        var counts = await presence.Get();
        Assert.Equal((0, 1), (counts.Onsite, counts.Online));
        Assert.Contains(ClusterFixture.Published.AllPresence, p => p.Code == "400001" && p.Counts == counts);
    }

    [Fact]
    public async Task An_unknown_mode_is_refused()
    {
        var presence = Presence("400002");
        var error = await Assert.ThrowsAsync<LiveException>(() => presence.Connect(NodeA, "c1", "d1", "moon"));
        Assert.Equal("invalid_mode", error.Code);
    }

    [Fact]
    public async Task A_nodes_restore_replaces_its_share_keeps_nicknames_and_is_published()
    {
        var presence = Presence("400003");
        await presence.Connect(NodeA, "a1", "d1", "onsite", "Ada");
        await presence.Connect(NodeA, "a2", "d2", "onsite");
        await presence.Connect(NodeB, "b1", "d3", "online");
        var check = await presence.Check(NodeA);
        Assert.Equal(2, check.Connections);

        var epoch = await presence.Restore(NodeA, [new PresenceEntry("a1", "d1", "onsite", "Ada"), new PresenceEntry("a9", "d9", "online", "Zed")]);

        Assert.Equal(check.Epoch, epoch); // the same activation
        var counts = await presence.Get();
        Assert.Equal((1, 2), (counts.Onsite, counts.Online));
        Assert.Equal(new PresenceCheck(epoch, 2, ShareDigest.Of(["a1", "a9"])), await presence.Check(NodeA));
        Assert.Equal(1, (await presence.Check(NodeB)).Connections);
        var devices = await presence.Devices();
        Assert.Equal(["d1", "d3", "d9"], devices.Select(d => d.DeviceId).Order());
        Assert.Equal("Zed", devices.Single(d => d.DeviceId == "d9").Nickname);
        Assert.Contains(ClusterFixture.Published.AllPresence, p => p.Code == "400003" && p.Counts == counts);
    }

    [Fact]
    public async Task A_new_activation_has_a_new_epoch_and_starts_empty_until_nodes_restore()
    {
        var presence = Presence("400004");
        await presence.Connect(NodeA, "a1", "d1", "onsite");
        var before = await presence.Check(NodeA);

        await presence.Erase(); // deactivates, as the loss of its node would
        await WaitUntil(async () => (await presence.Check(NodeA)).Epoch != before.Epoch);

        Assert.Equal(0, (await presence.Check(NodeA)).Connections);
        var epoch = await presence.Restore(NodeA, [new PresenceEntry("a1", "d1", "onsite", null)]);
        Assert.NotEqual(before.Epoch, epoch);
        Assert.Equal(1, (await presence.Get()).Onsite);
    }

    [Fact]
    public async Task A_node_the_membership_does_not_declare_dead_keeps_its_share()
    {
        var presence = Presence("400005");
        // A well-formed silo address of no silo of this cluster: unknown to the membership, not dead.
        var unknown = "127.0.0.1:1@1";
        await presence.Connect(unknown, "u1", "d1", "onsite");
        var before = await presence.Check(unknown);
        await Task.Delay(TimeSpan.FromSeconds(2.5)); // one departure check of the grain
        Assert.Equal(before, await presence.Check(unknown));
        Assert.Equal(1, (await presence.Get()).Onsite);
    }

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(50);
        }
    }
}
