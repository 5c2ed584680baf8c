using Live.Contracts;
using Live.Domain.Common;

namespace Live.Grains.Common;

/// <summary>
/// The bookkeeping every group-committed grain shares: a version that grows with each change, the version known
/// to be durable, and a <see cref="GroupCommit"/>. <see cref="CommitAsync"/> returns at once when nothing changed,
/// and turns a storage failure into <c>unavailable</c> so callers learn nothing was acknowledged.
/// </summary>
public sealed class VersionedCommit
{
    private readonly GroupCommit _commit;
    private readonly ICommitMetrics? _metrics;
    private long _durable;

    /// <param name="write">
    /// Copies the state and what to publish synchronously for the given version, then returns the storage write and the
    /// publish that follows it (<see cref="StagedWrite"/>).
    /// </param>
    /// <param name="metrics">Also counts each durable write there (the host's /metrics), when given.</param>
    public VersionedCommit(Func<long, StagedWrite> write, Action onFailed, ICommitMetrics? metrics = null)
    {
        _commit = new GroupCommit(() => WriteAsync(write), onFailed);
        _metrics = metrics;
    }

    public long Version { get; private set; }

    /// <summary>Starts from what storage holds (call on activation).</summary>
    public void Load(long version) => Version = _durable = version;

    /// <summary>Records one change; the next commit will write it.</summary>
    public void Changed() => Version++;

    /// <summary>After a failed write memory may be ahead of storage: refuse changes until the grain reloads.</summary>
    public void RequireUsable()
    {
        if (_commit.Broken) throw new RuleViolation(ErrorCodes.Unavailable);
    }

    /// <summary>Completes when every change made so far is durable.</summary>
    public async Task CommitAsync()
    {
        if (_durable == Version) return;
        try
        {
            await _commit.CommitAsync();
        }
        catch (Exception ex) when (ex is not LiveException)
        {
            throw new LiveException(ErrorCodes.Unavailable);
        }
    }

    private Task WriteAsync(Func<long, StagedWrite> write)
    {
        var version = Version;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        return MarkAsync(write(version), version, version - _durable, started);
    }

    private async Task MarkAsync(StagedWrite staged, long version, long changes, long started)
    {
        await staged.Write;
        _durable = Math.Max(_durable, version);
        var took = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        CommitCounters.Log.Written(changes, took.TotalMilliseconds);
        _metrics?.Written(changes, took);
        staged.Publish?.Invoke(); // only what this write made durable
    }
}
