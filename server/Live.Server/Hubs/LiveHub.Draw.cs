using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

// The lucky draw: tiers, and rounds that are armed (seed hash shown), drawn (stored first) and revealed.
public sealed partial class LiveHub
{
    [HubRoles(Roles.Host)]
    public Task<DrawView> SaveTier(TierRequest request) => grains.Draw(Me.Code).SaveTier(Require(request));

    [HubRoles(Roles.Host)]
    public Task<DrawView> SetDrawSettings(DrawSettings settings) => grains.Draw(Me.Code).SetSettings(Require(settings));

    [HubRoles(Roles.Host)]
    public Task<RoundView> ArmRound(ArmRequest request) => grains.Draw(Me.Code).Arm(Require(request));

    /// <summary>Returns the winners once they are durable; asked again for the same round, the same winners.</summary>
    [HubRoles(Roles.Host)]
    public Task<RoundView> DrawRound(int round) => grains.Draw(Me.Code).Draw(round);

    [HubRoles(Roles.Host)]
    public Task<RoundView> RevealRound(int round) => grains.Draw(Me.Code).Reveal(round);

    [HubRoles(Roles.Host)]
    public Task<RoundView> MarkAbsent(AbsentRequest request) => grains.Draw(Me.Code).MarkAbsent(Require(request));
}
