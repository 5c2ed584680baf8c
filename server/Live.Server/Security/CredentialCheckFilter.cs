using Live.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Security;

/// <summary>
/// Re-checks the caller's credential on every hub call, because a connection outlives the moment it was
/// authenticated: a link rotated or a session deleted on another node must stop working here too. A refused
/// connection is dropped, and its client is told why.
/// </summary>
public sealed class CredentialCheckFilter(SessionAccessCache access) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (context.Context.User is { Identity.IsAuthenticated: true })
        {
            var me = Caller.Of(context.Context);
            if (await access.RefusalAsync(me.Role, me.Code, me.Generation) is { } refusal)
            {
                // Dropped a moment later, so this error reaches the client first and it knows not to retry.
                var connection = context.Context;
                _ = Task.Delay(SessionTermination.Grace).ContinueWith(_ => connection.Abort(), TaskScheduler.Default);
                throw new HubException(refusal);
            }
        }
        return await next(context);
    }
}
