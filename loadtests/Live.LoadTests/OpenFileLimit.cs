using System.Runtime.InteropServices;

namespace Live.LoadTests;

/// <summary>
/// 10,000 connections need 10,000+ file descriptors in the harness and in the server child. Raises the soft
/// limit to the hard limit (children inherit it); says so when even that is too low.
/// </summary>
public static partial class OpenFileLimit
{
    private const int RlimitNofile = 7;

    [StructLayout(LayoutKind.Sequential)]
    private struct Rlimit { public ulong Current; public ulong Max; }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int getrlimit(int resource, out Rlimit limit);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int setrlimit(int resource, in Rlimit limit);

    public static void Raise(int wanted)
    {
        if (!OperatingSystem.IsLinux() || getrlimit(RlimitNofile, out var limit) != 0) return;
        if (limit.Current < limit.Max) { limit.Current = limit.Max; setrlimit(RlimitNofile, limit); }
        if (limit.Current < (ulong)wanted)
            Console.Error.WriteLine($"warning: open-file limit {limit.Current} is below the {wanted} this run needs; raise `ulimit -n`");
    }
}
