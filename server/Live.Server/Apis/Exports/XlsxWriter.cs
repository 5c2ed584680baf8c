using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Live.Server.Apis.Exports;

/// <summary>
/// The smallest .xlsx (Office Open XML SpreadsheetML) Excel and WPS open without complaint: one sheet, a bold frozen
/// header row, text as inline strings and numbers as number cells, written with nothing but the zip and XML writers.
/// Text is kept exactly, including a leading = + - @: an inline string cell is a value, never a formula, so it needs
/// none of the apostrophe CsvWriter adds. Only what XML 1.0 cannot carry at all (control characters other than tab,
/// line feed and carriage return, lone surrogates, U+FFFE/U+FFFF) is dropped.
/// </summary>
public static partial class XlsxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit for one cell; a longer text makes Excel call the whole file damaged.</summary>
    public const int MaxCellChars = 32767;

    /// <summary>Excel keeps 15 significant digits; a longer number would show changed, so it stays text.</summary>
    private const int MaxNumberDigits = 15;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string HeaderStyle = "1";

    public static byte[] Write(string sheetName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", XlsxParts.ContentTypes);
            Part(zip, "_rels/.rels", XlsxParts.RootRels);
            Part(zip, "xl/_rels/workbook.xml.rels", XlsxParts.WorkbookRels);
            Part(zip, "xl/styles.xml", XlsxParts.Styles);
            Part(zip, "xl/workbook.xml", xml =>
            {
                xml.WriteStartElement("workbook", Main);
                xml.WriteAttributeString("xmlns", "r", null, RelNs);
                xml.WriteStartElement("sheets", Main);
                xml.WriteStartElement("sheet", Main);
                xml.WriteAttributeString("name", SheetName(sheetName));
                xml.WriteAttributeString("sheetId", "1");
                xml.WriteAttributeString("id", RelNs, "rId1");
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            });
            Part(zip, "xl/worksheets/sheet1.xml", xml => Sheet(xml, header, rows));
        }
        return buffer.ToArray();
    }

    private static void Sheet(XmlWriter xml, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        xml.WriteStartElement("worksheet", Main);
        // The header stays in view while the host scrolls a long list.
        xml.WriteStartElement("sheetViews", Main);
        xml.WriteStartElement("sheetView", Main);
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", Main);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheetData", Main);
        Row(xml, 1, [.. header.Select(ExportCell.Text)], HeaderStyle);
        var number = 1;
        foreach (var row in rows) Row(xml, ++number, row, style: null);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Row(XmlWriter xml, int number, IReadOnlyList<ExportCell> cells, string? style)
    {
        xml.WriteStartElement("row", Main);
        xml.WriteAttributeString("r", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i].Value;
            if (string.IsNullOrEmpty(value)) continue; // an empty cell is no cell, as Excel itself writes it
            xml.WriteStartElement("c", Main);
            xml.WriteAttributeString("r", ColumnName(i) + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (style is not null) xml.WriteAttributeString("s", style);
            if (cells[i].IsNumber && IsPlainNumber(value))
            {
                xml.WriteElementString("v", Main, value);
            }
            else
            {
                xml.WriteAttributeString("t", "inlineStr");
                xml.WriteStartElement("is", Main);
                xml.WriteStartElement("t", Main);
                var text = Clean(value);
                // Without it a spreadsheet trims leading and trailing spaces (and line breaks).
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(text);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
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
    private static bool IsPlainNumber(string value) =>
        PlainNumber().IsMatch(value) && value.Count(char.IsAsciiDigit) <= MaxNumberDigits;

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    [System.Text.RegularExpressions.GeneratedRegex(@"[\[\]:*?/\\]")]
    private static partial System.Text.RegularExpressions.Regex SheetForbidden();

    private static void Part(ZipArchive zip, string path, string xml) =>
        Part(zip, path, writer => writer.WriteRaw(xml));

    private static void Part(ZipArchive zip, string path, Action<XmlWriter> write)
    {
        using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
        // Entitize keeps a carriage return in a cell as &#xD; instead of turning it into a line feed.
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize });
        xml.WriteStartDocument(standalone: true);
        write(xml);
    }
}
