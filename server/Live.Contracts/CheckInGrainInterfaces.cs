namespace Live.Contracts;

/// <summary>A session's invitation list and arrivals. Key: "{code}/checkin".</summary>
[Alias("live.ICheckInGrain")]
public interface ICheckInGrain : IGrainWithStringKey, IErasableGrain
{
    /// <summary>Reads a CSV or XLSX invitation list and applies it; bad rows are reported, the rest kept.</summary>
    [Alias("Import")] Task<ImportReportView> Import(byte[] file);
    /// <summary>Returns only after the arrival is durable.</summary>
    [Alias("CheckIn")] Task<CheckInResult> CheckIn(Poster poster, CheckInRequest request);
    [Alias("StaffCheckIn")] Task<RosterEntry> StaffCheckIn(string? personId);
    [Alias("Undo")] Task<RosterEntry> Undo(string? personId);
    [Alias("Search")] Task<RosterSearchResult> Search(RosterSearchRequest request);
    [Alias("SetSettings")] Task<CheckInView> SetSettings(CheckInSettings settings);
    /// <param name="role">host, screen or attendee (see Roles).</param>
    [Alias("Read")] Task<CheckInReadout> Read(string role, string? deviceId);
    /// <summary>The id of the person this device checked in as, or null.</summary>
    [Alias("PersonOf")] Task<string?> PersonOf(string deviceId);
    [Alias("Export")] Task<IReadOnlyList<RosterEntry>> Export();
    /// <summary>Everyone who arrived, for draws among checked-in people.</summary>
    [Alias("Arrived")] Task<IReadOnlyList<EntrantInfo>> Arrived();
}
