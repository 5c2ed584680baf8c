using Live.Domain.Common;

namespace Live.Domain.CheckIn.Import;

/// <summary>An uploaded invitation list, CSV or XLSX, told apart by its first bytes rather than by what the browser claims.</summary>
public static class RosterFile
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static IReadOnlyList<RosterRow> Read(byte[] bytes)
    {
        if (bytes.Length > MaxBytes) throw new RuleViolation(ErrorCodes.FileTooLarge);
        if (bytes.Length == 0) throw new RuleViolation(ErrorCodes.MissingColumns);
        if (bytes.AsSpan().StartsWith("PK\x03\x04"u8)) return RosterColumns.ToRows(XlsxTable.Read(bytes));
        // The old binary .xls (and other Office compound files) cannot be read here: ask for CSV or XLSX.
        if (bytes.AsSpan().StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })) throw new RuleViolation(ErrorCodes.UnsupportedFile);
        return RosterColumns.ToRows(CsvTable.Read(bytes));
    }
}
