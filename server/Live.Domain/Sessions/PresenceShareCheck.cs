namespace Live.Domain.Sessions;

/// <summary>
/// A node's judgement, for one session, of whether the presence book still holds this node's share of the
/// connections, from one cheap answer of the book per tick (its epoch, how many connections it holds for the node
/// and their digest). The node sends its whole share again when the book is a new one (its epoch changed: the node holding it
/// died, or it was idle and re-activated), when a connect or disconnect call of this node failed, or when the
/// counts or the digests (<see cref="ShareDigest"/>) disagree on two ticks in a row with the same figures (a connect
/// and a restore crossing each other; a single disagreement is usually a call still on its way). The digest catches
/// one connection missing and another extra, which a count alone reads as agreement.
/// Not thread-safe: the caller locks.
/// </summary>
public sealed class PresenceShareCheck
{
    private Guid? _syncedEpoch;
    private int _losses;
    private (int Node, int Book, ulong NodeDigest, ulong BookDigest)? _mismatch;

    /// <summary>A connect or disconnect of this node did not reach the book.</summary>
    public void Lost()
    {
        _losses++;
        _syncedEpoch = null;
    }

    /// <param name="bookDigest">0 from a book that does not send one (a node of the previous version during a rolling
    /// upgrade): then only the counts are compared.</param>
    public bool NeedsRestore(Guid bookEpoch, int bookCount, int nodeCount, ulong bookDigest = 0, ulong nodeDigest = 0)
    {
        if (_syncedEpoch != bookEpoch) return true;
        if (bookCount == nodeCount && (bookDigest == 0 || bookDigest == nodeDigest))
        {
            _mismatch = null;
            return false;
        }
        var figures = (nodeCount, bookCount, nodeDigest, bookDigest);
        var again = _mismatch == figures;
        _mismatch = figures;
        return again;
    }

    /// <summary>Taken with the snapshot of the node's share that is about to be restored.</summary>
    public int BeginRestore() => _losses;

    /// <summary>
    /// The book now holds the snapshot. A loss after the snapshot was taken is not covered by it, so it keeps the
    /// share marked for the next tick.
    /// </summary>
    public void Restored(Guid bookEpoch, int token)
    {
        _mismatch = null;
        _syncedEpoch = token == _losses ? bookEpoch : null;
    }

    /// <summary>Whether anything of this node may still be wrong in the book (keeps an empty share being checked).</summary>
    public bool Unsettled => _syncedEpoch is null || _mismatch is not null;
}
