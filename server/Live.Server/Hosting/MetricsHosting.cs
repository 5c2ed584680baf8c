using Live.Domain.Operations;
using Live.Grains.Common;
using Live.Server.Metrics;
using Live.Server.Options;
using OpenTelemetry.Metrics;

namespace Live.Server.Hosting;

/// <summary>/metrics (OpenTelemetry, Prometheus text) and what the console's status panel reads (docs/OPERATIONS.md, "Metrics").</summary>
public static class MetricsHosting
{
    public const string Path = "/metrics";

    /// <summary>Built-in meters exported beside Live's own.</summary>
    public static readonly string[] BuiltInMeters =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.Http.Connections",
    ];

    /// <summary>Orleans' meter, exported only with <see cref="MetricsOptions.OrleansMeters"/>.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    public static WebApplicationBuilder AddLiveMetrics(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiveMetrics>();
        services.AddSingleton<ICommitMetrics>(sp => sp.GetRequiredService<LiveMetrics>());
        services.AddSingleton<HubMetricsFilter>();
        services.AddSingleton(sp => new ActivityWindow(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<NodeActivityReporter>();
        services.AddHostedService(sp => sp.GetRequiredService<NodeActivityReporter>());
        var orleans = builder.Configuration.GetValue<bool>($"{MetricsOptions.Section}:{nameof(MetricsOptions.OrleansMeters)}");
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(LiveMetrics.MeterName)
            .AddMeter(orleans ? [.. BuiltInMeters, OrleansMeter] : BuiltInMeters)
            .AddPrometheusExporter());
        return builder;
    }

    /// <summary>After forwarded headers (UseLiveSecurity), so the rule sees the caller's real address.</summary>
    public static WebApplication MapLiveMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(Path, meterProvider: null, configureBranchedPipeline: branch => branch.Use(MetricsAccess.GuardAsync), optionsName: null)
            .AllowAnonymous();
        return app;
    }
}
