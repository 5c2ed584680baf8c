using Live.Server.Hosting;

namespace Live.Server.Tests;

/// <summary>
/// The shared buffer pool must be sized before anything uses it, or a snapshot to thousands of phones allocates a
/// fresh 4 KB segment per phone (BufferPoolSizing; docs/PERFORMANCE.md). Only a real process shows the order in Main:
/// the test host's own pool was set up long ago.
/// </summary>
[Collection(ClusterProcesses.Name)] // picks free ports like the cluster tests
public sealed class BufferPoolSizingTests
{
    [Fact]
    public async Task The_server_process_starts_with_a_buffer_pool_large_enough_for_a_snapshot_to_every_phone()
    {
        // Empty, not inherited: a server hosted in this test process earlier has set the variable here, and a child
        // that inherited it would show the right size even if Main set it too late.
        var log = await StartupLogAsync(new Dictionary<string, string> { [BufferPoolSizing.Variable] = "" });
        Assert.Contains($"keeps up to {BufferPoolSizing.ArraysPerSizePerCore} arrays per size per core", log);
    }

    [Fact]
    public async Task An_operators_own_pool_size_is_kept()
    {
        var log = await StartupLogAsync(new Dictionary<string, string> { [BufferPoolSizing.Variable] = "100" });
        Assert.Contains("keeps up to 100 arrays per size per core", log);
    }

    private static async Task<string> StartupLogAsync(IReadOnlyDictionary<string, string> environment)
    {
        var data = Path.Combine(Path.GetTempPath(), "live-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var port = LiveCluster.FreePort();
        var url = new Uri($"http://127.0.0.1:{port}");
        var node = ChildProcess.Start("live", LiveCluster.DotnetHost(), url, environment,
            Path.Combine(AppContext.BaseDirectory, "Live.Server.dll"), "--urls", url.ToString(), $"--Live:DataDirectory={data}",
            $"--Live:SiloPort={LiveCluster.FreePort()}", $"--Live:GatewayPort={LiveCluster.FreePort()}");
        try
        {
            await node.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            return node.Tail;
        }
        finally
        {
            node.Kill();
            Directory.Delete(data, recursive: true);
        }
    }
}
