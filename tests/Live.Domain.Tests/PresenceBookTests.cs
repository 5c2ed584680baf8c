using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class PresenceBookTests
{
    [Fact]
    public void A_device_with_two_tabs_counts_once()
    {
        var book = new PresenceBook();
        Assert.True(book.Connect("c1", "d1", AttendanceMode.Onsite));
        Assert.False(book.Connect("c2", "d1", AttendanceMode.Onsite));
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
        book.Connect("c1", "d1", AttendanceMode.Onsite);
        book.Connect("c2", "d2", AttendanceMode.Online);
        book.Connect("c3", "d3", AttendanceMode.Online);
        Assert.Equal((1, 2), (book.Onsite, book.Online));
    }

    [Fact]
    public void A_device_that_rejoins_online_moves_to_online()
    {
        var book = new PresenceBook();
        book.Connect("c1", "d1", AttendanceMode.Onsite);
        book.Connect("c2", "d1", AttendanceMode.Online);
        Assert.Equal((0, 1), (book.Onsite, book.Online));
    }

    [Fact]
    public void Unknown_disconnects_are_ignored()
    {
        var book = new PresenceBook();
        Assert.False(book.Disconnect("nope"));
        Assert.Equal((0, 0), (book.Onsite, book.Online));
    }
}
