namespace Live.LoadTests;

/// <summary>Live counters of a run, shared by the scenario and the progress line.</summary>
public sealed class Counters
{
    public long Sent;
    public long Acked;
    public long Errors;
    public Latency Ack { get; } = new();
    public Latency Screen { get; } = new();
    public string Phase = "starting";

    public void Error(Exception ex, string what)
    {
        if (Interlocked.Increment(ref Errors) <= 5) Console.Error.WriteLine($"  error ({what}): {ex.GetType().Name}: {ex.Message}");
    }
}
