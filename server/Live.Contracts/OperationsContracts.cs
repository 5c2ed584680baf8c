namespace Live.Contracts;

/// <summary>One node's last minute of attendee actions (see Live.Domain.Operations.ActivityFigures), as it reports them.</summary>
/// <param name="Node">The node's silo address, as the membership table names it.</param>
/// <param name="Latency">Calls per latency bucket (Live.Domain.Operations.LatencyBuckets).</param>
[GenerateSerializer, Immutable, Alias("live.node-activity")]
public sealed record NodeActivity(
    [property: Id(0)] string Node,
    [property: Id(1)] int Seconds,
    [property: Id(2)] long Calls,
    [property: Id(3)] long Errors,
    [property: Id(4)] IReadOnlyList<long> Latency);

/// <summary>A node of the cluster as the operator sees it.</summary>
/// <param name="Status">Orleans' membership status, lower case: joining, active, shuttingdown, stopping, dead.</param>
/// <param name="Reporting">Whether the node reported its figures within the last <see cref="ClusterActivity.StaleAfterSeconds"/> seconds.</param>
[GenerateSerializer, Immutable, Alias("live.node-status")]
public sealed record NodeStatus(
    [property: Id(0)] string Address,
    [property: Id(1)] string Name,
    [property: Id(2)] string Status,
    [property: Id(3)] bool Reporting);

/// <summary>The cluster's nodes and every reporting node's figures, merged by the caller.</summary>
[GenerateSerializer, Immutable, Alias("live.cluster-activity")]
public sealed record ClusterActivity(
    [property: Id(0)] IReadOnlyList<NodeStatus> Nodes,
    [property: Id(1)] IReadOnlyList<NodeActivity> Reports)
{
    /// <summary>A node that has not reported for this long is left out of the figures and shown as not reporting.</summary>
    public const int StaleAfterSeconds = 15;
}

/// <summary>
/// One per cluster (key <see cref="Key"/>), in memory: every node reports its last minute every few seconds, and the
/// status endpoint reads them all, with the membership, in one call. A new activation (its node died) is filled again
/// within one report period.
/// </summary>
[Alias("live.IClusterStatusGrain")]
public interface IClusterStatusGrain : IGrainWithStringKey
{
    public const string Key = "cluster";

    [Alias("Report")] Task Report(NodeActivity activity);

    /// <summary>Records <paramref name="mine"/> (the asking node's figures, fresh) and answers with everything.</summary>
    [Alias("Read")] Task<ClusterActivity> Read(NodeActivity mine);
}
