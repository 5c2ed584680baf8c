using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using Live.Server.Apis;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// Cluster mode with real processes: a real redis-server and N Live nodes, each the built Live.Server.dll started
/// as a child process (Live:Mode=redis, its own loopback HTTP, silo and gateway ports, one shared signing key).
/// Every process is killed on dispose, and on the test host's exit if a dispose never ran.
/// </summary>
public sealed class LiveCluster : IAsyncDisposable
{
    private LiveCluster(RedisServer redis, List<ChildProcess> nodes, IReadOnlyList<Func<ChildProcess>> starts, IReadOnlyList<(int Silo, int Gateway)> ports, string directory)
    {
        Redis = redis;
        Nodes = nodes.Select(n => new LiveEndpoint(n.Url!)).ToList();
        _processes = nodes;
        _starts = starts;
        SiloPorts = ports.Select(p => p.Silo).ToList();
        GatewayPorts = ports.Select(p => p.Gateway).ToList();
        _directory = directory;
    }

    private readonly string _directory;
    private readonly List<ChildProcess> _processes;
    private readonly IReadOnlyList<Func<ChildProcess>> _starts; // starts node i again exactly as it was started
    public RedisServer Redis { get; }
    public IReadOnlyList<LiveEndpoint> Nodes { get; }
    /// <summary>Node i's current process (a new one after <see cref="StartAgainAsync"/>).</summary>
    public IReadOnlyList<ChildProcess> Processes => _processes;
    /// <summary>Node i's Orleans silo port (how the cluster names its silos) and gateway port (for an Orleans client).</summary>
    public IReadOnlyList<int> SiloPorts { get; }
    public IReadOnlyList<int> GatewayPorts { get; }

    /// <param name="settings">More command-line settings for every node (e.g. log levels).</param>
    public static async Task<LiveCluster> StartAsync(int nodes, params string[] settings)
    {
        var redis = new RedisServer();
        var directory = Path.Combine(Path.GetTempPath(), "live-cluster", Guid.NewGuid().ToString("N"));
        var key = RandomNumberGenerator.GetBytes(32); // nodes of one cluster must verify each other's credentials
        var dll = Path.Combine(AppContext.BaseDirectory, "Live.Server.dll"); // the server as built beside the tests
        var started = new List<ChildProcess>();
        var starts = new List<Func<ChildProcess>>();
        var ports = new List<(int Silo, int Gateway)>();
        try
        {
            for (var i = 1; i <= nodes; i++)
            {
                var data = Path.Combine(directory, $"node{i}");
                Directory.CreateDirectory(data);
                await File.WriteAllBytesAsync(Path.Combine(data, "signing.key"), key);
                var port = FreePort();
                ports.Add((FreePort(), FreePort()));
                string[] args = [dll, "--urls", $"http://127.0.0.1:{port}",
                    "--Live:Mode=redis", $"--Live:Redis={redis.ConnectionString}",
                    $"--Live:SiloPort={ports[^1].Silo}", $"--Live:GatewayPort={ports[^1].Gateway}", "--Live:AdvertisedAddress=127.0.0.1",
                    $"--Live:DataDirectory={data}", "--Logging:LogLevel:Default=Warning", "--RateLimits:Enabled=false", .. settings];
                var name = $"node {i}";
                starts.Add(() => ChildProcess.Start(name, DotnetHost(), new Uri($"http://127.0.0.1:{port}"), args));
                started.Add(starts[^1]());
            }
            await Task.WhenAll(started.Select(n => n.WaitHealthyAsync(TimeSpan.FromSeconds(60))));
            return new LiveCluster(redis, started, starts, ports, directory);
        }
        catch
        {
            foreach (var node in started) node.Kill();
            await redis.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts node i again with the same ports, data folder (signing key) and Redis, as a new version of the server
    /// would be started after its predecessor stopped; returns once it answers /healthz.
    /// </summary>
    public async Task StartAgainAsync(int node, TimeSpan bound)
    {
        if (!_processes[node].Process.HasExited) throw new InvalidOperationException($"{_processes[node].Name} is still running");
        _processes[node] = _starts[node]();
        await _processes[node].WaitHealthyAsync(bound);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Processes) node.Kill();
        foreach (var node in Nodes) node.Dispose();
        await Redis.DisposeAsync();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The dotnet host running these tests, so nodes run on the same runtime.</summary>
    public static string DotnetHost() =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    /// <summary>The repository root (holds Live.sln), for scripts/.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>An executable on PATH or in the sbin folders (nginx lives in /usr/sbin, not on every user's PATH).</summary>
    public static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Concat(["/usr/sbin", "/usr/local/sbin", "/sbin"])
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}

/// <summary>REST and hub access to one Live address: a node, or the balancer in front of the nodes.</summary>
public sealed class LiveEndpoint(Uri baseAddress) : IDisposable
{
    public Uri BaseAddress { get; } = baseAddress;
    public HttpClient Http { get; } = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async Task<CreatedSession> CreateSessionAsync(string title)
    {
        var response = await Http.PostAsJsonAsync("/api/sessions", new { title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedSession>())!;
    }

    public async Task<Joined> JoinAsync(string code)
    {
        var response = await Http.PostAsJsonAsync($"/api/sessions/{code}/join", new { mode = "onsite" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Joined>())!;
    }

    /// <summary>
    /// A started SignalR client on WebSockets only, with negotiation (never skipped): the negotiate request and
    /// the WebSocket are two requests, which a balancer must send to the same node.
    /// </summary>
    public async Task<LiveClient> ConnectAsync(string credential)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(BaseAddress, "/hubs/live"), HttpTransportType.WebSockets, o =>
            {
                o.AccessTokenProvider = () => Task.FromResult<string?>(credential);
                o.SkipNegotiation = false;
            })
            .WithServerTimeout(TimeSpan.FromMinutes(2)) // see LiveServer.ConnectAsync
            .Build();
        var client = new LiveClient(connection);
        await connection.StartAsync();
        return client;
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>A child process whose output is drained (a full pipe would stall it) and whose tail is kept for failures.</summary>
public sealed class ChildProcess
{
    private static readonly List<ChildProcess> Running = [];
    private readonly Queue<string> _tail = new();

    static ChildProcess() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        ChildProcess[] all;
        lock (Running) all = [.. Running];
        foreach (var child in all) child.Kill();
    };

    private ChildProcess(string name, Process process, Uri? url)
    {
        Name = name; Process = process; Url = url;
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Process Process { get; }
    public Uri? Url { get; }
    public string Tail { get { lock (_tail) return string.Join('\n', _tail); } }

    public static ChildProcess Start(string name, string fileName, Uri? url, params string[] args) =>
        Start(name, fileName, url, new Dictionary<string, string>(), args);

    /// <param name="environment">Variables set for the child on top of this process's environment.</param>
    public static ChildProcess Start(string name, string fileName, Uri? url, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        foreach (var (key, value) in environment) info.Environment[key] = value;
        var child = new ChildProcess(name, Process.Start(info) ?? throw new InvalidOperationException($"could not start {name}"), url);
        lock (Running) Running.Add(child);
        return child;
    }

    /// <summary>Polls /healthz until it answers, the process dies, or the bound passes.</summary>
    public async Task WaitHealthyAsync(TimeSpan bound)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + bound;
        while (DateTime.UtcNow < deadline)
        {
            if (Process.HasExited) throw new InvalidOperationException($"{Name} exited with {Process.ExitCode}:\n{Tail}");
            try { if ((await http.GetAsync(new Uri(Url!, "/healthz"))).IsSuccessStatusCode) return; }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} did not answer /healthz within {bound}:\n{Tail}");
    }

    /// <summary>
    /// Asks the process to stop as a service manager does (SIGTERM: ASP.NET Core's graceful shutdown) and waits until it
    /// has exited; returns its exit code. Throws if it is still running when the bound passes (and leaves it to Kill).
    /// </summary>
    public async Task<int> TerminateAsync(TimeSpan bound)
    {
        if (!Process.HasExited && SendSignal(Process.Id, 15) != 0)
            throw new InvalidOperationException($"could not send SIGTERM to {Name} (pid {Process.Id})");
        using var timeout = new CancellationTokenSource(bound);
        try { await Process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException) { throw new TimeoutException($"{Name} did not exit within {bound} of SIGTERM:\n{Tail}"); }
        lock (Running) Running.Remove(this);
        return Process.ExitCode;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    /// <summary>Kills the process and its children (nginx's workers), and waits for them.</summary>
    public void Kill()
    {
        try
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
        lock (Running) Running.Remove(this);
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_tail) { _tail.Enqueue(line); while (_tail.Count > 300) _tail.Dequeue(); }
    }
}

/// <summary>
/// The test classes that start clusters of real processes run one after another, not side by side: each picks free
/// ports by asking the kernel and then hands them to child processes, and two clusters starting at once could be
/// handed the same port (a phone of one test then joined a node of the other: 404). It also keeps a 2-core machine
/// from running nine nodes at once.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterProcesses
{
    public const string Name = "cluster processes";
}
