using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Live.Server.Apis.Exports;

/// <summary>
/// A one-sheet .xlsx (Office Open XML SpreadsheetML) Excel and WPS open without complaint: a bold frozen header row,
/// text as inline strings and numbers as number cells, every part written by the OpenXml SDK (<see cref="XlsxPackage"/>
/// for the package, <see cref="XlsxSheet"/> streaming the rows). Text is kept exactly, including a leading = + - @: an
/// inline string cell is a value, never a formula, so it needs none of the apostrophe CsvWriter adds. Only what XML 1.0
/// cannot carry at all (control characters other than tab, line feed and carriage return, lone surrogates,
/// U+FFFE/U+FFFF) is dropped.
/// </summary>
public static partial class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit for one cell; a longer text makes Excel call the whole file damaged.</summary>
    public const int MaxCellChars = 32767;

    /// <summary>Excel keeps 15 significant digits; a longer number would show changed, so it stays text.</summary>
    private const int MaxNumberDigits = 15;

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheetName, header, rows);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the workbook to <paramref name="output"/>: the SDK's small parts copied as they are, and the sheet written
    /// row by row into its compressed entry, so memory holds one row and the zip's window, not the sheet's XML.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        var (package, sheetEntry) = XlsxPackage.Skeleton(SheetName(sheetName));
        using var skeleton = new ZipArchive(package, ZipArchiveMode.Read);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        // By name: [Content_Types].xml first, as tools that sniff a package expect, and the same order every time.
        foreach (var entry in skeleton.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var target = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
            if (entry.FullName == sheetEntry)
            {
                XlsxSheet.Write(target, header, rows);
                continue;
            }
            using var part = entry.Open();
            part.CopyTo(target);
        }
    }

    /// <summary>The text without what XML 1.0 cannot hold, cut to <see cref="MaxCellChars"/> (never inside a surrogate pair).</summary>
    public static string Clean(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, MaxCellChars));
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                if (sb.Length + 2 > MaxCellChars) break;
                sb.Append(text[i]).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                if (sb.Length + 1 > MaxCellChars) break;
                sb.Append(text[i]);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A sheet name Excel accepts: 1–31 characters, none of [ ] : * ? / \, not starting or ending with an apostrophe,
    /// and not "History" (Excel keeps that name for itself).
    /// </summary>
    public static string SheetName(string name)
    {
        var cleaned = Clean(SheetForbidden().Replace(name, "")).Trim('\'', ' ');
        if (cleaned.Length > 31) cleaned = cleaned[..(char.IsHighSurrogate(cleaned[30]) ? 30 : 31)].TrimEnd('\'', ' ');
        return cleaned.Length == 0 || cleaned.Equals("History", StringComparison.OrdinalIgnoreCase) ? "Sheet1" : cleaned;
    }

    /// <summary>A, B, … Z, AA, AB, … for the 0-based column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>A decimal a spreadsheet shows exactly as written: no leading zeros, no exponent, at most 15 digits.</summary>
    internal static bool IsPlainNumber(string value) =>
        PlainNumber().IsMatch(value) && value.Count(char.IsAsciiDigit) <= MaxNumberDigits;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\[\]:*?/\\]")]
    private static partial System.Text.RegularExpressions.Regex SheetForbidden();
}
