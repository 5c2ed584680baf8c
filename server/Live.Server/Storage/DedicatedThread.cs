using System.Collections.Concurrent;

namespace Live.Server.Storage;

/// <summary>
/// One OS thread that runs what is queued to it, in order. Microsoft.Data.Sqlite's "async" methods run synchronously:
/// an fsync, a WAL checkpoint or a busy wait (it sleeps 150 ms per SQLITE_BUSY retry) blocks the calling thread. On
/// this thread they stall only the storage queue, never the thread pool that serves every phone and grain
/// (docs/PERFORMANCE.md, 2026-12-03).
/// </summary>
public sealed class DedicatedThread : TaskScheduler, IDisposable
{
    private readonly BlockingCollection<Task> _queue = new();
    private readonly Thread _thread;

    public DedicatedThread(string name)
    {
        _thread = new Thread(Run) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public override int MaximumConcurrencyLevel => 1;

    /// <summary>Tasks waiting for the thread: the storage queue's depth.</summary>
    public int Queued => _queue.Count;

    /// <summary>Runs <paramref name="work"/> on this thread; awaits inside it without ConfigureAwait(false) resume here too.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    public Task RunAsync(Func<Task> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach, this).Unwrap();

    protected override void QueueTask(Task task) => _queue.Add(task);

    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        Thread.CurrentThread == _thread && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();

    private void Run()
    {
        foreach (var task in _queue.GetConsumingEnumerable()) TryExecuteTask(task);
    }

    /// <summary>Runs what is queued, then lets the thread end.</summary>
    public void Dispose() => _queue.CompleteAdding();
}
