using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Polls.Kinds.Choice;

namespace Live.Domain.Tests;

public class BallotBookTests
{
    private static PollDefinition Single(bool allowChange = true) =>
        new("Best city?", ChoiceKind.Single, ["Shanghai", "Beijing", "Shenzhen"], 1, allowChange, false);

    private static PollDefinition Multiple(int max) =>
        new("Which topics?", ChoiceKind.Multiple, ["AI", "Cloud", "Edge", "Data"], max, true, false);

    private static BallotInput Ids(int[] ids) => new(OptionIds: ids);

    private static IReadOnlyList<int> Counts(BallotBook book) => book.Read(Single()).Counts;

    [Fact]
    public void Counts_one_ballot_per_device()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), "op1");
        book.Cast(Single(), PollStatus.Open, "d2", Ids([0]), "op2");
        book.Cast(Single(), PollStatus.Open, "d3", Ids([2]), "op3");

        Assert.Equal([2, 0, 1], Counts(book));
        Assert.Equal(3, book.Voters);
    }

    [Fact]
    public void A_late_retry_of_a_replaced_vote_does_not_turn_the_ballot_back()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), "op1");
        book.Cast(Single(), PollStatus.Open, "d1", Ids([1]), "op2");

        // op1's answer was lost when a node died; the phone's retry arrives after op2.
        Assert.Equal(CastOutcome.Unchanged, book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), "op1"));
        Assert.Equal([1], book.BallotOf("d1")!.Answer.Numbers);
        Assert.Equal([0, 1, 0], Counts(book));

        // Only the newest few replaced op ids are kept; a new op id is always a new vote.
        for (var i = 3; i < 3 + Ballot.EarlierOpIdsKept; i++) book.Cast(Single(), PollStatus.Open, "d1", Ids([i % 3]), $"op{i}");
        Assert.Equal(Ballot.EarlierOpIdsKept, book.BallotOf("d1")!.EarlierOpIds!.Length);
        var newest = book.BallotOf("d1")!.Answer.Numbers[0];
        Assert.Equal(CastOutcome.Changed, book.Cast(Single(), PollStatus.Open, "d1", Ids([(newest + 1) % 3]), "op-new"));
    }

    [Fact]
    public void A_changed_ballot_moves_the_count()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), "op1");
        var outcome = book.Cast(Single(), PollStatus.Open, "d1", Ids([1]), "op2");

        Assert.Equal(CastOutcome.Changed, outcome);
        Assert.Equal([0, 1, 0], Counts(book));
        Assert.Equal(1, book.Voters);
    }

    [Fact]
    public void A_retry_with_the_same_op_id_changes_nothing()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(allowChange: false), PollStatus.Open, "d1", Ids([0]), "op1");
        var outcome = book.Cast(Single(allowChange: false), PollStatus.Open, "d1", Ids([0]), "op1");

        Assert.Equal(CastOutcome.Unchanged, outcome);
        Assert.Equal([1, 0, 0], Counts(book));
    }

    [Fact]
    public void Changing_is_refused_when_the_poll_forbids_it_and_the_tally_stays()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(allowChange: false), PollStatus.Open, "d1", Ids([0]), "op1");

        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(allowChange: false), PollStatus.Open, "d1", Ids([1]), "op2"));
        Assert.Equal(ErrorCodes.AlreadyVoted, error.Code);
        Assert.Equal([1, 0, 0], Counts(book));
    }

    [Theory]
    [InlineData(PollStatus.Draft)]
    [InlineData(PollStatus.Closed)]
    public void Votes_on_a_poll_that_is_not_open_are_refused(PollStatus status)
    {
        var book = new BallotBook(Single());
        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(), status, "d1", Ids([0]), "op1"));
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
        var book = new BallotBook(Single());
        var error = Assert.Throws<RuleViolation>(() => book.Cast(Single(), PollStatus.Open, "d1", Ids(choice), "op1"));
        Assert.Equal(code, error.Code);
        Assert.Equal([0, 0, 0], Counts(book));
    }

    [Fact]
    public void Multiple_choice_counts_each_selected_option_and_the_voter_once()
    {
        var book = new BallotBook(Multiple(2));
        book.Cast(Multiple(2), PollStatus.Open, "d1", Ids([3, 0]), "op1");
        book.Cast(Multiple(2), PollStatus.Open, "d2", Ids([0]), "op2");

        Assert.Equal([2, 0, 0, 1], Counts(book));
        Assert.Equal(2, book.Voters);
        Assert.Equal([0, 3], book.BallotOf("d1")!.Answer.Numbers);
    }

    [Fact]
    public void Multiple_choice_refuses_more_than_the_maximum_and_repeats()
    {
        var book = new BallotBook(Multiple(2));
        Assert.Equal(ErrorCodes.TooManySelections, Assert.Throws<RuleViolation>(() => book.Cast(Multiple(2), PollStatus.Open, "d1", Ids([0, 1, 2]), "op")).Code);
        Assert.Equal(ErrorCodes.InvalidOption, Assert.Throws<RuleViolation>(() => book.Cast(Multiple(2), PollStatus.Open, "d1", Ids([1, 1]), "op")).Code);
        Assert.Equal(0, book.Voters);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_ballot_needs_an_operation_id(string? opId)
    {
        var book = new BallotBook(Single());
        Assert.Equal(ErrorCodes.InvalidOpId, Assert.Throws<RuleViolation>(() => book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), opId)).Code);
    }

    [Fact]
    public void Clear_empties_ballots_and_counts()
    {
        var book = new BallotBook(Single());
        book.Cast(Single(), PollStatus.Open, "d1", Ids([0]), "op1");
        book.Clear(Single());
        Assert.Equal([0, 0, 0], Counts(book));
        Assert.Equal(0, book.Voters);
        Assert.Null(book.BallotOf("d1"));
    }

    [Fact]
    public void Stored_ballots_rebuild_the_same_tally_and_bad_rows_are_skipped()
    {
        var stored = new Dictionary<string, Ballot>
        {
            ["d1"] = new(new Answer([0]), "a"),
            ["d2"] = new(new Answer([2]), "b"),
            ["bad"] = new(new Answer([7]), "c"),
        };
        var book = new BallotBook(Single(), stored);
        Assert.Equal([1, 0, 1], Counts(book));
        Assert.Equal(2, book.Voters);
    }
}
