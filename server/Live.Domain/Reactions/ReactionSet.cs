using System.Globalization;
using System.Text;
using Live.Domain.Common;

namespace Live.Domain.Reactions;

/// <summary>Which emoji attendees can tap, and the running totals.</summary>
public static class ReactionSet
{
    public const int MaxEmoji = 8;
    public const int MaxCountPerCall = 50;
    public static IReadOnlyList<string> Default { get; } = ["👍", "❤️", "👏", "😂", "🎉"];

    /// <summary>1–8 distinct emoji, each one user-perceived character that starts with a symbol.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string?>? emojis)
    {
        if (emojis is null || emojis.Count is 0 or > MaxEmoji) throw new RuleViolation(ErrorCodes.InvalidReactionSet);
        var clean = emojis.Select(e => (e ?? string.Empty).Trim()).ToList();
        if (clean.Any(e => !IsSingleEmoji(e)) || clean.Distinct(StringComparer.Ordinal).Count() != clean.Count)
            throw new RuleViolation(ErrorCodes.InvalidReactionSet);
        return clean;
    }

    /// <summary>Throws invalid_reaction unless the emoji is in the set and the count is 1–50.</summary>
    public static void RequireValid(IReadOnlyList<string> set, string? emoji, int count)
    {
        if (emoji is null || count is < 1 or > MaxCountPerCall || !set.Contains(emoji)) throw new RuleViolation(ErrorCodes.InvalidReaction);
    }

    private static bool IsSingleEmoji(string s)
    {
        if (s.Length is 0 or > 16 || new StringInfo(s).LengthInTextElements != 1) return false;
        // U+FFFD (OtherSymbol) is what a broken character becomes on the way in; it is no emoji. A lone surrogate is none either.
        if (!Rune.TryGetRuneAt(s, 0, out var first) || first == Rune.ReplacementChar) return false;
        return Rune.GetUnicodeCategory(first) == UnicodeCategory.OtherSymbol;
    }
}
