using System.Globalization;
using System.Text;

namespace Live.Domain.Common;

/// <summary>
/// Cleans user text before any rule looks at it: Unicode NFC, control and bidi-override characters removed
/// (they can reorder or hide text on the big screen), whitespace runs collapsed, trimmed.
/// </summary>
public static class Text
{
    public static string Clean(string? input)
    {
        if (string.IsNullOrEmpty(input)) return string.Empty;
        var normalized = DropLoneSurrogates(input).Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(normalized.Length);
        var lastWasSpace = false;
        foreach (var ch in normalized)
        {
            if (char.IsWhiteSpace(ch))
            {
                if (!lastWasSpace && sb.Length > 0) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            if (IsHidden(ch)) continue;
            sb.Append(ch);
            lastWasSpace = false;
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Cleans, then enforces 1..max text elements (user-perceived characters).</summary>
    public static string Required(string? input, int max, string requiredCode, string tooLongCode)
    {
        var clean = Clean(input);
        if (clean.Length == 0) throw new RuleViolation(requiredCode);
        if (Length(clean) > max) throw new RuleViolation(tooLongCode);
        return clean;
    }

    /// <summary>Cleans, then enforces 0..max; empty becomes null.</summary>
    public static string? Optional(string? input, int max, string tooLongCode)
    {
        var clean = Clean(input);
        if (clean.Length == 0) return null;
        if (Length(clean) > max) throw new RuleViolation(tooLongCode);
        return clean;
    }

    /// <summary>Length as a person counts it: an emoji or a CJK character is one.</summary>
    public static int Length(string s) => new StringInfo(s).LengthInTextElements;

    // Normalize() throws on a lone surrogate; a malformed string must be cleaned, not crash the caller.
    private static string DropLoneSurrogates(string s)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var ch = s[i];
            var paired = char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]);
            if (paired)
            {
                sb?.Append(ch).Append(s[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(ch))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length);
                continue;
            }
            sb?.Append(ch);
        }
        return sb?.ToString() ?? s;
    }

    private static bool IsHidden(char ch)
    {
        if (char.GetUnicodeCategory(ch) == UnicodeCategory.Control) return true;
        // Bidi embeddings/overrides/isolates and zero-width marks used to disguise text.
        return ch is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F'
            or '\u061C' or '\uFEFF' or '\u200B';
    }
}
