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
        // Orleans' ADO.NET provider does the SQL; grains use it through DedicatedThreadGrainStorage, which keeps its
        // blocking calls on Live's own storage threads.
        silo.AddAdoNetGrainStorage(SqliteProviderName, (OptionsBuilder<AdoNetGrainStorageOptions> options) =>
            options.Configure<IServiceProvider>((o, services) =>
            {
                o.Invariant = SqliteSchema.Invariant;
                o.ConnectionString = connectionString;
                o.GrainStorageSerializer = BinarySerializer(services);
            }));
        silo.Services.AddSingleton(_ => new SqliteStorageThreads(connectionString));
        silo.Services.AddKeyedSingleton<IGrainStorage>(LiveSiloBuilderExtensions.StorageName, (services, _) =>
        {
            var threads = services.GetRequiredService<SqliteStorageThreads>();
            return new DedicatedThreadGrainStorage(services.GetRequiredKeyedService<IGrainStorage>(SqliteProviderName), threads.Writer, threads.Reader);
        });
        silo.Services.AddHostedService<WalCheckpointer>();
    }

    /// <summary>The name under which Orleans' own ADO.NET provider is registered; grains name <see cref="LiveSiloBuilderExtensions.StorageName"/>.</summary>
    private const string SqliteProviderName = "live-sqlite";

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
            // can re-activate elsewhere, calls still waiting on it fail, and its phones' GetState answers again. Each
            // silo probes the others; the probe period is the adaptive probe timeout, between MinProbeTimeout (half of
            // ProbeTimeout) and MaxProbeTimeout, widened further while the local silo is degraded. A killed process
            // refuses the connection at once, so each probe fails in milliseconds and detection takes three probe
            // periods (the third indirect, through the other survivor) plus the vote: ProbeTimeout 5 s (default) took
            // 13-14 s in FailoverTests, 2 s took 2.4-5.5 s, 1 s (a probe every 0.5 s) 1.5-3.7 s, median 2.0 s, on a
            // 2-core box with a load average of 46-78 (docs/OPERATIONS.md).
            // What keeps a node that is merely starved of CPU (GC, a 2-core box under load) from being voted out is
            // unchanged: MaxProbeTimeout stays 8 s (4 x the former 2 s), so slow answers widen the timeout to 8 s, and a
            // silo does not vote against one whose connection delivered any message within MaxProbeTimeout x
            // NumMissedProbesLimit = 24 s (EnableConnectionLivenessCheck, on by default). A live node keeps its TCP
            // connection and answers pings late rather than never; only a dead one loses the connection.
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.MaxProbeTimeout = TimeSpan.FromSeconds(8);
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
