using System.Globalization;
using System.Text;
using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.WordCloud;

/// <summary>
/// When two entries are the same word: "AI", "ai" and "ＡＩ" are one. NFKC folds full-width letters and digits to
/// half-width and compatibility forms to their base; case is folded; punctuation around the word ("AI!", "「创新」") is
/// dropped; inner spaces are collapsed. Chinese entries are kept whole as phrases: at a word cloud people type the
/// phrase they mean ("数字化转型"), and splitting it would put "数字化" and "转型" on the screen instead.
/// </summary>
public static class WordNormalizer
{
    /// <summary>How the entry is shown: cleaned, compatibility-folded, trimmed of surrounding punctuation, case kept.</summary>
    public static string Display(string? entry)
    {
        var clean = Text.Clean(entry);
        if (clean.Length == 0) return clean;
        return TrimPunctuation(clean.Normalize(NormalizationForm.FormKC)).Trim();
    }

    /// <summary>The key two entries share exactly when they are the same word.</summary>
    public static string Key(string entry) => Display(entry).ToLowerInvariant();

    private static string TrimPunctuation(string s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsEdgePunctuation(s[start])) start++;
        while (end > start && IsEdgePunctuation(s[end - 1])) end--;
        return s[start..end];
    }

    private static bool IsEdgePunctuation(char ch) => char.IsWhiteSpace(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is
        UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.DashPunctuation
        or UnicodeCategory.ConnectorPunctuation;
}
