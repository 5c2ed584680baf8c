using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Live.LoadTests;

/// <summary>
/// Starts the servers a run measures (Live's Release build, the baseline server) as child processes on free
/// loopback ports with their own temp data directories, and kills every one of them on exit, on Ctrl-C, on
/// SIGTERM/SIGHUP and on errors. (A SIGKILL of the harness cannot be caught; scripts/test.sh checks for leftovers.)
/// </summary>
public static class ChildServers
{
    private static readonly List<ChildServer> Running = [];
    private static readonly List<PosixSignalRegistration> Signals = [];

    public static void InstallExitHandlers()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        AppDomain.CurrentDomain.UnhandledException += (_, _) => KillAll();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
            Signals.Add(PosixSignalRegistration.Create(signal, ctx => { KillAll(); ctx.Cancel = false; }));
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>
    /// Live's Release build, or the Live.Server.dll named by LIVE_LOADTEST_SERVER_DLL (a copy of an older build, to
    /// measure a server change before and after in one sitting). Extra settings are "--Key=value" pairs.
    /// </summary>
    public static Task<ChildServer> StartLiveAsync(string name, params string[] settings)
    {
        var dll = Environment.GetEnvironmentVariable("LIVE_LOADTEST_SERVER_DLL") is { Length: > 0 } other ? Path.GetFullPath(other)
            : Path.Combine(RepoRoot, "server/Live.Server/bin/Release/net10.0/Live.Server.dll");
        var data = Directory.CreateTempSubdirectory("live-loadtest-").FullName;
        string[] args = [$"--Live:DataDirectory={data}", $"--Live:SiloPort={FreePort()}", $"--Live:GatewayPort={FreePort()}",
            $"--Live:ClientsPath={Path.Combine(RepoRoot, "clients")}", "--Logging:LogLevel:Default=Warning",
            // The harness is one address playing thousands of phones: the per-source and per-device limits would refuse it.
            "--RateLimits:Enabled=false", .. settings];
        return StartAsync(name, dll, data, args);
    }

    public static Task<ChildServer> StartBaselineAsync()
    {
        var dll = Path.Combine(RepoRoot, "loadtests/Live.LoadTests.Baselines/bin/Release/net10.0/Live.LoadTests.Baselines.dll");
        return StartAsync("baseline", dll, null, []);
    }

    private static async Task<ChildServer> StartAsync(string name, string dll, string? dataDir, string[] args)
    {
        if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is missing: run `dotnet build Live.sln -c Release` first");
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        foreach (var a in args) info.ArgumentList.Add(a);
        BufferPool.KeepOutOf(info);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}");
        var child = new ChildServer(name, process, new Uri($"http://127.0.0.1:{port}"), dataDir);
        lock (Running) Running.Add(child);
        await child.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        CounterCapture.Current?.Attach(name, process.Id);
        return child;
    }

    public static void KillAll()
    {
        ChildServer[] all;
        lock (Running) { all = [.. Running]; Running.Clear(); }
        foreach (var child in all) child.Kill();
    }

    internal static void Forget(ChildServer child) { lock (Running) Running.Remove(child); }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the Live repository (Live.sln not found)");
    }
}

/// <summary>One started server. Its output is drained (a full pipe would stall it) and the tail kept for errors.</summary>
public sealed class ChildServer : IAsyncDisposable
{
    private readonly Queue<string> _tail = new();

    public ChildServer(string name, Process process, Uri url, string? dataDirectory)
    {
        Name = name; Process = process; Url = url; DataDirectory = dataDirectory;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Process Process { get; }
    public Uri Url { get; }
    public string? DataDirectory { get; }
    public string Tail { get { lock (_tail) return string.Join('\n', _tail); } }

    /// <summary>Polls /healthz until the server answers, the process dies, or the bound passes.</summary>
    public async Task WaitHealthyAsync(TimeSpan bound)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            if (Process.HasExited) throw new InvalidOperationException($"{Name} exited with {Process.ExitCode}:\n{Tail}");
            try { if ((await http.GetAsync(new Uri(Url, "/healthz"))).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not become healthy within {bound}:\n{Tail}");
    }

    public void Kill()
    {
        try { if (!Process.HasExited) Process.Kill(entireProcessTree: true); Process.WaitForExit(5000); } catch (Exception) { }
        try { if (DataDirectory is not null) Directory.Delete(DataDirectory, recursive: true); } catch (Exception) { }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        ChildServers.Forget(this);
        return ValueTask.CompletedTask;
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail) { _tail.Enqueue(line); while (_tail.Count > 40) _tail.Dequeue(); }
    }
}
