using Live.Contracts;
using Live.Server.Security;
using Microsoft.AspNetCore.Authorization;

namespace Live.Server.Hubs;

// Check-in: phones identify themselves at the door; staff check people in from the console.
public sealed partial class LiveHub
{
    /// <summary>Returns once the arrival is durable; re-scanning returns the first arrival with already = true.</summary>
    [Authorize(Roles = Roles.Attendee)]
    public Task<CheckInResult> CheckIn(CheckInRequest request) => grains.CheckIn(Me.Code).CheckIn(Poster, Require(request));

    [Authorize(Roles = Roles.HostOrModerator)]
    public Task<IReadOnlyList<RosterEntry>> SearchRoster(RosterSearchRequest request) => grains.CheckIn(Me.Code).Search(Require(request));

    [Authorize(Roles = Roles.HostOrModerator)]
    public Task<RosterEntry> StaffCheckIn(string personId) => grains.CheckIn(Me.Code).StaffCheckIn(personId);

    [Authorize(Roles = Roles.HostOrModerator)]
    public Task<RosterEntry> UndoCheckIn(string personId) => grains.CheckIn(Me.Code).Undo(personId);

    [Authorize(Roles = Roles.Host)]
    public Task<CheckInView> SetCheckInSettings(CheckInSettings settings) => grains.CheckIn(Me.Code).SetSettings(Require(settings));
}
