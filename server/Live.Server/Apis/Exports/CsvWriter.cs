using System.Text;

namespace Live.Server.Apis.Exports;

/// <summary>
/// RFC 4180 CSV with a UTF-8 byte-order mark (so Excel reads Chinese), every cell quoted, and cells that a
/// spreadsheet would run as a formula (= + - @, or a tab or carriage return first) prefixed with an apostrophe. A plain
/// negative number ("-17", an NPS) is left alone: a spreadsheet reads it as the number, and it cannot run anything.
/// </summary>
public sealed partial class CsvWriter
{
    private readonly StringBuilder _sb = new();

    public CsvWriter(params string[] header) => Row(header);

    public void Row(params string?[] cells)
    {
        _sb.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
    }

    public static string Cell(string? value) => "\"" + Defuse(value).Replace("\"", "\"\"") + "\"";

    /// <summary>The cell's text as a spreadsheet will show it: with the apostrophe when it would otherwise run as a formula.</summary>
    public static string Defuse(string? value)
    {
        var v = value ?? string.Empty;
        return v.Length > 0 && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(v) ? "'" + v : v;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    public IResult ToResult(string fileName) =>
        Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_sb.ToString())], "text/csv; charset=utf-8", fileName);
}
