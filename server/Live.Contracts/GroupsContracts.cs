namespace Live.Contracts;

// Wire types for discussion tables. See docs/API.md ("Discussion tables"). Never renumber an [Id].

/// <summary>
/// Forms the tables anew. Source: "checkedIn" (default) or "joined" (phones in the room); Companies: "spread"
/// (default), "together" or "ignore"; By: "company" (default) or "category". KeepApart: sets of member ids of which
/// no two share a table; Facilitators: member ids, and everyone of FacilitatorCategory, one per table.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.form-groups-request")]
public sealed record FormGroupsRequest(
    [property: Id(0)] string? Source,
    [property: Id(1)] int TargetSize,
    [property: Id(2)] string? Companies = null,
    [property: Id(3)] string? By = null,
    [property: Id(4)] IReadOnlyList<IReadOnlyList<string>>? KeepApart = null,
    [property: Id(5)] IReadOnlyList<string>? Facilitators = null,
    [property: Id(6)] string? FacilitatorCategory = null);

/// <summary>Moves one member to a table of the current round; the number after the last table opens a new one.</summary>
[GenerateSerializer, Immutable, Alias("live.move-to-table-request")]
public sealed record MoveToTableRequest(
    [property: Id(0)] string? MemberId,
    [property: Id(1)] int Table);

/// <summary>Someone at a table. Id: "a12" (a person on the check-in list) or "d:{deviceId}" (a phone that joined only).</summary>
[GenerateSerializer, Immutable, Alias("live.table-member")]
public sealed record TableMemberView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Company,
    [property: Id(3)] bool Facilitator);

[GenerateSerializer, Immutable, Alias("live.table-view")]
public sealed record TableView(
    [property: Id(0)] int Number,
    [property: Id(1)] IReadOnlyList<TableMemberView> Members);

/// <summary>How well the round met the rules when it was formed (moves by hand are not scored).</summary>
[GenerateSerializer, Immutable, Alias("live.grouping-score")]
public sealed record GroupingScoreView(
    [property: Id(0)] int SmallestTable,
    [property: Id(1)] int LargestTable,
    [property: Id(2)] int SameCompanyPairs,
    [property: Id(3)] int RepeatedPairs,
    [property: Id(4)] int ApartBroken);

/// <summary>
/// The tables for hosts, moderators and screens. Round: 0 before any forming; Active: phones and screens show the
/// current round; FormedAt: Unix ms. Names are as the check-in list has them (or the nickname of a phone).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.groups-view")]
public sealed record GroupsView(
    [property: Id(0)] long Version,
    [property: Id(1)] int Round,
    [property: Id(2)] bool Active,
    [property: Id(3)] int TargetSize,
    [property: Id(4)] string Source,
    [property: Id(5)] long? FormedAt,
    [property: Id(6)] IReadOnlyList<TableView> Tables,
    [property: Id(7)] GroupingScoreView? Score);

/// <summary>Someone at a phone's table, as that phone sees them: no ids (another phone's device id stays on the server).</summary>
[GenerateSerializer, Immutable, Alias("live.table-mate")]
public sealed record TableMateView(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Company,
    [property: Id(2)] bool Facilitator);

/// <summary>A phone's own table: its number and who else sits there. Table null: no tables now.</summary>
[GenerateSerializer, Immutable, Alias("live.my-table")]
public sealed record MyTableView(
    [property: Id(0)] int Round,
    [property: Id(1)] int? Table,
    [property: Id(2)] IReadOnlyList<TableMateView> Mates);

/// <summary>A session's discussion tables. Key: "{code}/groups".</summary>
[Alias("live.IGroupsGrain")]
public interface IGroupsGrain : IGrainWithStringKey, IErasableGrain
{
    [Alias("Read")] Task<GroupsView> Read();
    [Alias("Form")] Task<GroupsView> Form(FormGroupsRequest request);
    [Alias("Move")] Task<GroupsView> Move(MoveToTableRequest request);
    [Alias("End")] Task<GroupsView> End();
    /// <summary>This phone's table now (Table null when it has none).</summary>
    [Alias("MyTable")] Task<MyTableView> MyTable(string deviceId);
    /// <summary>
    /// Member ids of everyone at these tables of the newest round (also once ended), for a prize tier limited to tables;
    /// null when no tables were ever formed.
    /// </summary>
    [Alias("MembersOf")] Task<IReadOnlyList<string>?> MembersOf(IReadOnlyList<int> tables);
}
