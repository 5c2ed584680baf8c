using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Server.Apis;
using Live.Server.Hubs;
using Live.Server.Options;
using Live.Server.Realtime;
using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

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
        builder.AddLiveSecurity();
        builder.AddHubErrorLogging();
        builder.AddLiveMetrics();

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CredentialSigner>();
        services.AddSingleton<SessionAccessCache>();
        services.AddSingleton<ConnectionRegistry>();
        services.AddSingleton<AccessLinkIssuer>();
        services.AddSingleton<SessionTermination>();
        services.AddAuthentication(CredentialAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, CredentialAuthenticationHandler>(CredentialAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();

        var signalR = services.AddSignalR(o =>
        {
            o.AddFilter<Metrics.HubMetricsFilter>(); // outermost: sees every call and the code HubErrorFilter gave its failure
            o.AddFilter<HubErrorFilter>();
            o.AddFilter<HubRoleFilter>(); // before anything else runs, as SignalR's own [Authorize(Roles)] check did
            o.AddFilter<CredentialCheckFilter>();
            o.AddFilter<HubRateLimitFilter>();
        });
        if (live.Mode == "redis")
            signalR.AddStackExchangeRedis(o =>
            {
                o.Configuration = RedisConnection.Options(OrleansHosting.RequireRedis(live));
                o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("live");
            });
        signalR.SendErrorCodes();
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(sp => sp.GetRequiredService<ShutdownDrain>());
        services.AddSingleton<IdleConnectionGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<IdleConnectionGuard>());
        services.AddSingleton<HubErrorFilter>();
        services.AddSingleton<CredentialCheckFilter>();
        services.AddSingleton<LiveStateReader>();
        services.AddSnapshotDelivery(live);
        services.AddSingleton<PresenceSync>();
        services.AddHostedService(sp => sp.GetRequiredService<PresenceSync>());
        services.AddSingleton<ReactionAggregator>();
        services.AddHostedService(sp => sp.GetRequiredService<ReactionAggregator>());
        services.AddOptions<Live.Grains.Qna.QnaOptions>().BindConfiguration(Live.Grains.Qna.QnaOptions.Section);

        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemMapping>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // malformed JSON → ProblemMapping → bad_request
        services.AddOpenApi();
        return builder;
    }

    /// <summary>
    /// Snapshots are written by each node to its own connections (LocalConnections wraps SignalR's lifetime manager);
    /// in cluster mode grains' snapshots reach every node's broadcaster through SnapshotRelay.
    /// </summary>
    private static void AddSnapshotDelivery(this IServiceCollection services, LiveOptions live)
    {
        services.AddSingleton(sp => new LocalConnections(live.Mode == "redis"
            ? ActivatorUtilities.CreateInstance<Microsoft.AspNetCore.SignalR.StackExchangeRedis.RedisHubLifetimeManager<LiveHub>>(sp)
            : ActivatorUtilities.CreateInstance<DefaultHubLifetimeManager<LiveHub>>(sp), sp.GetRequiredService<Metrics.LiveMetrics>()));
        services.AddSingleton<HubLifetimeManager<LiveHub>>(sp => sp.GetRequiredService<LocalConnections>());
        services.AddSingleton<SnapshotBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<SnapshotBroadcaster>());
        if (live.Mode != "redis")
        {
            services.AddSingleton<ILivePublisher>(sp => PerChange(sp, sp.GetRequiredService<SnapshotBroadcaster>()));
            return;
        }
        var redis = OrleansHosting.RequireRedis(live);
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SnapshotRelay>(sp, (Func<Task<StackExchange.Redis.IConnectionMultiplexer>>)(async () =>
            await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(RedisConnection.Options(redis)))));
        services.AddHostedService(sp => sp.GetRequiredService<SnapshotRelay>());
        services.AddSingleton(sp => PerChange(sp, sp.GetRequiredService<SnapshotRelay>().Publisher()));
    }

    /// <summary>The load tests' per-vote baseline wraps the publisher grains see; off, it is the publisher itself.</summary>
    private static ILivePublisher PerChange(IServiceProvider sp, ILivePublisher publisher) =>
        sp.GetRequiredService<IOptions<RealtimeOptions>>().Value.PerChangeBroadcast ? new PerChangePublisher(publisher) : publisher;

    public static WebApplication MapLive(this WebApplication app)
    {
        app.UseLiveSecurityHeaders(); // CSP, nosniff, no-referrer on every response (SecurityHeaders.cs)
        var drain = app.Services.GetRequiredService<ShutdownDrain>();
        app.Use(drain.RefuseHubWhileDrainingAsync); // once stopping, new hub connections go to another node (ShutdownDrain.cs)
        app.UseExceptionHandler();
        app.UseApiStatusProblems();
        app.UseLiveSecurity();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapGet("/healthz", drain.Health).AllowAnonymous();
        app.MapLiveMetrics();
        app.MapSessionApis();
        app.MapQnaExports();
        app.MapPollExports();
        app.MapSurveyExports();
        app.MapCheckInApis();
        app.MapDrawApis();
        app.MapQuizExports();
        app.MapStatusApis();
        app.MapLiveHub();
        app.MapLiveClients();
        return app;
    }

    /// <summary>
    /// What MapHub does (the hub's attributes, such as [Authorize], become endpoint metadata), with the idle-connection
    /// guard in front of the hub.
    /// </summary>
    private static void MapLiveHub(this WebApplication app)
    {
        var guard = app.Services.GetRequiredService<IdleConnectionGuard>();
        var endpoint = app.MapConnections("/hubs/live", new Microsoft.AspNetCore.Http.Connections.HttpConnectionDispatcherOptions(), connection =>
        {
            connection.Use(guard.Watch);
            connection.UseHub<LiveHub>();
        });
        endpoint.Add(e =>
        {
            foreach (var attribute in typeof(LiveHub).GetCustomAttributes(inherit: true)) e.Metadata.Add(attribute);
            e.Metadata.Add(new HubMetadata(typeof(LiveHub)));
        });
    }
}
