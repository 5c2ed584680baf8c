using Live.Domain.Operations;

namespace Live.Domain.Tests.Operations;

public sealed class StatusWarningsTests
{
    private static readonly StatusThresholds Defaults = new(AckP99Ms: 500, ErrorRatePercent: 1);

    /// <summary><paramref name="calls"/> actions, <paramref name="errors"/> failed, <paramref name="slow"/> of them in <paramref name="slowMs"/>'s bucket, the rest in 10 ms's.</summary>
    private static ActivityFigures Figures(long calls, long errors = 0, long slow = 0, double slowMs = 750)
    {
        var latency = new long[LatencyBuckets.Count];
        latency[LatencyBuckets.IndexOf(10)] = calls - slow;
        latency[LatencyBuckets.IndexOf(slowMs)] += slow;
        return new ActivityFigures(60, calls, errors, latency);
    }

    [Fact]
    public void Healthy_figures_warn_of_nothing()
    {
        Assert.Empty(StatusWarnings.For(Figures(1000, errors: 10, slow: 10), Defaults)); // 1.0 % errors and 1 % slow: at, not above
    }

    [Fact]
    public void Ack_p99_above_the_threshold_warns()
    {
        Assert.Equal([StatusWarnings.AckSlow], StatusWarnings.For(Figures(1000, slow: 11), Defaults));
        Assert.Empty(StatusWarnings.For(Figures(1000, slow: 11, slowMs: 500), Defaults)); // p99 500 ms: on the threshold
        Assert.Equal([StatusWarnings.AckSlow], StatusWarnings.For(Figures(1000, slow: 11, slowMs: 501), Defaults));
    }

    [Fact]
    public void An_error_rate_above_the_threshold_warns()
    {
        Assert.Equal([StatusWarnings.ErrorsHigh], StatusWarnings.For(Figures(1000, errors: 11), Defaults));
        Assert.Equal([StatusWarnings.AckSlow, StatusWarnings.ErrorsHigh], StatusWarnings.For(Figures(100, errors: 50, slow: 50), Defaults));
    }

    [Fact]
    public void The_thresholds_are_configurable()
    {
        var strict = new StatusThresholds(AckP99Ms: 5, ErrorRatePercent: 0.1);
        Assert.Equal([StatusWarnings.AckSlow, StatusWarnings.ErrorsHigh], StatusWarnings.For(Figures(1000, errors: 2), strict));
        var lax = new StatusThresholds(AckP99Ms: 1000, ErrorRatePercent: 5);
        Assert.Empty(StatusWarnings.For(Figures(1000, errors: 40, slow: 40), lax));
    }

    [Fact]
    public void Too_few_actions_make_no_latency_or_error_warning()
    {
        Assert.Empty(StatusWarnings.For(Figures(StatusWarnings.MinimumCalls - 1, errors: 5, slow: 5), Defaults));
        Assert.Equal(2, StatusWarnings.For(Figures(StatusWarnings.MinimumCalls, errors: 5, slow: 5), Defaults).Count);
    }

    [Fact]
    public void An_unhealthy_node_warns_whatever_the_figures()
    {
        Assert.Equal([StatusWarnings.NodeUnhealthy], StatusWarnings.For(Figures(0), Defaults, everyNodeHealthy: false));
    }
}
