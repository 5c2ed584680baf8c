using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

// Discussion tables: the host forms them from the check-in list or the phones in the room, moves a person, ends
// them. Each answers the whole table list, which is also pushed (`groups`) to hosts, moderators and screens; each
// phone hears only its own table (`myTable`).
public sealed partial class LiveHub
{
    [HubRoles($"{Roles.Host},{Roles.Moderator},{Roles.Screen}")]
    public Task<GroupsView> GetGroups() => grains.Groups(Me.Code).Read();

    [HubRoles(Roles.Host)]
    public Task<GroupsView> FormGroups(FormGroupsRequest request) => grains.Groups(Me.Code).Form(Require(request));

    [HubRoles(Roles.Host)]
    public Task<GroupsView> MoveToTable(MoveToTableRequest request) => grains.Groups(Me.Code).Move(Require(request));

    [HubRoles(Roles.Host)]
    public Task<GroupsView> EndGroups() => grains.Groups(Me.Code).End();

    /// <summary>This phone's table now (also in GetState's myTable, and pushed when it changes).</summary>
    [HubRoles(Roles.Attendee)]
    public Task<MyTableView> GetMyTable() => grains.Groups(Me.Code).MyTable(Me.DeviceId!);
}
