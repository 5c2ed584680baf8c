namespace Live.Domain.Polls;

/// <summary>
/// How a poll's ballots are stored without rewriting all of them on every write. A full snapshot is written now
/// and then; between snapshots each group commit writes only a journal of the ballots changed since the last
/// snapshot. The journal names the snapshot it extends, so a journal left over from before a newer snapshot (the
/// write after a snapshot never came) is recognised and ignored: the snapshot already holds all of it.
/// </summary>
public static class BallotJournal
{
    /// <summary>Below this many changed ballots a journal write is always cheap enough.</summary>
    public const int MinCompactSize = 256;

    /// <summary>
    /// Write a full snapshot when the journal has grown past an eighth of the ballots (and the minimum): a journal write
    /// then costs at most about an eighth of a full one, and the full write comes once per that many changes.
    /// </summary>
    public static bool ShouldSnapshot(int changedSinceSnapshot, int ballots) =>
        changedSinceSnapshot > Math.Max(MinCompactSize, ballots / 8);

    /// <summary>The ballots as stored: the snapshot, overlaid by the journal when it extends this very snapshot.</summary>
    public static IReadOnlyDictionary<string, T> Merge<T>(
        IReadOnlyDictionary<string, T> snapshot, long snapshotVersion, IReadOnlyDictionary<string, T>? journal, long journalBase)
    {
        if (!Extends(snapshotVersion, journal, journalBase)) return snapshot;
        var merged = new Dictionary<string, T>(snapshot, StringComparer.Ordinal);
        foreach (var (voter, ballot) in journal!) merged[voter] = ballot;
        return merged;
    }

    public static bool Extends<T>(long snapshotVersion, IReadOnlyDictionary<string, T>? journal, long journalBase) =>
        journal is { Count: > 0 } && journalBase == snapshotVersion;
}
