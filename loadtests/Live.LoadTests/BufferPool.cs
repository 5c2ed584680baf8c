namespace Live.LoadTests;

/// <summary>
/// The load generator receives every snapshot on thousands of SignalR client connections, whose pipes rent 4 KB
/// segments from the shared byte-array pool, which keeps 32 per size per core: the rest became garbage, and the
/// generator's own GC pauses were timed as delivery latency (fan-out at 10,000 phones: 130 MB/s, 36% of its time in
/// GC). The server sizes its pool the same way (server/Live.Server/Hosting/BufferPoolSizing.cs). Children get the
/// variable only if the operator set it: Live sets its own, and a before/after run of an older build must not be
/// changed by the harness.
/// </summary>
public static class BufferPool
{
    private const string Variable = "DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION";
    private static bool _setHere;

    /// <summary>First line of Main: the pool reads the variable once, on first use.</summary>
    public static void Size()
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable))) return;
        Environment.SetEnvironmentVariable(Variable, "8192");
        _setHere = true;
    }

    /// <summary>Keeps the harness's own setting out of a child server's environment.</summary>
    public static void KeepOutOf(System.Diagnostics.ProcessStartInfo child)
    {
        if (_setHere) child.Environment.Remove(Variable);
    }
}
