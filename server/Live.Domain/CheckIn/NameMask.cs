using System.Globalization;

namespace Live.Domain.CheckIn;

/// <summary>
/// Names as a big screen may show them when the host asks for privacy: a Chinese name keeps its family name
/// ("张三丰" → "张**"), a Latin one the first letter of each word ("Jane Smith" → "J*** S***").
/// </summary>
public static class NameMask
{
    public static string Mask(string name)
    {
        var elements = TextElements(name.Trim());
        if (elements.Count == 0) return string.Empty;
        if (!name.Contains(' ')) return elements[0] + new string('*', Math.Max(1, elements.Count - 1));
        return string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MaskWord));
    }

    private static string MaskWord(string word)
    {
        var elements = TextElements(word);
        return elements[0] + new string('*', Math.Max(1, elements.Count - 1));
    }

    private static List<string> TextElements(string s)
    {
        var list = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(s);
        while (e.MoveNext()) list.Add((string)e.Current);
        return list;
    }
}
