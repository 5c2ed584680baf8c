using Live.Contracts;
using Live.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hubs;

/// <summary>
/// Turns failures into HubExceptions whose message is exactly a stable error code (docs/API.md), which the
/// clients translate. Storage and silo trouble becomes "unavailable": nothing was acknowledged, try again.
/// </summary>
/// <remarks>
/// A refusal (a rule, a stale credential, a rate limit) is the client's mistake and logged at Debug, one line
/// without a stack trace; only a fault is an error. SignalR would log every exception that leaves this filter at
/// Error with its stack, so its dispatcher's log is off by default (<see cref="HubErrorLogging"/>) and this filter
/// is the one place a failed hub call is logged.
/// </remarks>
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
            throw Refused(context, e.Code);
        }
        catch (RuleViolation e)
        {
            throw Refused(context, e.Code);
        }
        catch (HubException e)
        {
            throw Refused(context, e.Message); // the credential and rate filters' refusals carry their code already
        }
        catch (Exception e)
        {
            logger.LogError(e, "Hub method {Method} failed", context.HubMethodName);
            throw new HubException(ErrorCodes.Unavailable);
        }
    }

    private HubException Refused(HubInvocationContext context, string code)
    {
        logger.LogDebug("Hub method {Method} refused: {Code}", context.HubMethodName, code);
        return new HubException(code);
    }
}

public static class HubErrorLogging
{
    /// <summary>The category SignalR logs a failed hub method under (at Error, with the exception, event 8).</summary>
    public const string DispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    /// <summary>
    /// Turns SignalR's dispatcher log off unless configuration names a level for it
    /// (<c>Logging:LogLevel:Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher</c>): <see cref="HubErrorFilter"/>
    /// logs every failed call itself, faults as errors and refusals at Debug.
    /// </summary>
    public static WebApplicationBuilder AddHubErrorLogging(this WebApplicationBuilder builder)
    {
        if (builder.Configuration[$"Logging:LogLevel:{DispatcherCategory}"] is null)
            builder.Logging.AddFilter(DispatcherCategory, LogLevel.None);
        return builder;
    }
}
