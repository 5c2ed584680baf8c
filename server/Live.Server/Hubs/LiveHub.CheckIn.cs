using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

// Check-in: phones identify themselves at the door; staff check people in from the console.
public sealed partial class LiveHub
{
    /// <summary>Returns once the arrival is durable; re-scanning returns the first arrival with already = true.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<CheckInResult> CheckIn(CheckInRequest request) => grains.CheckIn(Me.Code).CheckIn(Poster, Require(request));

    /// <summary>The first matches (limit 1–50, default 20) and the number of all matches, so the console can say "20 of 31".</summary>
    [HubRoles(Roles.HostOrModerator)]
    public Task<RosterSearchResult> SearchRoster(RosterSearchRequest request) => grains.CheckIn(Me.Code).Search(Require(request));

    [HubRoles(Roles.HostOrModerator)]
    public Task<RosterEntry> StaffCheckIn(string personId) => grains.CheckIn(Me.Code).StaffCheckIn(personId);

    [HubRoles(Roles.HostOrModerator)]
    public Task<RosterEntry> UndoCheckIn(string personId) => grains.CheckIn(Me.Code).Undo(personId);

    [HubRoles(Roles.Host)]
    public Task<CheckInView> SetCheckInSettings(CheckInSettings settings) => grains.CheckIn(Me.Code).SetSettings(Require(settings));
}
