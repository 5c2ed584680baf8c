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
        silo.UseRedisClustering(o => o.ConfigurationOptions = RedisConnection.Options(redis));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // How fast the survivors declare a crashed node dead, which is when its grains (a poll in a vote storm)
            // can re-activate elsewhere and its phones' GetState answers again. Each silo probes the others with a
            // timeout that adapts to the measured round trip between MinProbeTimeout (half of ProbeTimeout) and
            // 4 x ProbeTimeout; three missed probes (the third indirect, through another silo) make it vote, and two
            // votes declare the silo dead. With the default 5 s (probes every 2.5 s or more) a kill -9 took 13-14 s
            // in FailoverTests; 2 s (probes every 1 s or more on a LAN) takes about half. Lower still would let a
            // node that is merely starved of CPU for a few seconds (GC, a 2-core box under load) be voted out, and a
            // silo declared dead shuts itself down; Orleans widens the timeout itself when the local silo is
            // degraded and does not vote against a silo it is still receiving messages from.
            o.ProbeTimeout = TimeSpan.FromSeconds(2);
            // Gossip tells the other silos at once; this re-read of the table (one Redis HGETALL) is the backstop
            // for a silo that missed the gossip. Default 60 s.
            o.TableRefreshTimeout = TimeSpan.FromSeconds(15);
        });
        silo.AddRedisGrainStorage(LiveSiloBuilderExtensions.StorageName, (OptionsBuilder<Orleans.Persistence.RedisStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.ConfigurationOptions = RedisConnection.Options(redis);
                o.GrainStorageSerializer = BinarySerializer(services);
            }));
    }

    // Orleans' own binary format: compact, fast, and version-tolerant through the [Id] attributes on state types.
    private static IGrainStorageSerializer BinarySerializer(IServiceProvider services) =>
        new OrleansGrainStorageSerializer(services.GetRequiredService<Orleans.Serialization.Serializer>());

    public static string RequireRedis(LiveOptions live) =>
        string.IsNullOrWhiteSpace(live.Redis) ? throw new InvalidOperationException("Live:Redis is required when Live:Mode is redis") : live.Redis;
}
