namespace Live.Domain.CheckIn;

/// <summary>One row of an invitation list as the file gave it, before any rule has looked at it.</summary>
public sealed record RosterRow(int Line, string? Name, string? Phone, string? Company, string? Category, string? Seat);

public sealed record ImportError(int Line, string Code);

/// <summary>What an import did: bad rows are listed with their line and skipped, the rest applied.</summary>
public sealed record ImportReport(int Rows, int Added, int Updated, int Unchanged, int Invited, IReadOnlyList<ImportError> Errors);
