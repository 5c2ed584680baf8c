using System.Collections.Concurrent;
using System.IO.Pipelines;
using Live.Server.Options;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Closes hub connections that have sent nothing, not even a keep-alive ping, for Security:ClientTimeoutSeconds.
/// SignalR's own ClientTimeoutInterval did not close such connections here (measured on .NET 10: a client silent for
/// 40 s against a 5 s timeout stayed open), and a phone that vanished without closing its socket would otherwise be
/// held, and counted as present, until TCP gave up minutes later. Every client sends a ping at least every 15 s.
/// </summary>
public sealed class IdleConnectionGuard(IOptions<SecurityOptions> options, TimeProvider time, ILogger<IdleConnectionGuard> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Watched> _connections = new(StringComparer.Ordinal);

    /// <summary>Connection middleware: put in front of the hub, it notes every read that brings data.</summary>
    public ConnectionDelegate Watch(ConnectionDelegate next) => async connection =>
    {
        var watched = new Watched(connection, time);
        connection.Transport = new TouchingPipe(connection.Transport, watched);
        _connections[connection.ConnectionId] = watched;
        try
        {
            await next(connection);
        }
        finally
        {
            _connections.TryRemove(connection.ConnectionId, out _);
        }
    };

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timeout = TimeSpan.FromSeconds(options.Value.ClientTimeoutSeconds);
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (id, watched) in _connections)
            {
                if (time.GetElapsedTime(Volatile.Read(ref watched.LastHeard)) <= timeout) continue;
                logger.LogInformation("Connection {Id} sent nothing for {Seconds} s and was closed", id, timeout.TotalSeconds);
                _connections.TryRemove(id, out _);
                watched.Connection.Abort(new ConnectionAbortedException("client timeout"));
            }
        }
    }

    private sealed class Watched(ConnectionContext connection, TimeProvider time)
    {
        public readonly ConnectionContext Connection = connection;
        public long LastHeard = time.GetTimestamp();
        public void Heard() => Volatile.Write(ref LastHeard, time.GetTimestamp());
    }

    private sealed class TouchingPipe(IDuplexPipe inner, Watched watched) : IDuplexPipe
    {
        public PipeReader Input { get; } = new TouchingReader(inner.Input, watched);
        public PipeWriter Output => inner.Output;
    }

    private sealed class TouchingReader(PipeReader inner, Watched watched) : PipeReader
    {
        public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
        {
            var result = await inner.ReadAsync(cancellationToken);
            if (!result.Buffer.IsEmpty) watched.Heard();
            return result;
        }

        public override bool TryRead(out ReadResult result)
        {
            if (!inner.TryRead(out result)) return false;
            if (!result.Buffer.IsEmpty) watched.Heard();
            return true;
        }

        public override void AdvanceTo(SequencePosition consumed) => inner.AdvanceTo(consumed);
        public override void AdvanceTo(SequencePosition consumed, SequencePosition examined) => inner.AdvanceTo(consumed, examined);
        public override void CancelPendingRead() => inner.CancelPendingRead();
        public override void Complete(Exception? exception = null) => inner.Complete(exception);
    }
}
