using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Live.Domain.Common;
using Text = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Live.Domain.CheckIn.Import;

/// <summary>
/// Reads the first sheet of an .xlsx workbook with the OpenXml SDK: shared strings, inline strings, numbers (a phone
/// stored as a number must not come out as 1.38E+10) and booleans. The workbook, the shared strings and the sheet go
/// through the SDK's SAX reader (OpenXmlReader), one string or one cell loaded at a time, never a whole part.
/// A crafted file cannot expand without bound: every zip entry is capped before the SDK opens anything, and the SDK's
/// XML readers refuse a DTD anywhere in the package (an <see cref="XmlException"/>, so unsupported_file).
/// </summary>
public static class XlsxTable
{
    /// <summary>The most one part may unpack to (docs/API.md, POST /roster: "an XLSX whose sheet unpacks to over 64 MiB").</summary>
    public const long PartMax = 64L * 1024 * 1024;

    /// <summary>Columns past the 256th are dropped: a roster has five that matter.</summary>
    private const int MaxColumns = 256;

    /// <summary>Excel's last column, XFD.</summary>
    private const int ExcelColumns = 16384;

    public static IReadOnlyList<TableRow> Read(byte[] bytes)
    {
        try
        {
            RefuseOversizedParts(bytes);
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw new RuleViolation(ErrorCodes.UnsupportedFile);
            var strings = SharedStrings(workbook.SharedStringTablePart);
            return Sheet(FirstSheet(workbook), strings);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FormatException or IOException or OpenXmlPackageException
            or ArgumentException or InvalidOperationException or NotSupportedException or KeyNotFoundException)
        {
            throw new RuleViolation(ErrorCodes.UnsupportedFile);
        }
    }

    /// <summary>
    /// Checks the unpacked size each entry declares, before the SDK reads any: the package's own parts (content types,
    /// relationships) are read by System.IO.Packaging on open. .NET's zip reader stops an entry at its declared size,
    /// so a header that lies gives a cut, unreadable part, never more bytes.
    /// </summary>
    private static void RefuseOversizedParts(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Any(e => e.Length > PartMax)) throw new RuleViolation(ErrorCodes.FileTooLarge);
    }

    /// <summary>The part of the first sheet the workbook lists; a workbook that lists none gives its first worksheet part.</summary>
    private static OpenXmlPart FirstSheet(WorkbookPart workbook)
    {
        using (var reader = OpenXmlReader.Create(workbook))
            while (reader.Read())
                if (reader.IsStartElement && reader.ElementType == typeof(Sheet))
                    return ((Sheet)reader.LoadCurrentElement()!).Id?.Value is { } id ? workbook.GetPartById(id) : throw new RuleViolation(ErrorCodes.UnsupportedFile);
        return workbook.WorksheetParts.FirstOrDefault() ?? throw new RuleViolation(ErrorCodes.UnsupportedFile);
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var list = new List<string>();
        if (part is null) return list;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
            if (reader.IsStartElement && reader.ElementType == typeof(SharedStringItem)) list.Add(RichText(reader.LoadCurrentElement()!));
        return list;
    }

    private static List<TableRow> Sheet(OpenXmlPart sheet, List<string> strings)
    {
        var rows = new List<TableRow>();
        var cells = new SortedDictionary<int, string>();
        int rowNumber = 0, widest = -1;
        using var reader = OpenXmlReader.Create(sheet);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                rowNumber = int.TryParse(Attribute(reader, "r"), out var n) ? n : rowNumber + 1;
                cells.Clear();
                widest = -1;
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnIndex(cell.CellReference?.Value, widest + 1);
                widest = Math.Max(widest, column);
                if (column < MaxColumns) cells[column] = CellValue(cell, strings);
            }
            else if (reader.ElementType == typeof(Row) && reader.IsEndElement && cells.Count > 0)
            {
                var values = Enumerable.Range(0, cells.Keys.Last() + 1).Select(i => cells.GetValueOrDefault(i, string.Empty)).ToArray();
                if (values.Any(v => v.Trim().Length > 0)) rows.Add(new TableRow(rowNumber, values));
            }
        }
        return rows;
    }

    private static string? Attribute(OpenXmlReader reader, string name) =>
        reader.Attributes.FirstOrDefault(a => a.LocalName == name && string.IsNullOrEmpty(a.NamespaceUri)).Value;

    private static string CellValue(Cell cell, List<string> strings)
    {
        var value = cell.CellValue?.Text;
        return cell.DataType?.InnerText switch
        {
            "s" => int.TryParse(value, out var i) && i >= 0 && i < strings.Count ? strings[i] : string.Empty,
            "inlineStr" => cell.InlineString is { } inline ? RichText(inline) : string.Empty,
            "b" => value == "1" ? "TRUE" : "FALSE",
            "str" => XlsxText.Decode(value ?? string.Empty),
            "e" => value ?? string.Empty,
            _ => Number(value),
        };
    }

    /// <summary>A shared or inline string: its text, or its rich-text runs joined; phonetic runs (rPh) repeat the reading of East Asian text and are left out.</summary>
    private static string RichText(OpenXmlElement item) =>
        XlsxText.Decode(string.Concat(item.ChildElements.Select(child => child switch
        {
            Text text => text.Text,
            Run run => run.Text?.Text,
            _ => null,
        })));

    // Spreadsheets keep 13800138000 as the double 1.38E10; write whole numbers out in full.
    private static string Number(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? (d == decimal.Truncate(d) ? decimal.Truncate(d).ToString(CultureInfo.InvariantCulture) : d.ToString(CultureInfo.InvariantCulture))
            : value;
    }

    private static int ColumnIndex(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference)) return fallback;
        var index = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z') break;
            index = index * 26 + (ch - 'A' + 1);
            if (index > ExcelColumns) return ExcelColumns; // past XFD, and never an overflow to a negative column
        }
        return index == 0 ? fallback : index - 1;
    }
}
