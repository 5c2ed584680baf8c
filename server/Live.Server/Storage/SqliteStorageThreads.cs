namespace Live.Server.Storage;

/// <summary>The threads that own every blocking SQLite call of the embedded mode: one writer, one reader, one checkpointer.</summary>
public sealed class SqliteStorageThreads(string connectionString) : IDisposable
{
    public string ConnectionString { get; } = connectionString;
    public DedicatedThread Writer { get; } = new("live-sqlite-writer");
    public DedicatedThread Reader { get; } = new("live-sqlite-reader");
    public DedicatedThread Checkpoint { get; } = new("live-sqlite-checkpoint");

    public void Dispose()
    {
        Writer.Dispose();
        Reader.Dispose();
        Checkpoint.Dispose();
    }
}
