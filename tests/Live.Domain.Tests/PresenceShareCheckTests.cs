using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class PresenceShareCheckTests
{
    private static readonly Guid First = Guid.NewGuid(), Second = Guid.NewGuid();

    private static PresenceShareCheck SyncedWith(Guid epoch)
    {
        var check = new PresenceShareCheck();
        check.Restored(epoch, check.BeginRestore());
        return check;
    }

    [Fact]
    public void A_new_share_is_restored_once_then_only_checked()
    {
        var check = new PresenceShareCheck();
        Assert.True(check.Unsettled);
        Assert.True(check.NeedsRestore(First, bookCount: 3, nodeCount: 3));
        check.Restored(First, check.BeginRestore());
        Assert.False(check.Unsettled);
        Assert.False(check.NeedsRestore(First, 3, 3));
    }

    [Fact]
    public void A_new_epoch_means_the_book_was_lost_with_its_node()
    {
        var check = SyncedWith(First);
        Assert.True(check.NeedsRestore(Second, bookCount: 0, nodeCount: 20));
    }

    [Fact]
    public void A_failed_call_asks_for_a_restore_even_when_counts_agree()
    {
        var check = SyncedWith(First);
        check.Lost();
        Assert.True(check.NeedsRestore(First, 5, 5));
    }

    [Fact]
    public void A_loss_during_a_restore_is_not_covered_by_it()
    {
        var check = SyncedWith(First);
        var token = check.BeginRestore();
        check.Lost(); // a connect failed after the snapshot was taken
        check.Restored(Second, token);
        Assert.True(check.NeedsRestore(Second, 5, 5));
    }

    [Fact]
    public void Counts_that_disagree_once_are_a_call_on_its_way_twice_the_same_a_drift()
    {
        var check = SyncedWith(First);
        Assert.False(check.NeedsRestore(First, bookCount: 4, nodeCount: 5));
        Assert.False(check.NeedsRestore(First, bookCount: 5, nodeCount: 6)); // still joining: different figures
        Assert.True(check.NeedsRestore(First, bookCount: 5, nodeCount: 6));
    }

    [Fact]
    public void Agreement_clears_a_pending_disagreement()
    {
        var check = SyncedWith(First);
        Assert.False(check.NeedsRestore(First, 4, 5));
        Assert.True(check.Unsettled);
        Assert.False(check.NeedsRestore(First, 5, 5));
        Assert.False(check.NeedsRestore(First, 4, 5));
    }
}
