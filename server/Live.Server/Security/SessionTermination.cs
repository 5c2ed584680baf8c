using Live.Contracts;
using Live.Domain.Sessions;
using Live.Server.Hubs;
using Live.Server.Realtime;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Security;

/// <summary>
/// Ends access: a rotated link (every holder of the old one is told and dropped) or a deleted session (everyone is).
/// Clients are told first and dropped a moment later, so the notice and the caller's own answer get out before the
/// socket closes; their calls in between are already refused by <see cref="CredentialCheckFilter"/>.
/// </summary>
public sealed class SessionTermination(
    IGrainFactory grains, SessionAccessCache access, ConnectionRegistry connections, IHubContext<LiveHub> hub, ILogger<SessionTermination> logger)
{
    public static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(250);

    public async Task<SessionAccess> RotateAsync(string code, string role, string? callerConnection)
    {
        var after = await grains.Session(code).RotateKey(role);
        access.Remember(code, after);
        var generation = KeyGenerations.Current(after.Generations, role);
        var group = GroupNames.For(code, role);
        var notice = callerConnection is null ? hub.Clients.Group(group) : hub.Clients.GroupExcept(group, callerConnection);
        await notice.SendCoreAsync(nameof(ILiveClient.CredentialRevoked), [new CredentialRevokedEvent(role)]);
        DropLater(() => connections.DropOlder(code, role, generation, callerConnection), code);
        return after;
    }

    public async Task DeleteAsync(string code)
    {
        await grains.Session(code).Delete();
        access.Remember(code, new SessionAccess(false, new Dictionary<string, int>()));
        await hub.Clients.Groups(GroupNames.Everyone(code)).SendCoreAsync(nameof(ILiveClient.SessionDeleted), []);
        DropLater(() => connections.DropAll(code), code);
    }

    private void DropLater(Func<int> drop, string code) => _ = Task.Delay(Grace).ContinueWith(_ =>
    {
        var dropped = drop();
        logger.LogInformation("Session {Code}: dropped {Count} connection(s) holding an ended credential", code, dropped);
    }, TaskScheduler.Default);
}
