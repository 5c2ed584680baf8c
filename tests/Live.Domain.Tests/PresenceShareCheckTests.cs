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

    [Fact]
    public void One_connection_missing_and_another_extra_is_a_drift_although_the_counts_agree()
    {
        var check = SyncedWith(First);
        var node = ShareDigest.Of(["c1", "c2", "c3"]);
        var book = ShareDigest.Of(["c1", "c2", "stale"]); // c3's connect lost in a crossing, a gone one still held
        Assert.False(check.NeedsRestore(First, 3, 3, book, node)); // once: maybe a call still on its way
        Assert.True(check.NeedsRestore(First, 3, 3, book, node));
        Assert.False(check.NeedsRestore(First, 3, 3, node, node));
    }

    [Fact]
    public void A_book_without_a_digest_is_compared_by_count_alone()
    {
        var check = SyncedWith(First); // a node of the previous version answers digest 0 during a rolling upgrade
        Assert.False(check.NeedsRestore(First, 3, 3, bookDigest: 0, nodeDigest: ShareDigest.Of(["c1", "c2", "c3"])));
        Assert.False(check.NeedsRestore(First, 3, 3, bookDigest: 0, nodeDigest: ShareDigest.Of(["c1", "c2", "c3"])));
    }
}
