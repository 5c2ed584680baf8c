namespace Live.Grains.Common;

/// <summary>
/// Group commit for a grain's state. Changes made while a write is in flight are written together by the next
/// write, so a burst of 1,000 votes costs a handful of writes, and every caller still learns only after its
/// own change is durable. Runs on the grain's single-threaded scheduler, so it needs no locks; the grain must be
/// reentrant so callers can queue up while a write is awaited.
/// </summary>
public sealed class GroupCommit(Func<Task> write, Action onFailed)
{
    private TaskCompletionSource? _next;
    private bool _writing;

    /// <summary>Set after a write fails: the grain's memory may be ahead of storage, so it must reload before accepting changes.</summary>
    public bool Broken { get; private set; }

    /// <summary>Completes when a write that started after this call has finished.</summary>
    public Task CommitAsync()
    {
        if (Broken) return Task.FromException(new InvalidOperationException("storage write failed; grain is reloading"));
        _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var task = _next.Task;
        if (!_writing) _ = PumpAsync();
        return task;
    }

    private async Task PumpAsync()
    {
        _writing = true;
        try
        {
            while (_next is { } batch)
            {
                _next = null;
                try
                {
                    await write();
                }
                catch (Exception ex)
                {
                    Broken = true;
                    batch.TrySetException(ex);
                    _next?.TrySetException(ex);
                    _next = null;
                    onFailed();
                    return;
                }
                batch.TrySetResult();
            }
        }
        finally
        {
            _writing = false;
        }
    }
}
