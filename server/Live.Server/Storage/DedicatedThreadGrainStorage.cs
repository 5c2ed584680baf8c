using System.Diagnostics;
using Orleans.Storage;

namespace Live.Server.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage over SQLite, with every call moved off the thread pool: writes and clears on one
/// writer thread (SQLite has one writer anyway, so queueing them here replaces the driver's 150 ms busy sleeps with
/// a plain queue), reads on a reader thread (WAL readers never wait for the writer). Every acknowledgement stays as
/// durable as before: the write completes only after SQLite's commit (synchronous=FULL) returned.
/// </summary>
public sealed class DedicatedThreadGrainStorage(IGrainStorage inner, DedicatedThread writer, DedicatedThread reader) : IGrainStorage
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        reader.RunAsync(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var queued = Stopwatch.GetTimestamp();
        return writer.RunAsync(async () =>
        {
            var started = Stopwatch.GetTimestamp();
            await inner.WriteStateAsync(stateName, grainId, grainState);
            StorageCounters.Log.Written(Stopwatch.GetElapsedTime(queued, started).TotalMilliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds, writer.Queued);
        });
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writer.RunAsync(() => inner.ClearStateAsync(stateName, grainId, grainState));
}
