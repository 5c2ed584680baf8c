using Live.Domain.Common;

namespace Live.Domain.CheckIn.Import;

public enum RosterFormat
{
    Csv = 0,
    Xlsx = 1,
}

/// <summary>
/// An uploaded invitation list, CSV or XLSX. What it is comes from its content and its declared type together
/// (<see cref="Classify"/>): either alone is what a browser or a script happens to claim.
/// </summary>
public static class RosterFile
{
    /// <summary>5 MiB: the largest file, however it is sent (docs/API.md, POST /roster).</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Types browsers and spreadsheets report for a CSV. Windows with Excel installed reports
    /// "application/vnd.ms-excel" for a .csv file; an actual .xls sent with it is refused by its content.
    /// </summary>
    private static readonly HashSet<string> CsvTypes =
        new(["text/csv", "application/csv", "text/comma-separated-values", "text/plain", "application/vnd.ms-excel"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Types that say nothing about the file (none given, or a generic binary): the content decides alone.</summary>
    private static readonly HashSet<string> UnspecificTypes = new(["", "application/octet-stream"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The format of a file declared as <paramref name="declaredType"/> (a Content-Type; parameters such as charset
    /// are ignored), or unsupported_file when the declared type is neither CSV, XLSX nor unspecific, when the content
    /// is a known non-table format, or when the two disagree (an XLSX declared as CSV, a CSV declared as XLSX).
    /// </summary>
    public static RosterFormat Classify(string? declaredType, ReadOnlySpan<byte> content)
    {
        var type = (declaredType ?? "").Split(';')[0].Trim();
        var sniffed = Sniff(content);
        var declared = UnspecificTypes.Contains(type) ? sniffed
            : string.Equals(type, XlsxType, StringComparison.OrdinalIgnoreCase) ? RosterFormat.Xlsx
            : CsvTypes.Contains(type) ? RosterFormat.Csv
            : (RosterFormat?)null;
        return declared is { } format && format == sniffed ? format : throw new RuleViolation(ErrorCodes.UnsupportedFile);
    }

    public static IReadOnlyList<RosterRow> Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
        if (bytes.Length == 0) throw new RuleViolation(ErrorCodes.MissingColumns);
        return Sniff(bytes) == RosterFormat.Xlsx ? RosterColumns.ToRows(XlsxTable.Read(bytes)) : RosterColumns.ToRows(CsvTable.Read(bytes));
    }

    /// <summary>
    /// XLSX is a zip; everything else is read as CSV text, except formats whose first bytes say they are not a table
    /// (the old binary .xls and other Office compound files, PDF, images, archives), which no text reading could save.
    /// </summary>
    private static RosterFormat Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("PK\x03\x04"u8)) return RosterFormat.Xlsx;
        foreach (var magic in NotATable)
            if (content.StartsWith(magic)) throw new RuleViolation(ErrorCodes.UnsupportedFile);
        return RosterFormat.Csv;
    }

    private static readonly byte[][] NotATable =
    [
        [0xD0, 0xCF, 0x11, 0xE0],       // Office compound file: .xls, .doc
        "%PDF-"u8.ToArray(),
        [0x89, (byte)'P', (byte)'N', (byte)'G'],
        [0xFF, 0xD8, 0xFF],             // JPEG
        "GIF8"u8.ToArray(),
        "PK\x05\x06"u8.ToArray(),       // an empty zip
        [0x1F, 0x8B],                   // gzip
        "Rar!"u8.ToArray(),
        [(byte)'7', (byte)'z', 0xBC, 0xAF],
    ];
}
