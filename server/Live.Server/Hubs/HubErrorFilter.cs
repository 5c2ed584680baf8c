using Live.Contracts;
using Live.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hubs;

/// <summary>
/// Turns failures into HubExceptions whose message is exactly a stable error code (docs/API.md), which the
/// clients translate. Storage and silo trouble becomes "unavailable": nothing was acknowledged, try again.
/// </summary>
public sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(context);
        }
        catch (LiveException e)
        {
            throw new HubException(e.Code);
        }
        catch (RuleViolation e)
        {
            throw new HubException(e.Code);
        }
        catch (Exception e) when (e is not HubException)
        {
            logger.LogError(e, "Hub method {Method} failed", context.HubMethodName);
            throw new HubException(ErrorCodes.Unavailable);
        }
    }
}
