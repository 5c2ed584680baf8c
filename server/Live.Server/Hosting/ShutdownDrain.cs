namespace Live.Server.Hosting;

/// <summary>
/// What a node does when it is asked to stop (SIGTERM from a service manager, Ctrl+C) so that a rolling upgrade moves
/// its clients to the other nodes at once. ASP.NET Core's SignalR closes every hub connection when stopping begins,
/// and the clients reconnect straight away; but the node still listens until the ApplicationStopping callbacks have
/// run, and the balancer hashes each device back to this node, so without this the clients reconnected to the node
/// that was stopping, SignalR never closed those new connections, and Kestrel waited for them until the host's
/// 30 s shutdown timeout (measured: every SIGTERM took 30-31 s and the clients moved only then). While draining,
/// the hub refuses new connections (negotiate and connect answer 503) and /healthz answers 503 "draining", so a
/// client's next attempt, once the node has stopped listening, goes to another node. docs/OPERATIONS.md.
/// </summary>
public sealed class ShutdownDrain(IHostApplicationLifetime lifetime) : IHostedService
{
    private volatile bool _draining;

    public bool Draining => _draining;

    // Registered when the host starts, after SignalR registered its own close-all callback while the hub was mapped:
    // cancellation callbacks run last-registered first, so the door is shut before the open connections are closed.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStopping.Register(() => _draining = true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Refuses new hub connections (negotiate, WebSocket, SSE and long-polling requests) while draining.</summary>
    public async Task RefuseHubWhileDrainingAsync(HttpContext context, RequestDelegate next)
    {
        if (_draining && context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.Connection = "close";
            context.Response.Headers.RetryAfter = "1";
            return;
        }
        await next(context);
    }

    /// <summary>/healthz: "ok", or 503 "draining" once the node is stopping (a balancer with health checks stops sending to it).</summary>
    public string Health(HttpContext context)
    {
        if (!_draining) return "ok";
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        return "draining";
    }
}
