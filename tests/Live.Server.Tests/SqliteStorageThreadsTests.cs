using Live.Server.Storage;
using Microsoft.Data.Sqlite;

namespace Live.Server.Tests;

/// <summary>
/// The embedded mode's storage threads: SQLite's blocking calls run on Live's own threads, in order, and every
/// acknowledged write is still a full fsync'd commit.
/// </summary>
public class SqliteStorageThreadsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("live-storage-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Work_runs_on_the_named_thread_in_the_order_it_was_queued_never_on_the_thread_pool()
    {
        using var thread = new DedicatedThread("live-test-writer");
        var order = new List<int>();
        var tasks = Enumerable.Range(0, 200).Select(i => thread.RunAsync(async () =>
        {
            Assert.Equal("live-test-writer", Thread.CurrentThread.Name);
            Assert.False(Thread.CurrentThread.IsThreadPoolThread);
            order.Add(i); // no lock: one thread
            await Task.Yield(); // resumes on the same thread
            Assert.Equal("live-test-writer", Thread.CurrentThread.Name);
            return i;
        })).ToList();
        var results = await Task.WhenAll(tasks);
        Assert.Equal(Enumerable.Range(0, 200), results);
        Assert.Equal(200, order.Count);
        Assert.Equal(Enumerable.Range(0, 200).Order(), order.Order());
    }

    [Fact]
    public async Task A_failed_write_fails_its_caller_and_the_thread_keeps_working()
    {
        using var thread = new DedicatedThread("live-test-writer");
        await Assert.ThrowsAsync<InvalidOperationException>(() => thread.RunAsync(() => Task.FromException<int>(new InvalidOperationException("disk full"))));
        Assert.Equal(7, await thread.RunAsync(() => Task.FromResult(7)));
    }

    [Fact]
    public void The_grain_storage_file_commits_with_a_full_fsync_in_wal_mode()
    {
        var connectionString = SqliteSchema.ConnectionString(_directory);
        SqliteSchema.Ensure(connectionString);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode;"));
        Assert.Equal("2", Scalar(connection, "PRAGMA synchronous;")); // 2 = FULL: the WAL is fsync'd at every commit
    }

    [Fact]
    public void A_background_checkpoint_copies_the_wal_into_the_file_without_blocking_a_writer()
    {
        var connectionString = SqliteSchema.ConnectionString(_directory);
        SqliteSchema.Ensure(connectionString);
        using var writer = new SqliteConnection(connectionString);
        writer.Open();
        Exec(writer, "CREATE TABLE t (x BLOB);");
        for (var i = 0; i < 50; i++) Exec(writer, "INSERT INTO t VALUES (randomblob(4000));");
        using var open = writer.BeginTransaction(); // a writer holding the write lock does not stop a PASSIVE checkpoint
        Exec(writer, "INSERT INTO t VALUES (randomblob(4000));", open);
        var pages = WalCheckpointer.CheckpointOnce(connectionString);
        Assert.True(pages >= 50, $"the WAL held the 50 committed inserts ({pages} pages)");
        open.Commit();
        Assert.True(new FileInfo(Path.Combine(_directory, "live.db")).Length > 50 * 4000, "the committed rows reached the main file");
    }

    private static string? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Exec(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
