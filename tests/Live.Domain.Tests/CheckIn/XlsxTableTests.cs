using System.IO.Compression;
using System.Text;
using Live.Domain.CheckIn.Import;
using Live.Domain.Common;

namespace Live.Domain.Tests.CheckIn;

/// <summary>What the XLSX reader refuses, and the text forms Excel writes that it must read back as typed.</summary>
public class XlsxTableTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly byte[] Roster = TestXlsx.Build(["姓名", "手机"], ["张伟", 13800138000d]);

    /// <summary>The roster with one part replaced or added.</summary>
    private static byte[] With(string path, string xml, byte[]? file = null)
    {
        using var buffer = new MemoryStream();
        buffer.Write(file ?? Roster);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(path)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return buffer.ToArray();
    }

    private static string Code(byte[] file) => Assert.Throws<RuleViolation>(() => XlsxTable.Read(file)).Code;

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml", "worksheet")]
    [InlineData("xl/sharedStrings.xml", "sst")]
    [InlineData("xl/workbook.xml", "workbook")]
    [InlineData("[Content_Types].xml", "Types")]
    [InlineData("_rels/.rels", "Relationships")]
    public void A_DTD_in_any_part_is_refused_so_entities_cannot_expand(string path, string root)
    {
        var laughs = $"""<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>""";
        using var zip = new ZipArchive(new MemoryStream(Roster));
        var original = new StreamReader(zip.GetEntry(path)!.Open()).ReadToEnd();
        Assert.Equal(ErrorCodes.UnsupportedFile, Code(With(path, laughs + original.Replace("张伟", "&b;"))));
    }

    [Fact]
    public void A_part_that_unpacks_past_64_MiB_is_refused_before_it_is_read()
    {
        using var buffer = new MemoryStream();
        buffer.Write(Roster);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/media/padding.bin", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) part.Write(zeros);
            part.WriteByte(0);
        }
        Assert.True(buffer.Length < 5 * 1024 * 1024); // small enough to be uploaded
        Assert.Equal(ErrorCodes.FileTooLarge, Code(buffer.ToArray()));
    }

    [Fact]
    public void A_zip_that_is_no_workbook_is_an_unsupported_file()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open())) writer.Write("name\nJane\n");
        Assert.Equal(ErrorCodes.UnsupportedFile, Code(buffer.ToArray()));
    }

    [Fact]
    public void Rich_text_runs_are_joined_and_Excel_escapes_decoded()
    {
        var sheet = $"""
            <worksheet xmlns="{Main}"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>note</t></is></c></row>
            <row r="2"><c r="A2" t="inlineStr"><is><r><t>欧阳</t></r><r><rPr><b/></rPr><t>娜娜</t></r><rPh sb="0" eb="2"><t>ōuyáng</t></rPh></is></c>
              <c r="B2" t="inlineStr"><is><t>line_x000D_
            next, _x005F_x000D_ as typed</t></is></c><c r="XFD2"><v>1</v></c><c r="ZZZZZZZZ2"><v>2</v></c></row>
            </sheetData></worksheet>
            """;
        var rows = XlsxTable.Read(With("xl/worksheets/sheet1.xml", sheet));

        Assert.Equal(["欧阳娜娜", "line\r\nnext, _x000D_ as typed"], rows[1].Cells);
    }
}
