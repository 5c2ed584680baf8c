using Live.Domain.Common;
using Live.Domain.Polls;

namespace Live.Domain.Tests;

public sealed class VoterKeysTests
{
    [Fact]
    public void An_open_poll_keys_ballots_by_device_and_a_checked_in_only_poll_by_person()
    {
        Assert.Equal("dev-1", VoterKeys.KeyFor(checkedInOnly: false, "dev-1", checkedInPersonId: null));
        Assert.Equal("dev-1", VoterKeys.KeyFor(checkedInOnly: false, "dev-1", "a7"));
        var key = VoterKeys.KeyFor(checkedInOnly: true, "dev-1", "a7");
        Assert.Equal("a7", VoterKeys.PersonOf(key));
        Assert.Null(VoterKeys.PersonOf("dev-1"));
        Assert.Equal(ErrorCodes.CheckInRequired, Assert.Throws<RuleViolation>(() => VoterKeys.KeyFor(true, "dev-1", null)).Code);
    }

    [Fact]
    public void Who_may_vote_changes_only_while_nobody_has_voted()
    {
        VoterKeys.RequireChangeAllowed(before: false, after: true, ballots: 0);
        VoterKeys.RequireChangeAllowed(before: true, after: true, ballots: 12);
        Assert.Equal(ErrorCodes.PollHasVotes, Assert.Throws<RuleViolation>(() => VoterKeys.RequireChangeAllowed(false, true, 1)).Code);
        Assert.Equal(ErrorCodes.PollHasVotes, Assert.Throws<RuleViolation>(() => VoterKeys.RequireChangeAllowed(true, false, 1)).Code);
    }
}
