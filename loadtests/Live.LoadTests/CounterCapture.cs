using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;

namespace Live.LoadTests;

/// <summary>
/// --counters: the runtime's EventCounters, once a second, of every server child (over EventPipe, as dotnet-counters
/// reads them) and of the load generator itself (an in-process EventListener: a starved generator measures late and
/// blames the server). Each row carries the run's phase at that second. Written as CSV; a summary goes to stderr.
/// </summary>
public sealed class CounterCapture : IDisposable
{
    /// <summary>The EventCounter sources read: the runtime, Kestrel, and Live's own (group commit batches and writes).</summary>
    public static readonly string[] Providers = ["System.Runtime", "Microsoft-AspNetCore-Server-Kestrel", "Live-Commits", "Live-Storage"];

    /// <summary>The capture of this run, or null without --counters.</summary>
    public static CounterCapture? Current { get; private set; }

    /// <summary>Set by <see cref="ProgressLine"/>: what the run is doing now.</summary>
    public static string Phase { get; set; } = "setup";

    private readonly string _file;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<Row> _rows = [];
    private readonly List<(EventPipeSession Session, Task Reader)> _sessions = [];
    private readonly SelfListener _self;
    private readonly Dictionary<int, (string Name, double Run, double Wait)> _scheduled = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _scheduler;

    private CounterCapture(string file)
    {
        _file = file;
        _self = new SelfListener(this);
        _scheduled[Environment.ProcessId] = ("load-generator", double.NaN, double.NaN);
        _scheduler = Task.Run(SampleSchedulerAsync);
    }

    /// <summary>
    /// Once a second, from /proc (Linux): each process's CPU time and the time its threads were runnable but waited
    /// for a core (run-ms, runqueue-wait-ms: summed over its threads' schedstat), and the machine's CPU pressure
    /// (cpu-pressure-some: % of the second in which some task waited for a core). Low CPU use with high wait means
    /// the machine, not the process, is the limit; cpu-steal is the share of the cores a VM's hypervisor took. Sums over live threads: a thread that ended takes its share along,
    /// so a second in which threads exit reads low (clamped at 0).
    /// </summary>
    private async Task SampleSchedulerAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        var pressure = double.NaN;
        var steal = double.NaN;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (PressureMicros() is { } now)
                {
                    if (!double.IsNaN(pressure)) Add("machine", "cpu-pressure-some", (now - pressure) / 1e4);
                    pressure = now;
                }
                if (StealTicks() is { } stolen)
                {
                    // % of all cores' time the hypervisor ran something else while this VM's vCPUs wanted to run.
                    if (!double.IsNaN(steal)) Add("machine", "cpu-steal", (stolen - steal) / Environment.ProcessorCount);
                    steal = stolen;
                }
                lock (_scheduled)
                    foreach (var (pid, (name, run, wait)) in _scheduled.ToArray())
                    {
                        if (ThreadTimes(pid) is not var (r, w)) { _scheduled.Remove(pid); continue; }
                        if (!double.IsNaN(run)) { Add(name, "run-ms", Math.Max(0, r - run) / 1e6); Add(name, "runqueue-wait-ms", Math.Max(0, w - wait) / 1e6); }
                        _scheduled[pid] = (name, r, w);
                    }
            }
        }
        catch (OperationCanceledException) { }
    }

    private static (double RunNs, double WaitNs)? ThreadTimes(int pid)
    {
        try
        {
            double run = 0, wait = 0;
            foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
            {
                try
                {
                    var f = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ');
                    run += double.Parse(f[0], CultureInfo.InvariantCulture);
                    wait += double.Parse(f[1], CultureInfo.InvariantCulture);
                }
                catch (IOException) { } // a thread that just ended
            }
            return (run, wait);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>The "steal" column of /proc/stat's cpu line, in USER_HZ ticks (100 a second per CPU).</summary>
    private static double? StealTicks()
    {
        try
        {
            var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return cpu.Length > 8 ? double.Parse(cpu[8], CultureInfo.InvariantCulture) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }

    private static double? PressureMicros()
    {
        try
        {
            var some = File.ReadLines("/proc/pressure/cpu").First();
            return double.Parse(some[(some.LastIndexOf("total=", StringComparison.Ordinal) + 6)..], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException) { return null; }
    }

    public static CounterCapture Start(string file) => Current = new CounterCapture(file);

    private sealed record Row(double Seconds, string Process, string Phase, string Counter, double Value);

    private void Add(string process, string counter, double value)
    {
        lock (_rows) _rows.Add(new(_clock.Elapsed.TotalSeconds, process, Phase, counter, value));
    }

    /// <summary>Starts reading a child's counters; the session ends by itself when the child exits.</summary>
    public void Attach(string name, int pid)
    {
        try
        {
            var args = new Dictionary<string, string> { ["EventCounterIntervalSec"] = "1" };
            var providers = Providers.Select(p => new EventPipeProvider(p, EventLevel.Informational, (long)EventKeywords.None, args)).ToList();
            var session = new DiagnosticsClient(pid).StartEventPipeSession(providers, requestRundown: false, circularBufferMB: 16);
            var reader = Task.Factory.StartNew(() =>
            {
                try
                {
                    using var source = new EventPipeEventSource(session.EventStream);
                    source.Dynamic.All += e =>
                    {
                        if (e.EventName == "EventCounters" && Parse(e.PayloadValue(0)) is var (counter, value)) Add(name, counter, value);
                    };
                    source.Process();
                }
                catch (Exception) { } // the child was killed mid-stream: that is how a capture ends
            }, TaskCreationOptions.LongRunning);
            lock (_sessions) _sessions.Add((session, reader));
            lock (_scheduled) _scheduled[pid] = (name, double.NaN, double.NaN);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"  counters: could not attach to {name} (pid {pid}): {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>(name, value per interval): the mean of a polling counter, the increment of a rate counter.</summary>
    private static (string, double)? Parse(object? payload)
    {
        if (payload is not IDictionary<string, object> outer) return null;
        var fields = outer.TryGetValue("Payload", out var inner) && inner is IDictionary<string, object> p ? p : outer;
        if (!fields.TryGetValue("Name", out var n) || n is not string name) return null;
        if (!fields.TryGetValue("Increment", out var value) && !fields.TryGetValue("Mean", out value)) return null;
        return (name, Convert.ToDouble(value, CultureInfo.InvariantCulture));
    }

    public void Dispose()
    {
        _self.Dispose();
        _stop.Cancel();
        _scheduler.Wait(TimeSpan.FromSeconds(5));
        (EventPipeSession Session, Task Reader)[] sessions;
        lock (_sessions) sessions = [.. _sessions];
        foreach (var (session, reader) in sessions)
        {
            try { session.Stop(); } catch (Exception) { } // already gone with its child
            reader.Wait(TimeSpan.FromSeconds(5));
            session.Dispose();
        }
        Row[] rows;
        lock (_rows) rows = [.. _rows];
        var csv = new StringBuilder("seconds,process,phase,counter,value\n");
        foreach (var r in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{r.Seconds:F1},{r.Process},\"{r.Phase}\",{r.Counter},{r.Value:0.###}\n");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_file))!);
        File.WriteAllText(_file, csv.ToString());
        Console.Error.WriteLine($"counters: {rows.Length} samples in {_file}");
        Console.Error.Write(Summary(rows));
        Current = null;
    }

    /// <summary>Per process and phase: what explains latency at low CPU (a queue that waits for threads, locks, GC).</summary>
    private static string Summary(Row[] rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| process | phase | s | cpu % of all cores mean / max | threads max (+/s) | queue max / mean | work items/s | lock contentions/s | time in GC % mean / max | heap max MB | alloc MB/s | GC pause ms/s mean / max | runqueue wait ms/s mean / max | commits/s | changes/commit | write ms mean / max | sqlite queue ms / write ms max | checkpoint ms max (WAL pages) |");
        sb.AppendLine("|---|---|---:|---|---|---|---:|---:|---|---:|---:|---|---|---:|---:|---|---|---|");
        foreach (var group in rows.Where(r => r.Process != "machine").GroupBy(r => (r.Process, r.Phase)))
        {
            double[] Of(string counter) => [.. group.Where(r => r.Counter == counter).Select(r => r.Value)];
            string Mean(double[] v) => v.Length == 0 ? "–" : ResultWriters.F(v.Average());
            string Max(double[] v) => v.Length == 0 ? "–" : ResultWriters.F(v.Max());
            var seconds = Of("cpu-usage").Length;
            var threads = Of("threadpool-thread-count");
            var growth = threads.Length > 1 ? (threads.Max() - threads[0]) / Math.Max(1, Array.IndexOf(threads, threads.Max())) : 0;
            var heap = Of("gc-heap-size");
            var commits = Of("writes");
            var changes = Of("changes-written");
            var perCommit = commits.Sum() > 0 ? ResultWriters.F(changes.Sum() / commits.Sum()) : "–";
            sb.AppendLine($"| {group.Key.Process} | {group.Key.Phase} | {seconds} | {Mean(Of("cpu-usage"))} / {Max(Of("cpu-usage"))} | " +
                $"{Max(threads)} (+{ResultWriters.F(growth)}) | {Max(Of("threadpool-queue-length"))} / {Mean(Of("threadpool-queue-length"))} | " +
                $"{Mean(Of("threadpool-completed-items-count"))} | {Mean(Of("monitor-lock-contention-count"))} | " +
                $"{Mean(Of("time-in-gc"))} / {Max(Of("time-in-gc"))} | {Max(heap)} | " +
                $"{(Of("alloc-rate") is { Length: > 0 } a ? ResultWriters.F(a.Average() / 1e6) : "–")} | " +
                $"{Mean(Of("total-pause-time-by-gc"))} / {Max(Of("total-pause-time-by-gc"))} | {Mean(Of("runqueue-wait-ms"))} / {Max(Of("runqueue-wait-ms"))} | {Mean(commits)} | {perCommit} | {Mean(Of("write-ms"))} / {Max(Of("write-ms"))} | " +
                $"{Max(Of("sqlite-queue-ms"))} / {Max(Of("sqlite-write-ms"))} | {Max(Of("checkpoint-ms"))} ({Max(Of("wal-pages"))}) |");
        }
        foreach (var phase in rows.Where(r => r.Counter == "cpu-steal").GroupBy(r => r.Phase))
            sb.AppendLine($"machine, {phase.Key}: the hypervisor took {ResultWriters.F(phase.Average(r => r.Value))}% of the cores' time (steal, mean of {phase.Count()} s; worst second {ResultWriters.F(phase.Max(r => r.Value))}%)");
        foreach (var phase in rows.Where(r => r.Counter == "cpu-pressure-some").GroupBy(r => r.Phase))
            sb.AppendLine($"machine, {phase.Key}: some task waited for a core {ResultWriters.F(phase.Average(r => r.Value))}% of the time " +
                $"(/proc/pressure/cpu, mean of {phase.Count()} s); load average now {File.ReadAllText("/proc/loadavg").Trim()}");
        return sb.ToString();
    }

    /// <summary>The load generator's own counters, read in process.</summary>
    private sealed class SelfListener(CounterCapture capture) : EventListener
    {
        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "System.Runtime")
                EnableEvents(source, EventLevel.Informational, EventKeywords.None, new Dictionary<string, string?> { ["EventCounterIntervalSec"] = "1" });
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            // The capture is made before any source can report, but this may run during the base constructor.
            if (e.EventName == "EventCounters" && e.Payload is [var payload, ..] && Parse(payload) is var (counter, value))
                capture?.Add("load-generator", counter, value);
        }
    }
}
