using System.Globalization;
using System.Text;

namespace Live.Domain.Moderation;

/// <summary>
/// Finds blocklisted words in zh and en text. Chinese has no spaces, so a CJK word matches anywhere, even with
/// symbols or spaces wedged between its characters ("傻 逼"). A Latin word matches whole words only, so "class"
/// never trips on "ass"; spelled-out letters ("f u c k") and common digit swaps ("sh1t") are folded first.
/// </summary>
public sealed class WordFilter
{
    private readonly List<string> _cjkWords = [];
    private readonly HashSet<string> _latinWords = new(StringComparer.Ordinal);

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var folded = Fold(word);
            if (folded.Length == 0) continue;
            if (folded.Any(IsCjk)) _cjkWords.Add(folded);
            else _latinWords.Add(folded);
        }
    }

    /// <summary>The first blocklisted word found in the text, or null.</summary>
    public string? FindMatch(string text)
    {
        var folded = Fold(text);
        foreach (var word in _cjkWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal)) return word;
        }
        foreach (var token in LatinTokens(text))
        {
            if (_latinWords.Contains(token)) return token;
        }
        return null;
    }

    /// <summary>Letters and digits only, lower case, width- and compatibility-folded, digit look-alikes as letters.</summary>
    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            var c = ch switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', _ => ch };
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    // Words split on anything that is not a Latin letter; runs of single letters ("f u c k", "f.u.c.k") also
    // yield their joined form.
    private static IEnumerable<string> LatinTokens(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            var c = ch switch { '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't', '@' => 'a', '$' => 's', _ => ch };
            if (c is >= 'a' and <= 'z') { sb.Append(c); continue; }
            if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());

        var singles = new StringBuilder();
        foreach (var word in words)
        {
            yield return word;
            if (word.Length == 1) { singles.Append(word); continue; }
            if (singles.Length > 1) yield return singles.ToString();
            singles.Clear();
        }
        if (singles.Length > 1) yield return singles.ToString();
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\u3040' and <= '\u30FF' or >= '\uAC00' and <= '\uD7AF';
}
