using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Live.Server.Storage;

/// <summary>
/// Takes SQLite's WAL checkpoints in the background, once a second, so they stay small and off the writer: without
/// it the commit that pushes the WAL past 1,000 pages runs the checkpoint itself (copy to the main file and fsync)
/// while every vote behind it waits. PASSIVE never blocks the writer or readers and never waits on a lock; whatever
/// it could not copy is copied next time. SQLite's own auto-checkpoint stays on as the backstop.
/// </summary>
public sealed class WalCheckpointer(SqliteStorageThreads threads, ILogger<WalCheckpointer> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await threads.Checkpoint.RunAsync(() => Task.FromResult(CheckpointOnce(threads.ConnectionString)));
            }
            catch (SqliteException ex)
            {
                log.LogWarning(ex, "Background WAL checkpoint failed; SQLite's auto-checkpoint still runs");
            }
        }
    }

    /// <summary>Returns the WAL's size in pages before the checkpoint.</summary>
    public static int CheckpointOnce(string connectionString)
    {
        var started = Stopwatch.GetTimestamp();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        using var reader = command.ExecuteReader();
        var pages = reader.Read() ? reader.GetInt32(1) : 0; // columns: busy, log (pages in the WAL), checkpointed
        StorageCounters.Log.Checkpointed(Stopwatch.GetElapsedTime(started).TotalMilliseconds, pages);
        return pages;
    }
}
