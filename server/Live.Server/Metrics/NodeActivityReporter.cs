using Live.Contracts;
using Live.Domain.Operations;

namespace Live.Server.Metrics;

/// <summary>
/// Every <see cref="Period"/> this node hands its last minute (<see cref="ActivityWindow"/>) to the cluster's status
/// grain, so the console's figures cover every node. A report that fails (the grain's node just died) is simply the
/// next one's job.
/// </summary>
public sealed class NodeActivityReporter(
    ActivityWindow window, IGrainFactory grains, ILocalSiloDetails silo, TimeProvider time, ILogger<NodeActivityReporter> logger) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    /// <summary>This node as the membership table names it.</summary>
    public string Node { get; } = silo.SiloAddress.ToParsableString();

    public IClusterStatusGrain Grain => grains.GetGrain<IClusterStatusGrain>(IClusterStatusGrain.Key);

    /// <summary>This node's figures now.</summary>
    public NodeActivity Mine()
    {
        var figures = window.Figures();
        return new NodeActivity(Node, figures.Seconds, figures.Calls, figures.Errors, figures.Latency);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Grain.Report(Mine());
            }
            catch (Exception e)
            {
                if (stoppingToken.IsCancellationRequested) return; // the silo may be gone already
                logger.LogDebug(e, "Could not report this node's activity");
            }
        }
    }
}
