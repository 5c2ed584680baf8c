namespace Live.LoadTests;

/// <summary>Reads a server child's memory from /proc/&lt;pid&gt;/status (Linux). Values in bytes; null when unreadable.</summary>
public static class ServerMemory
{
    /// <summary>Private (anonymous) resident memory: the GC heap, stacks and native buffers, not mapped files.</summary>
    public static long? RssAnon(int pid) => Field(pid, "RssAnon:");

    /// <summary>Peak resident set size since the process started.</summary>
    public static long? PeakRss(int pid) => Field(pid, "VmHWM:");

    private static long? Field(int pid, string name)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith(name)) return long.Parse(line[name.Length..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        return null;
    }
}
