using System.Text;
using Live.Domain.Common;

namespace Live.Domain.CheckIn.Import;

/// <summary>
/// Reads a CSV file as spreadsheets write it: RFC 4180 quoting (commas and line breaks inside quotes), a comma,
/// semicolon or tab separator, UTF-8 with or without a byte-order mark, UTF-16 with one, or GB18030 (what Excel
/// on a Chinese Windows saves).
/// </summary>
public static class CsvTable
{
    static CsvTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <returns>Each non-empty record with the 1-based line it starts on.</returns>
    public static IReadOnlyList<TableRow> Read(byte[] bytes)
    {
        var text = Decode(bytes);
        if (text.Contains('\0')) throw new RuleViolation(ErrorCodes.UnsupportedFile);
        var separator = GuessSeparator(text);
        var rows = new List<TableRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        int line = 1, start = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else { if (ch == '\n') line++; cell.Append(ch); }
                continue;
            }
            if (ch == '"' && cell.Length == 0) quoted = true;
            else if (ch == separator) { cells.Add(cell.ToString()); cell.Clear(); }
            else if (ch is '\r' or '\n')
            {
                if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                Finish();
                line++;
                start = line;
            }
            else cell.Append(ch);
        }
        Finish();
        return rows;

        void Finish()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Any(c => c.Trim().Length > 0)) rows.Add(new TableRow(start, [.. cells]));
            cells.Clear();
        }
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\xEF\xBB\xBF"u8)) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static char GuessSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        int commas = firstLine.Count(','), semicolons = firstLine.Count(';'), tabs = firstLine.Count('\t');
        if (tabs > commas && tabs >= semicolons) return '\t';
        return semicolons > commas ? ';' : ',';
    }
}

/// <summary>A record of a table file: the 1-based line (CSV) or row number (XLSX) and its cells.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string> Cells);
