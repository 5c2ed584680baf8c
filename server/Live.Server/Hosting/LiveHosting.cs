using Live.Contracts;
using Live.Server.Apis;
using Live.Server.Hubs;
using Live.Server.Options;
using Live.Server.Realtime;
using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Hosting;

/// <summary>Registers and maps every part of Live, so Program.cs stays a few lines.</summary>
public static class LiveHosting
{
    public static WebApplicationBuilder AddLive(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RealtimeOptions>().BindConfiguration(RealtimeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var live = builder.Configuration.GetSection(LiveOptions.Section).Get<LiveOptions>() ?? new LiveOptions();

        builder.AddLiveSilo(live);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CredentialSigner>();
        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        var signalR = services.AddSignalR(o => o.AddFilter<HubErrorFilter>());
        if (live.Mode == "redis") signalR.AddStackExchangeRedis(OrleansHosting.RequireRedis(live), o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("live"));
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<LiveStateReader>();
        services.AddSingleton<SnapshotBroadcaster>();
        services.AddSingleton<ILivePublisher>(sp => sp.GetRequiredService<SnapshotBroadcaster>());
        services.AddHostedService(sp => sp.GetRequiredService<SnapshotBroadcaster>());
        services.AddSingleton<ReactionAggregator>();
        services.AddHostedService(sp => sp.GetRequiredService<ReactionAggregator>());
        services.AddOptions<Live.Grains.Qna.QnaOptions>().BindConfiguration(Live.Grains.Qna.QnaOptions.Section);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // malformed JSON → ProblemMapping → bad_request
        services.AddOpenApi();
        return builder;
    }

    public static WebApplication MapLive(this WebApplication app)
    {
        app.UseLiveSecurityHeaders(); // CSP, nosniff, no-referrer on every response (SecurityHeaders.cs)
        app.UseExceptionHandler();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapGet("/healthz", () => "ok").AllowAnonymous();
        app.MapSessionApis();
        app.MapQnaExports();
        app.MapCheckInApis();
        app.MapDrawApis();
        app.MapHub<LiveHub>("/hubs/live");
        app.MapLiveClients();
        return app;
    }
}
