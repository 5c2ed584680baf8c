using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Live.Server.Tests;

/// <summary>
/// A real redis-server (Debian's) on a loopback port in a temp folder, with every write fsynced before it is
/// acknowledged, as cluster mode runs it. Stopped and deleted on dispose.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process _process;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "live-redis", Guid.NewGuid().ToString("N"));

    public RedisServer()
    {
        Directory.CreateDirectory(_directory);
        Port = FreePort();
        _process = Launch();
    }

    /// <summary>redis-server on <see cref="Port"/> and the data directory (its append-only file), once listening.</summary>
    private Process Launch()
    {
        var info = new ProcessStartInfo("redis-server",
            $"--port {Port} --bind 127.0.0.1 --dir {_directory} --appendonly yes --appendfsync always --save \"\" --logfile {Path.Combine(_directory, "redis.log")}") // a file: nobody drains the pipes
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start (is it installed?)");
        WaitUntilListening(process);
        return process;
    }

    /// <summary>SIGKILL, as a crash or the OOM killer: no reply to commands in flight, sockets reset by the kernel.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Starts redis-server again on the same port and data directory (it reloads the append-only file).</summary>
    public void Restart()
    {
        if (!_process.HasExited) throw new InvalidOperationException("redis-server is still running");
        _process.Dispose();
        _process = Launch();
    }

    /// <summary>SIGSTOP / SIGCONT: a Redis that hangs (a stalled disk, a long fork) — sockets stay open, nothing answers.</summary>
    public void Pause() => Signal("STOP");
    public void Resume() => Signal("CONT");

    private void Signal(string signal)
    {
        using var kill = Process.Start("kill", $"-{signal} {_process.Id}");
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -{signal} {_process.Id} failed");
    }

    public int Port { get; }
    /// <summary>What redis-server logged (start, AOF loading, client errors).</summary>
    public string Log => File.Exists(Path.Combine(_directory, "redis.log")) ? File.ReadAllText(Path.Combine(_directory, "redis.log")) : "";
    public string ConnectionString => $"127.0.0.1:{Port}";

    private void WaitUntilListening(Process process)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (process.HasExited) throw new InvalidOperationException("redis-server exited: " + process.StandardError.ReadToEnd() + Log);
                Thread.Sleep(50);
            }
        }
        throw new TimeoutException("redis-server did not listen within 5 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
