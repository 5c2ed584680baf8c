using System.Buffers;
using System.Reflection;

namespace Live.Server.Hosting;

/// <summary>
/// Lets .NET's shared byte-array pool keep enough buffers for one snapshot to every connection of a node.
/// </summary>
/// <remarks>
/// SignalR writes each message into its connection's pipe, whose 4 KB segments come from <c>ArrayPool&lt;byte&gt;.Shared</c>
/// and go back once the WebSocket has sent them. A snapshot to 10,000 phones rents 10,000 segments at once, but the pool
/// keeps only 32 arrays per size per core, so nearly every segment was allocated anew and dropped: 140–175 MB/s of
/// garbage at 10 snapshots a second, 35% of the server's time in GC, and fan-out p95 over 500 ms (docs/PERFORMANCE.md,
/// "Fan-out"). The pool reads its limit once, from this environment variable, when it is first used (reading
/// appsettings.json already uses it), so <see cref="Apply"/> is the first line of Main. The pool holds at most what was
/// in use at once and drops unused arrays after garbage collections under memory pressure. An operator's own value wins.
/// </remarks>
public static class BufferPoolSizing
{
    public const string Variable = "DOTNET_SYSTEM_BUFFERS_SHAREDARRAYPOOL_MAXARRAYSPERPARTITION";

    /// <summary>Arrays kept per size per core (a partition): two cores keep enough for a snapshot to 16,384 connections.</summary>
    public const string ArraysPerSizePerCore = "8192"; // a string: formatting a number could already use the pool

    /// <summary>Sets the limit unless the environment already has one. Must run before anything rents from the pool.</summary>
    public static void Apply()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Environment.SetEnvironmentVariable(Variable, ArraysPerSizePerCore);
    }

    /// <summary>
    /// The limit the pool actually took, read from the runtime's private field (for the startup log and its test), or
    /// null when this runtime keeps it elsewhere.
    /// </summary>
    public static int? Effective() =>
        typeof(ArrayPool<byte>).Assembly.GetType("System.Buffers.SharedArrayPoolStatics")
            ?.GetField("s_maxArraysPerPartition", BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetValue(null) as int?;
}
