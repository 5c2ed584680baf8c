using Live.Domain.Polls;

namespace Live.Domain.Tests.Polls;

public class ParticipationTests
{
    [Fact]
    public void A_closed_poll_with_more_voters_than_people_connected_now_is_never_over_100_percent()
    {
        // The rehearsal: 12 voted, 2 phones connected after a reload.
        Assert.Equal(100, Participation.Percent(voters: 12, connected: 2));
        Assert.Equal(12, Participation.Present(connected: 2, voters: 12));
    }

    [Fact]
    public void Voters_are_divided_by_those_present_and_nobody_present_has_no_rate()
    {
        Assert.Equal(50, Participation.Percent(voters: 6, connected: 12));
        Assert.Equal(67, Participation.Percent(voters: 2, connected: 3));
        Assert.Equal(0, Participation.Percent(voters: 0, connected: 9));
        Assert.Null(Participation.Percent(voters: 0, connected: 0));
        Assert.Equal(9, Participation.Present(connected: 9, voters: 0));
    }
}
