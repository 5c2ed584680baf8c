using System.Diagnostics;
using System.Net;
using Live.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Live.Server.Tests;

/// <summary>An Orleans client of the cluster (through the nodes' gateways), to ask where a grain is and who is alive.</summary>
public sealed class OrleansProbe : IAsyncDisposable
{
    private readonly IHost _host;
    private OrleansProbe(IHost host) => _host = host;
    private IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    public static async Task<OrleansProbe> StartAsync(LiveCluster cluster)
    {
        var host = new HostBuilder()
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o => { o.ClusterId = "live"; o.ServiceId = "live"; });
                client.UseStaticClustering(cluster.GatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p)).ToArray());
                client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(3));
            })
            .Build();
        await host.StartAsync();
        return new OrleansProbe(host);
    }

    /// <summary>The silo port of the silo holding the poll grain's activation (null if none).</summary>
    public Task<int?> SiloOfAsync(string pollKey, CancellationToken token) => SiloOfAsync<IPollGrain>(pollKey, token);

    /// <summary>The silo port of the silo holding any string-keyed grain's activation (null if none), asking until an answer comes.</summary>
    public Task<int?> SiloOfAsync<TGrain>(string key, CancellationToken token) where TGrain : IGrainWithStringKey =>
        AskUntilAnsweredAsync(async m => (await m.GetActivationAddress(Client.GetGrain<TGrain>(key)))?.Endpoint.Port, token);

    /// <summary>The silo ports the membership table shows as dead, in order, asking until an answer comes.</summary>
    public Task<int[]> DeadSilosAsync(CancellationToken token) =>
        AskUntilAnsweredAsync(async m => (await m.GetHosts(onlyActive: false)).Where(h => h.Value == SiloStatus.Dead).Select(h => h.Key.Endpoint.Port).Order().ToArray(), token);

    /// <summary>The silo ports the membership table shows as active (RedisOutageTests: nobody voted out during an outage).</summary>
    public Task<int[]> ActiveSiloPortsAsync(CancellationToken token) =>
        AskUntilAnsweredAsync(async m => (await m.GetHosts(onlyActive: true)).Where(h => h.Value == SiloStatus.Active).Select(h => h.Key.Endpoint.Port).Order().ToArray(), token);

    /// <summary>
    /// Asks the management grain until it answers: right after a failover or a Redis outage its calls can fail for a
    /// moment (the membership table unreadable, a silo not yet declared dead).
    /// </summary>
    private async Task<T> AskUntilAnsweredAsync<T>(Func<IManagementGrain, Task<T>> ask, CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                return await ask(Client.GetGrain<IManagementGrain>(0));
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested)
            {
                await Task.Delay(200, token);
            }
        }
    }

    /// <summary>When the membership table first shows the silo as dead.</summary>
    public async Task<TimeSpan> WaitUntilDeadAsync(int siloPort, Stopwatch clock, CancellationToken token)
    {
        while (true)
        {
            token.ThrowIfCancellationRequested();
            try
            {
                var hosts = await Client.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: false);
                if (hosts.Any(h => h.Key.Endpoint.Port == siloPort && h.Value == SiloStatus.Dead)) return clock.Elapsed;
            }
            catch (Exception e) when (e is not OperationCanceledException || !token.IsCancellationRequested) { }
            await Task.Delay(100, token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { await _host.StopAsync(TimeSpan.FromSeconds(5)); } catch (Exception) { }
        _host.Dispose();
    }
}
