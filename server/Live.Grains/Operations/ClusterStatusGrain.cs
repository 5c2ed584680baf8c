using Live.Contracts;

namespace Live.Grains.Operations;

/// <summary>Holds the nodes' latest figures and answers with them and the membership (IClusterMembershipService, local).</summary>
public sealed class ClusterStatusGrain(IClusterMembershipService membership, TimeProvider time) : Grain, IClusterStatusGrain
{
    /// <summary>A dead node stays in the membership table long after it died; the panel shows it only this long.</summary>
    private static readonly TimeSpan ShowDeadFor = TimeSpan.FromMinutes(10);

    private readonly Dictionary<string, (NodeActivity Activity, DateTimeOffset At)> _reports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _deadSince = new(StringComparer.Ordinal);

    public Task Report(NodeActivity activity)
    {
        _reports[activity.Node] = (activity, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public async Task<ClusterActivity> Read(NodeActivity mine)
    {
        await Report(mine);
        var now = time.GetUtcNow();
        var fresh = now - TimeSpan.FromSeconds(ClusterActivity.StaleAfterSeconds);
        foreach (var stale in _reports.Where(r => r.Value.At < fresh).Select(r => r.Key).ToList()) _reports.Remove(stale);

        var nodes = new List<NodeStatus>();
        foreach (var member in membership.CurrentSnapshot.Members.Values.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var address = member.SiloAddress.ToParsableString();
            if (member.Status == SiloStatus.Dead)
            {
                // The table does not say when a node died; the first time this activation saw it dead stands in.
                if (now - _deadSince.GetValueOrDefault(address, now) > ShowDeadFor) continue;
                _deadSince.TryAdd(address, now);
            }
            nodes.Add(new NodeStatus(address, member.Name, member.Status.ToString().ToLowerInvariant(), _reports.ContainsKey(address)));
        }
        return new ClusterActivity(nodes, _reports.Values.Select(r => r.Activity).ToList());
    }
}
