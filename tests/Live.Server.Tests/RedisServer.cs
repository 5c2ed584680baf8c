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
    private readonly Process _process;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "live-redis", Guid.NewGuid().ToString("N"));

    public RedisServer()
    {
        Directory.CreateDirectory(_directory);
        Port = FreePort();
        var info = new ProcessStartInfo("redis-server",
            $"--port {Port} --bind 127.0.0.1 --dir {_directory} --appendonly yes --appendfsync always --save \"\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start (is it installed?)");
        WaitUntilListening();
    }

    public int Port { get; }
    public string ConnectionString => $"127.0.0.1:{Port}";

    private void WaitUntilListening()
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
                if (_process.HasExited) throw new InvalidOperationException("redis-server exited: " + _process.StandardError.ReadToEnd());
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
