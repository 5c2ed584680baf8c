using Live.Domain.Common;
using Live.Domain.Polls;

namespace Live.Domain.Tests;

public class BallotBookTests
{
    private static PollDefinition Single(bool allowChange = true) =>
        new("Best city?", PollKind.Single, ["Shanghai", "Beijing", "Shenzhen"], 1, allowChange, false);

    private static PollDefinition Multiple(int max) =>
        new("Which topics?", PollKind.Multiple, ["AI", "Cloud", "Edge", "Data"], max, true, false);

    [Fact]
    public void Counts_one_ballot_per_device()
    {
        var book = new BallotBook(3);
        book.Cast(Single(), PollStatus.Open, "d1", [0], "op1");
        book.Cast(Single(), PollStatus.Open, "d2", [0], "op2");
        book.Cast(Single(), PollStatus.Open, "d3", [2], "op3");

        Assert.Equal([2, 0, 1], book.Counts);
        Assert.Equal(3, book.Voters);
    }

    [Fact]
    public void A_late_retry_of_a_replaced_vote_does_not_turn_the_ballot_back()
    {
        var book = new BallotBook(3);
        book.Cast(Single(), PollStatus.Open, "d1", [0], "op1");
        book.Cast(Single(), PollStatus.Open, "d1", [1], "op2");

        // op1's answer was lost when a node died; the phone's retry arrives after op2.
        Assert.Equal(CastOutcome.Unchanged, book.Cast(Single(), PollStatus.Open, "d1", [0], "op1"));
        Assert.Equal([1], book.BallotOf("d1")!.OptionIds);
        Assert.Equal([0, 1, 0], book.Counts);

        // Only the newest few replaced op ids are kept; a new op id is always a new vote.
        for (var i = 3; i < 3 + Ballot.EarlierOpIdsKept; i++) book.Cast(Single(), PollStatus.Open, "d1", [i % 3], $"op{i}");
        Assert.Equal(Ballot.EarlierOpIdsKept, book.BallotOf("d1")!.EarlierOpIds!.Length);
        var newest = book.BallotOf("d1")!.OptionIds[0];
        Assert.Equal(CastOutcome.Changed, book.Cast(Single(), PollStatus.Open, "d1", [(newest + 1) % 3], "op-new"));
    }

    [Fact]
    public void A_changed_ballot_moves_the_count()
    {
        var book = new BallotBook(3);
        book.Cast(Single(), PollStatus.Open, "d1", [0], "op1");
        var outcome = book.Cast(Single(), PollStatus.Open, "d1", [1], "op2");

        Assert.Equal(CastOutcome.Changed, outcome);
        Assert.Equal([0, 1, 0], book.Counts);
        Assert.Equal(1, book.Voters);
    }

    [Fact]
    public void A_retry_with_the_same_op_id_changes_nothing()
    {
        var book = new BallotBook(3);
        book.Cast(Single(allowChange: false), PollStatus.Open, "d1", [0], "op1");
        var outcome = book.Cast(Single(allowChange: false), PollStatus.Open, "d1", [0], "op1");

        Assert.Equal(CastOutcome.Unchanged, outcome);
        Assert.Equal([1, 0, 0], book.Counts);
    }

    [Fact]
    public void Changing_is_refused_when_the_poll_forbids_it_and_the_tally_stays()
    {
        var book = new BallotBook(3);
        book.Cast(Single(allowChange: false), PollStatus.Open, "d1", [0], "op1");

        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(allowChange: false), PollStatus.Open, "d1", [1], "op2"));
        Assert.Equal(ErrorCodes.AlreadyVoted, error.Code);
        Assert.Equal([1, 0, 0], book.Counts);
    }

    [Theory]
    [InlineData(PollStatus.Draft)]
    [InlineData(PollStatus.Closed)]
    public void Votes_on_a_poll_that_is_not_open_are_refused(PollStatus status)
    {
        var book = new BallotBook(3);
        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(), status, "d1", [0], "op1"));
        Assert.Equal(ErrorCodes.PollNotOpen, error.Code);
        Assert.Equal(0, book.Voters);
    }

    [Theory]
    [InlineData(new[] { 3 }, ErrorCodes.InvalidOption)]
    [InlineData(new[] { -1 }, ErrorCodes.InvalidOption)]
    [InlineData(new int[0], ErrorCodes.NoSelection)]
    [InlineData(new[] { 0, 1 }, ErrorCodes.TooManySelections)]
    public void Bad_single_choice_ballots_are_refused(int[] choice, string code)
    {
        var book = new BallotBook(3);
        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(), PollStatus.Open, "d1", choice, "op1"));
        Assert.Equal(code, error.Code);
        Assert.Equal([0, 0, 0], book.Counts);
    }

    [Fact]
    public void Multiple_choice_counts_each_selected_option_and_the_voter_once()
    {
        var book = new BallotBook(4);
        book.Cast(Multiple(2), PollStatus.Open, "d1", [3, 0], "op1");
        book.Cast(Multiple(2), PollStatus.Open, "d2", [0], "op2");

        Assert.Equal([2, 0, 0, 1], book.Counts);
        Assert.Equal(2, book.Voters);
        Assert.Equal([0, 3], book.BallotOf("d1")!.OptionIds);
    }

    [Fact]
    public void Multiple_choice_refuses_more_than_the_maximum_and_repeats()
    {
        var book = new BallotBook(4);
        Assert.Equal(ErrorCodes.TooManySelections, Assert.Throws<RuleViolation>(() => book.Cast(Multiple(2), PollStatus.Open, "d1", [0, 1, 2], "op")).Code);
        Assert.Equal(ErrorCodes.InvalidOption, Assert.Throws<RuleViolation>(() => book.Cast(Multiple(2), PollStatus.Open, "d1", [1, 1], "op")).Code);
        Assert.Equal(0, book.Voters);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_ballot_needs_an_operation_id(string? opId)
    {
        var book = new BallotBook(3);
        Assert.Equal(ErrorCodes.InvalidOpId, Assert.Throws<RuleViolation>(() => book.Cast(Single(), PollStatus.Open, "d1", [0], opId)).Code);
    }

    [Fact]
    public void Clear_empties_ballots_and_counts()
    {
        var book = new BallotBook(3);
        book.Cast(Single(), PollStatus.Open, "d1", [0], "op1");
        book.Clear();
        Assert.Equal([0, 0, 0], book.Counts);
        Assert.Equal(0, book.Voters);
        Assert.Null(book.BallotOf("d1"));
    }

    [Fact]
    public void Stored_ballots_rebuild_the_same_tally_and_bad_rows_are_skipped()
    {
        var stored = new Dictionary<string, Ballot>
        {
            ["d1"] = new([0], "a"),
            ["d2"] = new([2], "b"),
            ["bad"] = new([7], "c"),
        };
        var book = new BallotBook(3, stored);
        Assert.Equal([1, 0, 1], book.Counts);
        Assert.Equal(2, book.Voters);
    }
}
