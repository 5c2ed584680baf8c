using System.Diagnostics.Tracing;

namespace Live.Grains.Common;

/// <summary>
/// EventCounters of group commit, across every grain that uses <see cref="VersionedCommit"/>: storage writes per
/// second, the changes they carried (so changes ÷ writes is the batch size) and how long each write took. They cost
/// nothing until a listener subscribes (`dotnet-counters monitor --counters Live-Commits`, or the load tests'
/// --counters).
/// </summary>
[EventSource(Name = "Live-Commits")]
public sealed class CommitCounters : EventSource
{
    public static readonly CommitCounters Log = new();

    private IncrementingEventCounter? _writes;
    private IncrementingEventCounter? _changes;
    private EventCounter? _writeMs;

    private CommitCounters() { }

    public void Written(long changes, double milliseconds)
    {
        if (!IsEnabled()) return;
        _writes?.Increment();
        _changes?.Increment(changes);
        _writeMs?.WriteMetric(milliseconds);
    }

    protected override void OnEventCommand(EventCommandEventArgs command)
    {
        if (command.Command != EventCommand.Enable) return;
        _writes ??= new IncrementingEventCounter("writes", this) { DisplayName = "Group-commit storage writes", DisplayRateTimeScale = TimeSpan.FromSeconds(1) };
        _changes ??= new IncrementingEventCounter("changes-written", this) { DisplayName = "Changes made durable", DisplayRateTimeScale = TimeSpan.FromSeconds(1) };
        _writeMs ??= new EventCounter("write-ms", this) { DisplayName = "Storage write time", DisplayUnits = "ms" };
    }
}
