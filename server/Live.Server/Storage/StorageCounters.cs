using System.Diagnostics.Tracing;

namespace Live.Server.Storage;

/// <summary>
/// EventCounters of the SQLite storage threads (`dotnet-counters monitor --counters Live-Storage`, or the load
/// tests' --counters): how long a write waited for the writer thread, how long SQLite took (the commit and its
/// fsync), the writer's queue, and the background WAL checkpoints. They cost nothing until a listener subscribes.
/// </summary>
[EventSource(Name = "Live-Storage")]
public sealed class StorageCounters : EventSource
{
    public static readonly StorageCounters Log = new();

    private EventCounter? _queueMs;
    private EventCounter? _sqliteMs;
    private EventCounter? _queueDepth;
    private EventCounter? _checkpointMs;
    private EventCounter? _walPages;

    private StorageCounters() { }

    public void Written(double queuedMilliseconds, double sqliteMilliseconds, int stillQueued)
    {
        if (!IsEnabled()) return;
        _queueMs?.WriteMetric(queuedMilliseconds);
        _sqliteMs?.WriteMetric(sqliteMilliseconds);
        _queueDepth?.WriteMetric(stillQueued);
    }

    public void Checkpointed(double milliseconds, int walPages)
    {
        if (!IsEnabled()) return;
        _checkpointMs?.WriteMetric(milliseconds);
        _walPages?.WriteMetric(walPages);
    }

    protected override void OnEventCommand(EventCommandEventArgs command)
    {
        if (command.Command != EventCommand.Enable) return;
        _queueMs ??= new EventCounter("sqlite-queue-ms", this) { DisplayName = "Write wait for the writer thread", DisplayUnits = "ms" };
        _sqliteMs ??= new EventCounter("sqlite-write-ms", this) { DisplayName = "SQLite write incl. commit and fsync", DisplayUnits = "ms" };
        _queueDepth ??= new EventCounter("sqlite-queue", this) { DisplayName = "Writes queued behind the current one" };
        _checkpointMs ??= new EventCounter("checkpoint-ms", this) { DisplayName = "Background WAL checkpoint", DisplayUnits = "ms" };
        _walPages ??= new EventCounter("wal-pages", this) { DisplayName = "WAL pages at checkpoint" };
    }
}
