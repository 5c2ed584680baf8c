using System.Text;
using Live.Domain.CheckIn.Import;
using Live.Domain.Common;

namespace Live.Domain.Tests.CheckIn;

public class RosterFileTests
{
    static RosterFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Csv_with_a_byte_order_mark_quotes_and_a_line_break_inside_a_cell()
    {
        var csv = "\uFEFF姓名,手机,公司,类别,座位\r\n张伟,13800138000,\"上海汽车, 华东\",VIP,A1\r\n李娜,13900139000,\"第一行\n第二行\",dealer,\r\n\r\n王芳,13700137000,,media,B2\r\n";

        var rows = RosterFile.Read(Encoding.UTF8.GetBytes(csv));

        Assert.Equal(3, rows.Count);
        Assert.Equal(("张伟", "13800138000", "上海汽车, 华东", "VIP", "A1"), (rows[0].Name, rows[0].Phone, rows[0].Company, rows[0].Category, rows[0].Seat));
        Assert.Equal("第一行\n第二行", rows[1].Company);
        Assert.Equal([2, 3, 6], rows.Select(r => r.Line)); // the blank line 5 is skipped, not renumbered
    }

    [Fact]
    public void Columns_in_any_order_in_English_with_a_semicolon_separator()
    {
        var rows = RosterFile.Read(Encoding.UTF8.GetBytes("Seat;Company;Mobile;Name;Notes\nT3;Acme;13800138000;Jane Smith;vegetarian\n"));

        Assert.Equal(("Jane Smith", "13800138000", "Acme", null, "T3"), (rows[0].Name, rows[0].Phone, rows[0].Company, rows[0].Category, rows[0].Seat));
    }

    [Fact]
    public void Csv_saved_by_Chinese_Excel_in_GB18030_reads_as_Chinese()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("姓名,手机\n欧阳娜娜,13800138000\n");

        Assert.Equal("欧阳娜娜", Assert.Single(RosterFile.Read(bytes)).Name);
    }

    [Fact]
    public void Xlsx_with_shared_strings_and_a_phone_stored_as_a_number()
    {
        var bytes = TestXlsx.Build(
            ["姓名", "手机号", "单位", "身份"],
            ["张伟", 13800138000d, "上海汽车", "VIP"],
            [null, null, null, null],
            ["Jane Smith", "+86 139 0013 9000", null, "media"]);

        var rows = RosterFile.Read(bytes);

        Assert.Equal(2, rows.Count);
        Assert.Equal(("张伟", "13800138000", "上海汽车", "VIP", 2), (rows[0].Name, rows[0].Phone, rows[0].Company, rows[0].Category, rows[0].Line));
        Assert.Equal(("Jane Smith", "+86 139 0013 9000", 4), (rows[1].Name, rows[1].Phone, rows[1].Line));
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3 }, ErrorCodes.UnsupportedFile)]   // old binary .xls
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 9, 9, 9 }, ErrorCodes.UnsupportedFile)] // a broken zip
    [InlineData(new byte[] { }, ErrorCodes.MissingColumns)]
    public void Unreadable_files_get_a_clear_error(byte[] bytes, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolation>(() => RosterFile.Read(bytes)).Code);

    [Theory]
    [InlineData("text/csv", "name\nA\n", RosterFormat.Csv)]
    [InlineData("TEXT/CSV; charset=gb18030", "name\nA\n", RosterFormat.Csv)]
    [InlineData("application/vnd.ms-excel", "name\nA\n", RosterFormat.Csv)]
    [InlineData(null, "name\nA\n", RosterFormat.Csv)]
    [InlineData("application/octet-stream", "PK\u0003\u0004", RosterFormat.Xlsx)]
    [InlineData(RosterFile.XlsxType, "PK\u0003\u0004", RosterFormat.Xlsx)]
    public void Content_and_declared_type_agree(string? type, string content, RosterFormat format) =>
        Assert.Equal(format, RosterFile.Classify(type, Encoding.Latin1.GetBytes(content)));

    [Theory]
    [InlineData("application/pdf", "%PDF-1.7 name")]
    [InlineData("application/octet-stream", "%PDF-1.7 name")]
    [InlineData("text/csv", "%PDF-1.7 name")]
    [InlineData("image/png", "name\nA\n")]
    [InlineData("text/html", "name\nA\n")]
    [InlineData(RosterFile.XlsxType, "name\nA\n")]
    [InlineData("text/csv", "PK\u0003\u0004")]
    [InlineData("application/vnd.ms-excel", "\u00D0\u00CF\u0011\u00E0")] // a real .xls
    [InlineData(null, "\u0089PNG\r\n")]
    public void Any_other_type_or_a_disagreement_is_an_unsupported_file(string? type, string content) =>
        Assert.Equal(ErrorCodes.UnsupportedFile, Assert.Throws<RuleViolation>(() => RosterFile.Classify(type, Encoding.Latin1.GetBytes(content))).Code);

    [Fact]
    public void A_table_without_a_name_column_is_refused() =>
        Assert.Equal(ErrorCodes.MissingColumns, Assert.Throws<RuleViolation>(() => RosterFile.Read(Encoding.UTF8.GetBytes("phone,company\n1380013800,Acme\n"))).Code);
}
