using Microsoft.Extensions.DependencyInjection;

namespace Live.Grains.Common;

/// <summary>
/// Where a durable group commit is also counted besides <see cref="CommitCounters"/>: the host's metrics (its
/// /metrics endpoint). Absent in a silo that registers none (the grain tests), then nothing is recorded.
/// </summary>
public interface ICommitMetrics
{
    /// <param name="changes">Changes the write made durable.</param>
    void Written(long changes, TimeSpan duration);
}

public static class CommitMetricsExtensions
{
    /// <summary>The host's commit metrics, if it has any; for a grain's constructor, as it creates its <see cref="VersionedCommit"/>.</summary>
    public static ICommitMetrics? CommitMetrics(this IGrainBase grain) => grain.GrainContext.ActivationServices.GetService<ICommitMetrics>();
}
