using System.Globalization;
using System.Text.RegularExpressions;

namespace Live.Domain.CheckIn.Import;

/// <summary>
/// SpreadsheetML's escape inside text (ECMA-376 part 1, ST_Xstring): _xHHHH_ stands for the character U+HHHH. Excel
/// writes a carriage return in a cell as _x000D_ and a literal "_x" sequence with its underscore as _x005F_.
/// </summary>
public static partial class XlsxText
{
    public static string Decode(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();
}
