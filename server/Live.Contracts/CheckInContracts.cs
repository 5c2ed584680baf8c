namespace Live.Contracts;

// Wire types for check-in. See docs/API.md ("Check-in"). Never renumber an [Id].

/// <summary>Company: a walk-in's, optional, kept and exported like an imported person's (ignored unless WalkIn).</summary>
[GenerateSerializer, Immutable, Alias("live.checkin-request")]
public sealed record CheckInRequest(
    [property: Id(0)] string? Phone,
    [property: Id(1)] string? Name,
    [property: Id(2)] string? Last4,
    [property: Id(3)] bool WalkIn,
    [property: Id(4)] string? OpId,
    [property: Id(5)] string? Company = null);

[GenerateSerializer, Immutable, Alias("live.checkin-result")]
public sealed record CheckInResult(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Category,
    [property: Id(3)] string? Seat,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] string Channel,
    [property: Id(6)] bool Already);

/// <summary>One person as the console sees them (host only: full phone, device).</summary>
[GenerateSerializer, Immutable, Alias("live.roster-entry")]
public sealed record RosterEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? Company,
    [property: Id(4)] string Category,
    [property: Id(5)] string? Seat,
    [property: Id(6)] DateTimeOffset? ArrivedAt,
    [property: Id(7)] string? Channel,
    [property: Id(8)] string? DeviceId);

/// <summary>
/// WallDetail: what the check-in wall shows beside each name, "none", "company" or "category" (see
/// <see cref="Live.Domain.CheckIn.WallDetail"/>); absent or null is the default, "company".
/// </summary>
[GenerateSerializer, Immutable, Alias("live.checkin-settings")]
public sealed record CheckInSettings(
    [property: Id(0)] bool AllowWalkIns,
    [property: Id(1)] bool MaskNamesOnWall,
    [property: Id(2)] string? WallDetail = Domain.CheckIn.WallDetail.Default)
{
    public static readonly CheckInSettings Default = new(false, true);
}

[GenerateSerializer, Immutable, Alias("live.category-count")]
public sealed record CategoryCount([property: Id(0)] string Category, [property: Id(1)] int Invited, [property: Id(2)] int Arrived);

/// <summary>Company: the person's, only while the settings' WallDetail is "company" (null otherwise, or when they have none).</summary>
[GenerateSerializer, Immutable, Alias("live.arrival")]
public sealed record Arrival(
    [property: Id(0)] string PersonId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Category,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] string? Company = null);

[GenerateSerializer, Immutable, Alias("live.checkin-view")]
public sealed record CheckInView(
    [property: Id(0)] long Version,
    [property: Id(1)] CheckInSettings Settings,
    [property: Id(2)] int Invited,
    [property: Id(3)] int Arrived,
    [property: Id(4)] int WalkIns,
    [property: Id(5)] IReadOnlyList<CategoryCount> ByCategory,
    [property: Id(6)] IReadOnlyList<Arrival> Recent);

[GenerateSerializer, Immutable, Alias("live.import-error")]
public sealed record ImportErrorView([property: Id(0)] int Line, [property: Id(1)] string Code);

[GenerateSerializer, Immutable, Alias("live.import-report")]
public sealed record ImportReportView(
    [property: Id(0)] int Rows,
    [property: Id(1)] int Added,
    [property: Id(2)] int Updated,
    [property: Id(3)] int Unchanged,
    [property: Id(4)] int Invited,
    [property: Id(5)] IReadOnlyList<ImportErrorView> Errors);

[GenerateSerializer, Immutable, Alias("live.roster-search")]
public sealed record RosterSearchRequest([property: Id(0)] string? Query, [property: Id(1)] int? Limit);

/// <summary>The first matches of a roster search, in list order, and how many people matched in all.</summary>
[GenerateSerializer, Immutable, Alias("live.roster-search-result")]
public sealed record RosterSearchResult([property: Id(0)] IReadOnlyList<RosterEntry> People, [property: Id(1)] int Total);

/// <summary>What a reader of the session gets: the view for its role (null for attendees) and, for a phone, its own check-in.</summary>
[GenerateSerializer, Immutable, Alias("live.checkin-readout")]
public sealed record CheckInReadout([property: Id(0)] CheckInView? View, [property: Id(1)] CheckInResult? Mine);
