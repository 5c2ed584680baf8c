using System.Diagnostics;
using Live.Domain.Common;
using Live.Domain.Operations;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Metrics;

/// <summary>
/// The outermost hub filter: counts every call by method and, when it fails, by the error code the client receives
/// (<see cref="Hubs.HubErrorFilter"/>, inside it, has already turned every failure into a code); attendee actions also go to
/// the ack histogram and to this node's <see cref="ActivityWindow"/> (the console's status panel).
/// </summary>
/// <remarks>A call that completes synchronously is measured without a state machine; one that waits (a vote waits for its
/// group commit) costs one, as in the filters inside.</remarks>
public sealed class HubMetricsFilter(LiveMetrics metrics, ActivityWindow window) : IHubFilter
{
    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        ValueTask<object?> call;
        try
        {
            call = next(context);
        }
        catch (Exception e)
        {
            Record(context.HubMethodName, CodeOf(e), started);
            throw;
        }
        if (!call.IsCompletedSuccessfully) return AwaitAsync(call, context.HubMethodName, started); // pending, or failed: its code
        Record(context.HubMethodName, null, started);
        return call;
    }

    private async ValueTask<object?> AwaitAsync(ValueTask<object?> call, string method, long started)
    {
        string? code = null;
        try
        {
            return await call;
        }
        catch (Exception e)
        {
            code = CodeOf(e);
            throw;
        }
        finally
        {
            Record(method, code, started);
        }
    }

    private void Record(string method, string? code, long started)
    {
        var took = Stopwatch.GetElapsedTime(started);
        var action = LiveMetrics.Actions.Contains(method);
        metrics.HubCall(method, code, took, action);
        if (action) window.Record(took, failed: code == ErrorCodes.Unavailable);
    }

    /// <summary>Inside this filter every failure is a HubException whose message is the code; anything else is a fault.</summary>
    private static string CodeOf(Exception e) => e is HubException { Message: { Length: > 0 } message } ? message : ErrorCodes.Unavailable;
}
