using System.Text;
using Live.Server.Apis;
using Live.Server.Apis.Exports;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Live.Server.Tests;

/// <summary>What every export is written with: a cell a spreadsheet would run stays text, everything else stays as it was.</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\"")]
    [InlineData("+1+cmd", "\"'+1+cmd\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("-", "\"'-\"")]
    [InlineData("-17", "\"-17\"")]      // an NPS: a plain number, left as one
    [InlineData("-4.25", "\"-4.25\"")]
    [InlineData("-1e3", "\"'-1e3\"")]
    [InlineData("a=1", "\"a=1\"")]      // only the first character matters
    [InlineData("上海, 中国", "\"上海, 中国\"")]
    [InlineData("第一行\n第二行", "\"第一行\n第二行\"")]
    [InlineData("", "\"\"")]
    [InlineData(null, "\"\"")]
    public void A_cell_is_quoted_and_a_formula_is_defused(string? value, string cell) => Assert.Equal(cell, CsvWriter.Cell(value));

    [Fact]
    public async Task The_file_is_UTF8_with_a_byte_order_mark_and_CRLF_rows()
    {
        var csv = new CsvWriter("a", "b");
        csv.Row("中文", "x\"y");
        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await csv.ToResult("t.csv").ExecuteAsync(http);
        var bytes = ((MemoryStream)http.Response.Body).ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("\"a\",\"b\"\r\n\"中文\",\"x\"\"y\"\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.StartsWith("text/csv", http.Response.ContentType);
    }
}
