using System.Net;
using System.Threading.RateLimiting;
using Live.Domain.Common;
using Live.Server.Apis;
using Live.Server.Options;
using Live.Server.Security;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Live.Server.Hosting;

/// <summary>Transport limits, origins and rate limits (docs/SECURITY.md explains each and its setting).</summary>
public static class SecurityHosting
{
    public const string CreateSessionLimit = "create-session";
    public const string JoinLimit = "join";

    public static WebApplicationBuilder AddLiveSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var security = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();

        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = security.MaxRequestBodyBytes);
        void Transport(HubOptions o)
        {
            o.MaximumReceiveMessageSize = security.MaxMessageBytes;
            o.ClientTimeoutInterval = TimeSpan.FromSeconds(security.ClientTimeoutSeconds);
            o.KeepAliveInterval = TimeSpan.FromSeconds(security.KeepAliveSeconds);
            o.HandshakeTimeout = TimeSpan.FromSeconds(15);
            o.EnableDetailedErrors = false; // clients get our error codes, never exception text
        }
        services.Configure<HubOptions>(Transport);
        services.Configure<HubOptions<Hubs.LiveHub>>(Transport);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in security.TrustedProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        services.AddSingleton<HubRateLimitFilter>();
        services.AddSingleton<HubRoleFilter>();
        services.AddRateLimiter(o =>
        {
            o.OnRejected = async (rejected, _) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await ProblemResponses.WriteAsync(rejected.HttpContext, ErrorCodes.RateLimited);
            };
            o.AddPolicy(CreateSessionLimit, http => PerSource(http, limits => RateLimitPartition.GetFixedWindowLimiter(Source(http), _ =>
                new FixedWindowRateLimiterOptions { PermitLimit = limits.CreatePerSourcePerHour, Window = TimeSpan.FromHours(1), QueueLimit = 0 })));
            o.AddPolicy(JoinLimit, http => PerSource(http, limits => RateLimitPartition.GetTokenBucketLimiter(Source(http), _ =>
                new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.JoinPerSourcePerMinute,
                    TokensPerPeriod = Math.Max(1, limits.JoinPerSourcePerMinute / 60),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                })));
        });
        return builder;
    }

    /// <summary>Before authentication and the endpoints: the caller's real address, then origin, then rate limits.</summary>
    public static WebApplication UseLiveSecurity(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<OriginGuard>();
        app.Use(RefuseOversizedBodies);
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// Kestrel enforces the body limit itself but answers with an empty 413; a declared oversized body gets our
    /// ProblemDetails (message_too_large, or the endpoint's own code) instead, before anything reads it.
    /// </summary>
    private static Task RefuseOversizedBodies(HttpContext http, RequestDelegate next)
    {
        // Not async: a hub connection's WebSocket request stays in this call for the connection's life, and an await
        // would hold a state machine per open connection.
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRequestBodyBytes;
        return http.Request.ContentLength > limit ? ProblemResponses.WriteAsync(http, BodySizeLimit.CodeFor(http.GetEndpoint())) : next(http);
    }

    private static RateLimitPartition<string> PerSource(HttpContext http, Func<RateLimitOptions, RateLimitPartition<string>> limited)
    {
        var limits = http.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue;
        return limits.Enabled ? limited(limits) : RateLimitPartition.GetNoLimiter("off");
    }

    private static string Source(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
