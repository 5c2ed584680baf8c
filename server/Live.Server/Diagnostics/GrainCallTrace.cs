namespace Live.Server.Diagnostics;

/// <summary>TEMPORARY (issue 6 investigation): logs every failed outgoing grain call, and the first success per grain type after a failure.</summary>
public sealed class GrainCallTrace(ILogger<GrainCallTrace> logger) : IOutgoingGrainCallFilter
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> Failing = new();

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        var type = context.TargetId.Type.ToString();
        var started = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await context.Invoke();
            if (Failing.TryRemove(type, out _))
                logger.LogWarning("TRACE ok {Type}.{Method} after failures, {Ms} ms", type, context.InterfaceMethod?.Name, started.ElapsedMilliseconds);
        }
        catch (Exception e)
        {
            Failing[type] = true;
            logger.LogWarning("TRACE fail {Type}.{Method} {Exception} after {Ms} ms: {Message}", type, context.InterfaceMethod?.Name, e.GetType().Name, started.ElapsedMilliseconds,
                e.Message.Length > 160 ? e.Message[..160] : e.Message);
            throw;
        }
    }
}
