namespace Live.Domain.Operations;

/// <summary>When the operator's panel warns. Set by Live:Metrics:AckP99WarningMs and Live:Metrics:ErrorRateWarningPercent.</summary>
public sealed record StatusThresholds(double AckP99Ms = 500, double ErrorRatePercent = 1, long MinimumCalls = StatusWarnings.MinimumCalls);

/// <summary>The warnings the host console shows beside the last minute's figures (codes the client translates).</summary>
public static class StatusWarnings
{
    /// <summary>The 99th percentile acknowledgement took longer than the threshold.</summary>
    public const string AckSlow = "ack_slow";
    /// <summary>More than the threshold's share of actions failed on the server's side.</summary>
    public const string ErrorsHigh = "errors_high";
    /// <summary>A node of the cluster is not active, or has not reported its figures lately.</summary>
    public const string NodeUnhealthy = "node_unhealthy";

    /// <summary>
    /// Fewer actions than this in the window make no latency or error warning: one slow or failed call out of five
    /// is not a trend.
    /// </summary>
    public const long MinimumCalls = 20;

    /// <summary>
    /// The warnings for <paramref name="figures"/>. Strictly above a threshold warns; p99 is a bucket bound
    /// (<see cref="LatencyBuckets"/>), so with the threshold on a bound (500 ms is one) the rule is exact.
    /// </summary>
    public static IReadOnlyList<string> For(ActivityFigures figures, StatusThresholds thresholds, bool everyNodeHealthy = true)
    {
        var warnings = new List<string>(3);
        if (figures.Calls >= thresholds.MinimumCalls)
        {
            if (figures.P99Ms > thresholds.AckP99Ms) warnings.Add(AckSlow);
            if (figures.ErrorRate * 100 > thresholds.ErrorRatePercent) warnings.Add(ErrorsHigh);
        }
        if (!everyNodeHealthy) warnings.Add(NodeUnhealthy);
        return warnings;
    }
}
