using Live.Server.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Live.Server.Tests;

/// <summary>What a stopping node answers (the rolling upgrade itself is in <see cref="RollingRestartTests"/>).</summary>
public sealed class ShutdownDrainTests
{
    [Fact]
    public async Task Once_stopping_begins_new_hub_connections_and_health_checks_get_503_and_other_requests_pass()
    {
        var lifetime = new Lifetime();
        var drain = new ShutdownDrain(lifetime);
        await drain.StartAsync(CancellationToken.None);

        Assert.Equal((200, true), await ThroughAsync(drain, "/hubs/live/negotiate"));
        Assert.Equal("ok", drain.Health(new DefaultHttpContext()));

        lifetime.StopApplication(); // what SIGTERM does
        Assert.Equal((503, false), await ThroughAsync(drain, "/hubs/live/negotiate"));
        Assert.Equal((503, false), await ThroughAsync(drain, "/hubs/live"));
        Assert.Equal((200, true), await ThroughAsync(drain, "/api/sessions/123456/join")); // requests in flight and REST still served
        var health = new DefaultHttpContext();
        Assert.Equal(("draining", 503), (drain.Health(health), health.Response.StatusCode));
    }

    private static async Task<(int Status, bool Passed)> ThroughAsync(ShutdownDrain drain, string path)
    {
        var context = new DefaultHttpContext { Request = { Path = path } };
        var passed = false;
        await drain.RefuseHubWhileDrainingAsync(context, _ => { passed = true; return Task.CompletedTask; });
        return (context.Response.StatusCode, passed);
    }

    private sealed class Lifetime : IHostApplicationLifetime
    {
        private readonly CancellationTokenSource _stopping = new();
        public CancellationToken ApplicationStarted => CancellationToken.None;
        public CancellationToken ApplicationStopping => _stopping.Token;
        public CancellationToken ApplicationStopped => CancellationToken.None;
        public void StopApplication() => _stopping.Cancel();
    }
}
