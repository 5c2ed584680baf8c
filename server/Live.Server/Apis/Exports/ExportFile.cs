namespace Live.Server.Apis.Exports;

/// <summary>What an export handler returns: the table and the file's name without its extension.</summary>
/// <param name="Name">e.g. "checkins-123456"; the route decides whether ".csv" or ".xlsx" follows.</param>
public sealed record ExportFile(string Name, ExportSheet Sheet);
