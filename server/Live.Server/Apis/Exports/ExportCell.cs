using System.Globalization;

namespace Live.Server.Apis.Exports;

/// <summary>
/// One cell of a host export: text, or a number. A number keeps the exact text the CSV has always shown (invariant
/// culture, the export's own decimals), so the CSV stays as it was and the XLSX gets a number cell a spreadsheet can sum.
/// </summary>
public readonly record struct ExportCell(string? Value, bool IsNumber)
{
    public static ExportCell Text(string? value) => new(value, false);

    /// <summary>A number already written as text; one that is not a plain decimal still goes out as text.</summary>
    public static ExportCell Number(string? formatted) => new(formatted, true);

    public static ExportCell Number(double value, string format) => new(value.ToString(format, CultureInfo.InvariantCulture), true);

    public static implicit operator ExportCell(string? text) => Text(text);

    public static implicit operator ExportCell(long n) => Number(n.ToString(CultureInfo.InvariantCulture));

    /// <summary>No value is an empty cell, as in the CSV.</summary>
    public static implicit operator ExportCell(long? n) => Number(n?.ToString(CultureInfo.InvariantCulture));
}
