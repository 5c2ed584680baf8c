using System.IO.Compression;
using System.Xml.Linq;
using Live.Domain.CheckIn.Import;
using Live.Server.Apis.Exports;

namespace Live.Server.Tests;

/// <summary>
/// What every XLSX export is written with, read back with the reader the roster import uses (XlsxTable) and, for the
/// cell types, straight from the sheet's XML.
/// </summary>
public sealed class XlsxWriterTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static byte[] Write(string[] header, params ExportCell[][] rows) => XlsxWriter.Write("Sheet", header, rows);

    private static string[][] ReadBack(byte[] file) => [.. XlsxTable.Read(file).Select(r => r.Cells.ToArray())];

    /// <summary>Each cell of the sheet by reference ("B2"): its t attribute (null for a number) and its value.</summary>
    internal static Dictionary<string, (string? Type, string Value)> Cells(byte[] file)
    {
        using var zip = new ZipArchive(new MemoryStream(file));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        return XDocument.Load(sheet).Descendants(Main + "c")
            .ToDictionary(c => (string)c.Attribute("r")!, c => ((string?)c.Attribute("t"), c.Value));
    }

    [Fact]
    public void Characters_XML_cannot_hold_are_dropped_and_everything_else_is_kept_exactly()
    {
        var nasty = "a\u0001b\u0008c\u001Fd\uFFFEe\uFFFF|\uD800lone|lone\uDC00|😀|tab\there|第一行\r\n第二行\r|<&>\"'";
        var file = Write(["text"], [nasty], ["  padded  "], ["\n"]);
        Assert.Equal([["text"], ["abcde|lone|lone|😀|tab\there|第一行\r\n第二行\r|<&>\"'"], ["  padded  "]], ReadBack(file));
        Assert.Equal("\n", Cells(file)["A4"].Value); // a cell that is only a line break is a row XlsxTable skips, but it is there
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"click\")")]
    [InlineData("+1+cmd")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("=cmd|' /C calc'!A0")]
    public void A_cell_that_looks_like_a_formula_is_literal_text_never_a_formula(string text)
    {
        var file = Write(["a"], [text]);
        Assert.Equal(text, ReadBack(file)[1][0]); // no apostrophe: an inline string is a value, never run
        Assert.Equal(("inlineStr", text), Cells(file)["A2"]);
        using var zip = new ZipArchive(new MemoryStream(file));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        Assert.Empty(XDocument.Load(sheet).Descendants(Main + "f"));
    }

    [Fact]
    public void Numbers_are_number_cells_and_what_would_not_show_as_written_stays_text()
    {
        var file = Write(["n"], [42], [-17], [ExportCell.Number(2 / 3.0, "0.###")], [13800138000L], [(long?)null],
            [ExportCell.Number("00123")], [ExportCell.Number("1e5")], [ExportCell.Number("1234567890123456")], [ExportCell.Number("NaN")], ["42"]);
        var cells = Cells(file);
        Assert.Equal((null, "42"), cells["A2"]);
        Assert.Equal((null, "-17"), cells["A3"]);
        Assert.Equal((null, "0.667"), cells["A4"]);
        Assert.Equal((null, "13800138000"), cells["A5"]);
        Assert.False(cells.ContainsKey("A6")); // no value: no cell, as the CSV has an empty one
        foreach (var (at, text) in new[] { ("A7", "00123"), ("A8", "1e5"), ("A9", "1234567890123456"), ("A10", "NaN"), ("A11", "42") })
            Assert.Equal(("inlineStr", text), cells[at]); // a leading zero, an exponent, over 15 digits, not a number, or given as text
        Assert.Equal(["42", "-17", "0.667", "13800138000", "00123"], ReadBack(file).Skip(1).Take(5).Select(r => r[0]));
    }

    [Fact]
    public void No_rows_is_a_valid_workbook_with_the_header_alone_in_bold()
    {
        var file = Write(["姓名", "phone", "seat"]);
        Assert.Equal([["姓名", "phone", "seat"]], ReadBack(file));
        using var zip = new ZipArchive(new MemoryStream(file));
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName));
        foreach (var entry in zip.Entries)
        {
            using var part = entry.Open();
            Assert.NotNull(XDocument.Load(part).Root); // every part is well-formed XML
        }
        Assert.All(Cells(file), c => Assert.Equal("inlineStr", c.Value.Type));
        using var sheet = zip.GetEntry("xl/worksheets/sheet1.xml")!.Open();
        Assert.All(XDocument.Load(sheet).Descendants(Main + "c"), c => Assert.Equal("1", (string?)c.Attribute("s")));
    }

    [Fact]
    public void Rows_may_be_shorter_than_the_header_and_columns_go_past_Z()
    {
        var header = Enumerable.Range(0, 30).Select(i => $"h{i}").ToArray();
        var file = Write(header, [.. Enumerable.Range(0, 30).Select(i => (ExportCell)i)], ["only"]);
        var cells = Cells(file);
        Assert.Equal((null, "29"), cells["AD2"]);
        Assert.Equal(("inlineStr", "only"), cells["A3"]);
        Assert.Equal(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"], new[] { 0, 25, 26, 51, 52, 701, 702, 16383 }.Select(XlsxWriter.ColumnName));
    }

    [Fact]
    public void A_cell_longer_than_Excel_allows_is_cut_at_its_limit_never_inside_a_surrogate_pair()
    {
        Assert.Equal(XlsxWriter.MaxCellChars, XlsxWriter.Clean(new string('x', 40000)).Length);
        var emoji = new string('x', XlsxWriter.MaxCellChars - 1) + "😀";
        Assert.Equal(XlsxWriter.MaxCellChars - 1, XlsxWriter.Clean(emoji).Length);
    }

    [Theory]
    [InlineData("checkins-123456", "checkins-123456")]
    [InlineData("a[b]:c*d?e/f\\g", "abcdefg")]
    [InlineData("poll-p12-responses-123456-and-much-more", "poll-p12-responses-123456-and-m")]
    [InlineData("'quoted'", "quoted")]
    [InlineData("History", "Sheet1")]
    [InlineData("[]", "Sheet1")]
    [InlineData("年会 签到", "年会 签到")]
    public void A_sheet_name_is_one_Excel_accepts(string given, string name) => Assert.Equal(name, XlsxWriter.SheetName(given));

    [Fact]
    public void The_sheet_name_is_written_escaped_in_the_workbook()
    {
        var file = XlsxWriter.Write("A & <B>", ["x"], []);
        using var zip = new ZipArchive(new MemoryStream(file));
        using var workbook = zip.GetEntry("xl/workbook.xml")!.Open();
        Assert.Equal("A & <B>", (string?)XDocument.Load(workbook).Descendants(Main + "sheet").Single().Attribute("name"));
    }

    [Fact]
    public void The_workbook_is_valid_Office_Open_XML_by_the_SDK_s_own_schema_validator()
    {
        var file = Write(["姓名", "n", "note"], ["张伟", 13800138000L, "=1+1\r\n_x000D_"], [(string?)null, -17, "  padded  "]);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(file), false);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        Assert.Equal([["姓名", "n", "note"], ["张伟", "13800138000", "=1+1\r\n_x000D_"], ["", "-17", "  padded  "]], ReadBack(file));
    }

    [Fact]
    public void Fifty_thousand_rows_written_by_the_streaming_writer_come_back_whole_through_the_roster_reader()
    {
        const int count = 50_000;
        string[] header = ["n", "name", "phone", "company", "category", "seat", "score", "note"];
        IEnumerable<ExportCell[]> Rows()
        {
            for (var i = 1; i <= count; i++)
                yield return [i, $"参会者{i}", 13800000000L + i, $"Company {i % 97}", i % 3 == 0 ? "VIP" : "dealer", $"A{i:000000}",
                    ExportCell.Number(i / 8.0, "0.###"), i % 1000 == 0 ? $"=SUM(A{i})\r\nnext" : ""];
        }

        var rows = ReadBack(XlsxWriter.Write("load", header, Rows()));

        Assert.Equal(count + 1, rows.Length);
        Assert.Equal(header, rows[0]);
        Assert.Equal(["1", "参会者1", "13800000001", "Company 1", "dealer", "A000001", "0.125"], rows[1]); // the empty note is no cell
        Assert.Equal(["25000", "参会者25000", "13800025000", "Company 71", "dealer", "A025000", "3125", "=SUM(A25000)\r\nnext"], rows[25_000]);
        Assert.Equal(["50000", "参会者50000", "13800050000", "Company 45", "dealer", "A050000", "6250", "=SUM(A50000)\r\nnext"], rows[count]);
    }
}
