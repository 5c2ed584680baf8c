using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Live.Domain.Common;

namespace Live.Domain.CheckIn.Import;

/// <summary>
/// Reads the first sheet of an .xlsx workbook with nothing but the zip and XML readers of .NET: shared strings,
/// inline strings, numbers (a phone stored as a number must not come out as 1.38E+10) and booleans.
/// No DTDs, and every part read is capped, so a crafted file cannot expand without bound.
/// </summary>
public static class XlsxTable
{
    private const long PartMax = 64L * 1024 * 1024;
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static IReadOnlyList<TableRow> Read(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            var strings = SharedStrings(zip);
            return Sheet(zip, FirstSheetPath(zip), strings);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or FormatException or KeyNotFoundException or IOException)
        {
            throw new RuleViolation(ErrorCodes.UnsupportedFile);
        }
    }

    private static XmlReader Open(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new RuleViolation(ErrorCodes.UnsupportedFile);
        if (entry.Length > PartMax) throw new RuleViolation(ErrorCodes.FileTooLarge);
        return XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false });
    }

    private static string FirstSheetPath(ZipArchive zip)
    {
        string? relId = null;
        using (var wb = Open(zip, "xl/workbook.xml"))
            while (relId is null && wb.Read())
                if (wb.NodeType == XmlNodeType.Element && wb.LocalName == "sheet") relId = wb.GetAttribute("id", RelNs);
        if (relId is null || zip.GetEntry("xl/_rels/workbook.xml.rels") is null) return "xl/worksheets/sheet1.xml";
        using var rels = Open(zip, "xl/_rels/workbook.xml.rels");
        while (rels.Read())
        {
            if (rels.NodeType != XmlNodeType.Element || rels.LocalName != "Relationship" || rels.GetAttribute("Id") != relId) continue;
            var target = rels.GetAttribute("Target") ?? "worksheets/sheet1.xml";
            return target.StartsWith('/') ? target[1..] : "xl/" + target;
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var list = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is null) return list;
        using var r = Open(zip, "xl/sharedStrings.xml");
        StringBuilder? current = null;
        r.Read();
        // ReadElementContentAsString and Skip already move past the element, so only the other branches Read().
        while (!r.EOF)
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "t" && current is not null) current.Append(r.ReadElementContentAsString());
            // Phonetic runs (rPh) repeat the reading of East Asian text; they are not part of the value.
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "rPh") r.Skip();
            else
            {
                if (r.NodeType == XmlNodeType.Element && r.LocalName == "si" && r.NamespaceURI == Main)
                {
                    current = new StringBuilder();
                    if (r.IsEmptyElement) { list.Add(string.Empty); current = null; }
                }
                else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "si" && current is not null) { list.Add(current.ToString()); current = null; }
                r.Read();
            }
        }
        return list;
    }

    private static List<TableRow> Sheet(ZipArchive zip, string path, List<string> strings)
    {
        var rows = new List<TableRow>();
        using var r = Open(zip, path);
        var cells = new SortedDictionary<int, string>();
        int rowNumber = 0;
        while (r.Read())
        {
            if (r.NodeType == XmlNodeType.Element && r.LocalName == "row")
            {
                rowNumber = int.TryParse(r.GetAttribute("r"), out var n) ? n : rowNumber + 1;
                cells.Clear();
                if (r.IsEmptyElement) continue;
            }
            else if (r.NodeType == XmlNodeType.Element && r.LocalName == "c")
            {
                var column = ColumnIndex(r.GetAttribute("r"), cells.Count == 0 ? 0 : cells.Keys.Last() + 1);
                var type = r.GetAttribute("t");
                cells[column] = r.IsEmptyElement ? string.Empty : CellValue(r.ReadSubtree(), type, strings);
            }
            else if (r.NodeType == XmlNodeType.EndElement && r.LocalName == "row" && cells.Count > 0)
            {
                var width = cells.Keys.Last() + 1;
                if (width > 256) width = 256;
                var values = Enumerable.Range(0, width).Select(i => cells.GetValueOrDefault(i, string.Empty)).ToArray();
                if (values.Any(v => v.Trim().Length > 0)) rows.Add(new TableRow(rowNumber, values));
            }
        }
        return rows;
    }

    private static string CellValue(XmlReader cell, string? type, List<string> strings)
    {
        using (cell)
        {
            var text = new StringBuilder();
            string? value = null;
            cell.Read();
            while (!cell.EOF)
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v") value = cell.ReadElementContentAsString();
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "t") text.Append(cell.ReadElementContentAsString());
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "rPh") cell.Skip();
                else cell.Read();
            }
            return type switch
            {
                "s" => int.TryParse(value, out var i) && i >= 0 && i < strings.Count ? strings[i] : string.Empty,
                "inlineStr" => text.ToString(),
                "b" => value == "1" ? "TRUE" : "FALSE",
                "str" or "e" => value ?? string.Empty,
                _ => Number(value),
            };
        }
    }

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
        }
        return index == 0 ? fallback : index - 1;
    }
}
