using System.Globalization;

namespace Live.Domain.CheckIn;

/// <summary>
/// Names as a big screen may show them when the host asks for privacy, the way Chinese screens do it: the first and
/// last character stay ("张三丰" → "张*丰", "欧阳娜娜" → "欧**娜", two characters "张三" → "张*"), so two winners with the
/// same family name still look different; a Latin name keeps the first letter of each word ("Jane Smith" → "J*** S****").
/// </summary>
public static class NameMask
{
    public static string Mask(string name)
    {
        var elements = TextElements(name.Trim());
        if (elements.Count == 0) return string.Empty;
        if (!name.Contains(' '))
            return elements.Count >= 3 ? elements[0] + new string('*', elements.Count - 2) + elements[^1] : elements[0] + "*";
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
