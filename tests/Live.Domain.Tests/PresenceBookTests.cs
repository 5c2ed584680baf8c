using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class PresenceBookTests
{
    private const string A = "node-a", B = "node-b";

    [Fact]
    public void A_device_with_two_tabs_counts_once()
    {
        var book = new PresenceBook();
        Assert.True(book.Connect(A, "c1", "d1", AttendanceMode.Onsite));
        Assert.False(book.Connect(A, "c2", "d1", AttendanceMode.Onsite));
        Assert.Equal(1, book.Onsite);

        Assert.False(book.Disconnect("c1"));
        Assert.Equal(1, book.Onsite);
        Assert.True(book.Disconnect("c2"));
        Assert.Equal(0, book.Onsite);
    }

    [Fact]
    public void Onsite_and_online_are_counted_apart()
    {
        var book = new PresenceBook();
        book.Connect(A, "c1", "d1", AttendanceMode.Onsite);
        book.Connect(A, "c2", "d2", AttendanceMode.Online);
        book.Connect(B, "c3", "d3", AttendanceMode.Online);
        Assert.Equal((1, 2), (book.Onsite, book.Online));
    }

    [Fact]
    public void A_device_that_rejoins_online_moves_to_online()
    {
        var book = new PresenceBook();
        book.Connect(A, "c1", "d1", AttendanceMode.Onsite);
        book.Connect(B, "c2", "d1", AttendanceMode.Online);
        Assert.Equal((0, 1), (book.Onsite, book.Online));
    }

    [Fact]
    public void Unknown_disconnects_are_ignored()
    {
        var book = new PresenceBook();
        Assert.False(book.Disconnect("nope"));
        Assert.Equal((0, 0), (book.Onsite, book.Online));
    }

    [Fact]
    public void Restore_makes_the_list_the_nodes_whole_share_and_leaves_other_nodes_alone()
    {
        var book = new PresenceBook();
        book.Connect(A, "a1", "d1", AttendanceMode.Onsite);
        book.Connect(A, "a2", "d2", AttendanceMode.Onsite); // closed while the node could not tell the grain
        book.Connect(B, "b1", "d3", AttendanceMode.Online);

        Assert.True(book.Restore(A, [("a1", "d1", AttendanceMode.Onsite), ("a3", "d4", AttendanceMode.Online)]));

        Assert.Equal((1, 2), (book.Onsite, book.Online));
        Assert.Equal(2, book.ConnectionCount(A));
        Assert.Equal(1, book.ConnectionCount(B));
        Assert.Equal(["d1", "d3", "d4"], book.Devices.Select(d => d.DeviceId).Order());
    }

    [Fact]
    public void Restoring_the_same_share_twice_counts_it_once()
    {
        var book = new PresenceBook();
        (string, string, AttendanceMode)[] share = [("a1", "d1", AttendanceMode.Onsite), ("a2", "d1", AttendanceMode.Onsite), ("a3", "d2", AttendanceMode.Onsite)];
        Assert.True(book.Restore(A, share));
        Assert.False(book.Restore(A, share));
        Assert.Equal((2, 0), (book.Onsite, book.Online));
        Assert.Equal(3, book.ConnectionCount(A));
    }

    [Fact]
    public void Restore_into_a_new_book_counts_devices_across_nodes_once()
    {
        var book = new PresenceBook(); // the activation after the node holding the old one died
        book.Restore(A, [("a1", "d1", AttendanceMode.Onsite), ("a2", "d2", AttendanceMode.Onsite)]);
        book.Restore(B, [("b1", "d2", AttendanceMode.Onsite), ("b2", "d3", AttendanceMode.Online)]); // d2 has a tab on each node
        Assert.Equal((2, 1), (book.Onsite, book.Online));

        book.DropNode(A);
        Assert.Equal((1, 1), (book.Onsite, book.Online)); // d2 is still connected through node B
    }

    [Fact]
    public void Dropping_a_node_forgets_its_connections_only()
    {
        var book = new PresenceBook();
        book.Connect(A, "a1", "d1", AttendanceMode.Onsite);
        book.Connect(A, "a2", "d2", AttendanceMode.Online);
        book.Connect(B, "b1", "d3", AttendanceMode.Onsite);

        Assert.True(book.DropNode(A));
        Assert.Equal((1, 0), (book.Onsite, book.Online));
        Assert.Equal([B], book.Nodes);
        Assert.False(book.DropNode(A));
        Assert.False(book.Disconnect("a1")); // the dead node's late news changes nothing
    }

    [Fact]
    public void A_connection_restored_by_another_node_moves_to_it()
    {
        var book = new PresenceBook();
        book.Connect(A, "c1", "d1", AttendanceMode.Onsite);
        book.Restore(B, [("c1", "d1", AttendanceMode.Onsite)]);
        Assert.Equal(0, book.ConnectionCount(A));
        Assert.Equal(1, book.ConnectionCount(B));
        Assert.False(book.DropNode(A));
        Assert.Equal(1, book.Onsite);
    }

    [Fact]
    public void A_nodes_digest_follows_its_connections_through_connects_disconnects_and_restores()
    {
        var book = new PresenceBook();
        Assert.Equal(0UL, book.Digest(A));
        book.Connect(A, "c1", "d1", AttendanceMode.Onsite);
        book.Connect(A, "c2", "d2", AttendanceMode.Onsite);
        book.Connect(B, "c3", "d3", AttendanceMode.Online);
        Assert.Equal(ShareDigest.Of(["c2", "c1"]), book.Digest(A)); // order does not matter
        book.Disconnect("c1");
        Assert.Equal(ShareDigest.Of(["c2"]), book.Digest(A));
        book.Restore(A, [("c4", "d4", AttendanceMode.Online), ("c3", "d3", AttendanceMode.Online)]); // c3 moved from B
        Assert.Equal(ShareDigest.Of(["c3", "c4"]), book.Digest(A));
        Assert.Equal(0UL, book.Digest(B));
        Assert.NotEqual(ShareDigest.Of(["c3", "c4"]), ShareDigest.Of(["c3", "c5"]));
    }
}
