namespace Live.Grains.Groups;

/// <summary>What a groups grain persists: the remembered rounds (the newest is current while Active).</summary>
[GenerateSerializer, Alias("live.groups-state")]
public sealed class GroupsState
{
    [Id(0)] public List<StoredTableRound> Rounds { get; set; } = [];
    [Id(1)] public bool Active { get; set; }
    [Id(2)] public long Version { get; set; }
}

/// <summary>One forming, with the options it was formed with (names as FormGroupsRequest spells them).</summary>
[GenerateSerializer, Immutable, Alias("live.stored-table-round")]
public sealed record StoredTableRound(
    [property: Id(0)] int Number,
    [property: Id(1)] string Source,
    [property: Id(2)] int TargetSize,
    [property: Id(3)] string Companies,
    [property: Id(4)] string By,
    [property: Id(5)] List<List<StoredSeat>> Tables,
    [property: Id(6)] StoredScore Score,
    [property: Id(7)] long FormedAtMs,
    [property: Id(8)] string? FacilitatorCategory);

[GenerateSerializer, Immutable, Alias("live.stored-seat")]
public sealed record StoredSeat(
    [property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? Company, [property: Id(3)] string? Category,
    [property: Id(4)] string? DeviceId, [property: Id(5)] bool Facilitator);

[GenerateSerializer, Immutable, Alias("live.stored-grouping-score")]
public sealed record StoredScore(
    [property: Id(0)] int SmallestTable, [property: Id(1)] int LargestTable, [property: Id(2)] int MostColleaguesAtOneTable,
    [property: Id(3)] int SameCompanyPairs, [property: Id(4)] int CompaniesSplit, [property: Id(5)] int RepeatedPairs, [property: Id(6)] int ApartBroken);
