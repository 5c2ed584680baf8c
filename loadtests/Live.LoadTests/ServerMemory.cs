namespace Live.LoadTests;

/// <summary>Reads a server child's memory from /proc/&lt;pid&gt;/status (Linux). Values in bytes; null when unreadable.</summary>
public static class ServerMemory
{
    /// <summary>Private (anonymous) resident memory: the GC heap, stacks and native buffers, not mapped files.</summary>
    public static long? RssAnon(int pid) => Field(pid, "RssAnon:");

    /// <summary>Peak resident set size since the process started.</summary>
    public static long? PeakRss(int pid) => Field(pid, "VmHWM:");

    /// <summary>CPU seconds (user + system) the process has used, from /proc/&lt;pid&gt;/stat; null when unreadable.</summary>
    public static double? CpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' '); // after "pid (comm) ": field 3 onwards
            return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0; // utime, stime in clock ticks (USER_HZ = 100)
        }
        catch (IOException) { return null; }
    }

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
