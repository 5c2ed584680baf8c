using Live.Domain.Polls;

namespace Live.Domain.Tests;

public sealed class BallotJournalTests
{
    private static readonly Dictionary<string, int> Snapshot = new() { ["a"] = 1, ["b"] = 2 };

    [Fact]
    public void A_journal_that_extends_the_snapshot_overlays_it()
    {
        var merged = BallotJournal.Merge(Snapshot, 7, new Dictionary<string, int> { ["b"] = 0, ["c"] = 2 }, journalBase: 7);
        Assert.Equal(new Dictionary<string, int> { ["a"] = 1, ["b"] = 0, ["c"] = 2 }, merged);
    }

    [Fact]
    public void A_journal_left_from_before_a_newer_snapshot_is_ignored()
    {
        // The snapshot at version 9 already holds every change of the journal written on top of version 7, and newer
        // ones: applying the old journal would turn b back to an older ballot.
        var merged = BallotJournal.Merge(Snapshot, 9, new Dictionary<string, int> { ["b"] = 0 }, journalBase: 7);
        Assert.Equal(Snapshot, merged);
        Assert.False(BallotJournal.Extends(9, new Dictionary<string, int> { ["b"] = 0 }, 7));
    }

    [Fact]
    public void A_snapshot_is_due_once_the_journal_outgrows_an_eighth_of_the_book_and_the_minimum()
    {
        Assert.False(BallotJournal.ShouldSnapshot(BallotJournal.MinCompactSize, 300));
        Assert.True(BallotJournal.ShouldSnapshot(BallotJournal.MinCompactSize + 1, 300));
        Assert.False(BallotJournal.ShouldSnapshot(1_250, 10_000));
        Assert.True(BallotJournal.ShouldSnapshot(1_251, 10_000));
    }
}
