using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Live.Server.Apis.Exports;

/// <summary>
/// Writes the sheet part row by row with the OpenXml SDK's SAX writer, so a row is written as it is enumerated and
/// no row is kept once written. Text is an inline string (a value, never a formula); a plain number is a number cell.
/// </summary>
internal sealed partial class XlsxSheet(OpenXmlWriter xml)
{
    private const string XmlNs = "http://www.w3.org/XML/1998/namespace";

    // The SAX writer takes an element only for its name: one of each serves every cell of the sheet.
    private readonly Row _row = new();
    private readonly Cell _cell = new();
    private readonly CellValue _value = new();
    private readonly InlineString _inline = new();
    private readonly Text _text = new();

    public static void Write(Stream part, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<ExportCell>> rows)
    {
        using var xml = OpenXmlWriter.Create(part);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement(new Worksheet());
        // The header stays in view while the host scrolls a long list.
        xml.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 }));
        xml.WriteStartElement(new SheetData());
        var sheet = new XlsxSheet(xml);
        sheet.Row(1, [.. header.Select(ExportCell.Text)], XlsxPackage.HeaderStyle);
        var number = 1;
        foreach (var row in rows) sheet.Row(++number, row, style: null);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private void Row(int number, IReadOnlyList<ExportCell> cells, string? style)
    {
        var r = number.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement(_row, [new OpenXmlAttribute("r", "", r)]);
        for (var i = 0; i < cells.Count; i++)
        {
            var value = cells[i].Value;
            if (string.IsNullOrEmpty(value)) continue; // an empty cell is no cell, as Excel itself writes it
            var reference = new OpenXmlAttribute("r", "", XlsxWriter.ColumnName(i) + r);
            if (cells[i].IsNumber && XlsxWriter.IsPlainNumber(value))
            {
                xml.WriteStartElement(_cell, style is null ? [reference] : [reference, new OpenXmlAttribute("s", "", style)]);
                xml.WriteStartElement(_value);
                xml.WriteString(value);
                xml.WriteEndElement();
            }
            else
            {
                var inline = new OpenXmlAttribute("t", "", "inlineStr");
                xml.WriteStartElement(_cell, style is null ? [reference, inline] : [reference, new OpenXmlAttribute("s", "", style), inline]);
                xml.WriteStartElement(_inline);
                var text = XlsxWriter.Clean(value);
                // Without it a spreadsheet trims leading and trailing spaces (and line breaks).
                var preserve = text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]));
                xml.WriteStartElement(_text, preserve ? [new OpenXmlAttribute("xml", "space", XmlNs, "preserve")] : []);
                xml.WriteString(Escape(text));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>
    /// SpreadsheetML's own escape for text (ECMA-376 part 1, ST_Xstring): a carriage return becomes _x000D_, as Excel
    /// writes it, because the SDK's XML writer turns a raw one into a line feed. An underscore that starts a "_xHHHH_"
    /// already in the text is escaped (_x005F_), so it reads back as typed and not as the character it names.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Contains('\r') && !text.Contains("_x", StringComparison.Ordinal)) return text;
        return EscapeLike().Replace(text, "_x005F_").Replace("\r", "_x000D_", StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("_(?=x[0-9A-Fa-f]{4}_)")]
    private static partial System.Text.RegularExpressions.Regex EscapeLike();
}
