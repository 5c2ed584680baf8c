using Live.Contracts;

namespace Live.Server.Realtime;

/// <summary>Folds two reaction updates into one: the newer totals, both bursts added (no tap is lost from the screen).</summary>
public static class ReactionMerge
{
    public static ReactionsView Merge(ReactionsView older, ReactionsView newer)
    {
        if (newer.Version < older.Version) (older, newer) = (newer, older);
        var bursts = older.Counts.ToDictionary(c => c.Emoji, c => c.Burst, StringComparer.Ordinal);
        return newer with
        {
            Counts = newer.Counts.Select(c => c with { Burst = c.Burst + bursts.GetValueOrDefault(c.Emoji) }).ToList(),
        };
    }
}
