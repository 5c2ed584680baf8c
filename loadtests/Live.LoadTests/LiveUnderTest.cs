namespace Live.LoadTests;

/// <summary>
/// The Live server a run measures: the one given by --url, or a Release build started as a child. Memory figures
/// are only available for a child (its /proc entry is ours to read).
/// </summary>
public sealed class LiveUnderTest : IAsyncDisposable
{
    private LiveUnderTest(ChildServer? child, LiveTarget target) { Child = child; Target = target; }

    public ChildServer? Child { get; }
    public LiveTarget Target { get; }
    public string Name => Child is null ? Target.HubUrls.Count > 1 ? $"live (external, {Target.HubUrls.Count} nodes)" : "live (external)" : Child.Name;

    /// <param name="perChangeBroadcast">The vote-to-screen baseline: Realtime:PerChangeBroadcast on (always a child).</param>
    public static async Task<LiveUnderTest> StartAsync(RunOptions options, bool perChangeBroadcast = false)
    {
        if (options.Urls.Count > 0 && !perChangeBroadcast) return new(null, new LiveTarget(options.Urls));
        var child = await ChildServers.StartLiveAsync(perChangeBroadcast ? "live-per-change-broadcast" : "live",
            $"--Realtime:SnapshotsPerSecond={options.SnapshotsPerSecond}", $"--Realtime:PerChangeBroadcast={perChangeBroadcast}");
        return new(child, new LiveTarget([child.Url]));
    }

    public long? RssAnon => Child is null ? null : ServerMemory.RssAnon(Child.Process.Id);
    public double? PeakRssMb => Child is null ? null : ServerMemory.PeakRss(Child.Process.Id) / (1024.0 * 1024.0);

    public async ValueTask DisposeAsync()
    {
        // Who used the two cores: evidence for docs/PERFORMANCE.md when a target is missed.
        if (Child is not null && ServerMemory.CpuSeconds(Child.Process.Id) is { } server)
            Console.Error.WriteLine($"  cpu: {Name} {server:F1} s over {(DateTime.Now - Child.Process.StartTime).TotalSeconds:F0} s wall; " +
                $"load generator {System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F1} s so far");
        Target.Dispose();
        if (Child is not null) await Child.DisposeAsync();
    }
}
