using Live.Contracts;
using Live.Domain.Agenda;
using Live.Domain.Common;
using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hubs;

// The run of show: the agenda, Go live, and the live segment's speaker timer. Each answers the whole agenda view,
// which is also pushed (`agenda`) to hosts, moderators and screens.
public sealed partial class LiveHub
{
    /// <summary>The agenda and its timers now, with the server's clock: what a screen or speaker monitor reads on (re)load.</summary>
    [HubRoles($"{Roles.Host},{Roles.Moderator},{Roles.Screen}")]
    public Task<AgendaView> GetAgenda() => grains.Agenda(Me.Code).Read();

    [HubRoles(Roles.Host)]
    public Task<AgendaView> SaveSegment(SegmentRequest request) => grains.Agenda(Me.Code).SaveSegment(Require(request));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> DeleteSegment(string segmentId) => grains.Agenda(Me.Code).DeleteSegment(Require(segmentId));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> ReorderSegments(string[] segmentIds) =>
        Require(segmentIds).Length > AgendaLimits.MaxSegments || segmentIds.Any(id => id is null)
            ? throw new HubException(ErrorCodes.InvalidOrder)
            : grains.Agenda(Me.Code).Reorder(segmentIds);

    [HubRoles(Roles.Host)]
    public Task<AgendaView> GoLive(string? segmentId) => grains.Agenda(Me.Code).GoLive(segmentId);

    [HubRoles(Roles.Host)]
    public Task<AgendaView> StartTimer(string segmentId) => grains.Agenda(Me.Code).StartTimer(Require(segmentId));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> PauseTimer(string segmentId) => grains.Agenda(Me.Code).PauseTimer(Require(segmentId));

    /// <summary>Seconds to add (negative: take away); the console sends ±60. Applied once per op id.</summary>
    [HubRoles(Roles.Host)]
    public Task<AgendaView> AdjustTimer(TimerAdjustRequest request) => grains.Agenda(Me.Code).AdjustTimer(Require(request));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> ResetTimer(string segmentId) => grains.Agenda(Me.Code).ResetTimer(Require(segmentId));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> SetTimerSettings(TimerSettingsRequest request) => grains.Agenda(Me.Code).SetTimerSettings(Require(request));

    [HubRoles(Roles.Host)]
    public Task<AgendaView> ShowTimerOnScreen(bool show) => grains.Agenda(Me.Code).ShowTimerOnScreen(show);
}
