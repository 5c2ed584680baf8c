using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hubs;

// The host's keys to the session: hand out links, replace a leaked one, delete the session.
public sealed partial class LiveHub
{
    /// <summary>Console, moderator and screen links at their current generation, and the join link.</summary>
    [HubRoles(Roles.Host)]
    public async Task<AccessLinks> GetAccessLinks()
    {
        var code = Me.Code;
        return links.Links(code, await access.FreshAsync(code), Context.GetHttpContext()!.Request);
    }

    /// <summary>
    /// Replaces the host, moderator or screen link: every connection holding the old one is told and dropped, and the
    /// old key is refused from now on. The caller keeps this connection until it reconnects with the new console link.
    /// </summary>
    [HubRoles(Roles.Host)]
    public async Task<AccessLinks> RotateKey(string role)
    {
        var code = Me.Code;
        var after = await termination.RotateAsync(code, role, Context.ConnectionId);
        return links.Links(code, after, Context.GetHttpContext()!.Request);
    }

    /// <summary>Erases the session and everything in it; everyone connected is told and dropped.</summary>
    [HubRoles(Roles.Host)]
    public Task DeleteSession() => termination.DeleteAsync(Me.Code);
}
