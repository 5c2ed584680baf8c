using Live.Server.Options;
using Live.Server.Storage;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using StackExchange.Redis;

namespace Live.Server.Hosting;

/// <summary>The Orleans silo inside the web server: embedded (localhost + SQLite) or redis (cluster).</summary>
public static class OrleansHosting
{
    public static void AddLiveSilo(this WebApplicationBuilder builder, LiveOptions live)
    {
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = "live";
                o.ServiceId = "live";
            });
            silo.AddLiveGrains();
            if (live.Mode == "redis") UseRedis(silo, live);
            else UseEmbedded(silo, live);
        });
    }

    private static void UseEmbedded(ISiloBuilder silo, LiveOptions live)
    {
        var connectionString = SqliteSchema.ConnectionString(live.DataDirectory);
        SqliteSchema.Ensure(connectionString);
        silo.UseLocalhostClustering(live.SiloPort, live.GatewayPort);
        silo.AddAdoNetGrainStorage(LiveSiloBuilderExtensions.StorageName, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = SqliteSchema.Invariant;
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = BinarySerializer(services);
            }));
    }

    private static void UseRedis(ISiloBuilder silo, LiveOptions live)
    {
        var redis = RequireRedis(live);
        // Every node of one cluster has ClusterId = ServiceId = "live" (above) and the same Redis, so their silos
        // find each other in Redis' membership table. Each node needs its own silo and gateway ports when several
        // run on one machine, and must advertise an address the others can reach.
        if (live.AdvertisedAddress is { Length: > 0 } address)
            silo.ConfigureEndpoints(System.Net.IPAddress.Parse(address), live.SiloPort, live.GatewayPort);
        else
            silo.ConfigureEndpoints(live.SiloPort, live.GatewayPort, listenOnAnyHostAddress: true); // Orleans picks the host's address
        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(redis));
        silo.AddRedisGrainStorage(LiveSiloBuilderExtensions.StorageName, (OptionsBuilder<Orleans.Persistence.RedisStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.ConfigurationOptions = ConfigurationOptions.Parse(redis);
                o.GrainStorageSerializer = BinarySerializer(services);
            }));
    }

    // Orleans' own binary format: compact, fast, and version-tolerant through the [Id] attributes on state types.
    private static IGrainStorageSerializer BinarySerializer(IServiceProvider services) =>
        new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>());

    public static string RequireRedis(LiveOptions live) =>
        string.IsNullOrWhiteSpace(live.Redis) ? throw new InvalidOperationException("Live:Redis is required when Live:Mode is redis") : live.Redis;
}
