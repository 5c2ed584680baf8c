using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;

namespace Live.LoadTests.Baselines;

/// <summary>
/// Holds raw WebSockets and, on request, sends every socket the same Live-shaped Results frame (a SignalR
/// invocation with a growing version) at a fixed rate. Sends to all sockets start together and the next tick waits
/// for all of them, the same shape as a SignalR group send, so the stalled-client comparison is fair.
/// Each frame carries "sentAt", the server's Stopwatch timestamp: on Linux that is CLOCK_MONOTONIC, shared by every
/// process on the machine, so the harness can subtract it from its own clock.
/// </summary>
public sealed class SocketBroadcaster
{
    private readonly ConcurrentDictionary<long, WebSocket> _sockets = new();
    private long _nextId;

    public async Task AcceptAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest) { http.Response.StatusCode = 400; return; }
        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var id = Interlocked.Increment(ref _nextId);
        _sockets[id] = socket;
        try
        {
            // Reads only to notice the close; clients never send data.
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                var got = await socket.ReceiveAsync(buffer, http.RequestAborted);
                if (got.MessageType == WebSocketMessageType.Close) break;
            }
        }
        catch (Exception) { /* client went away */ }
        finally { _sockets.TryRemove(id, out _); }
    }

    public async Task BroadcastAsync(int hz, int seconds, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1.0 / hz));
        for (var version = 1L; version <= (long)hz * seconds && await timer.WaitForNextTickAsync(stopping); version++)
        {
            var frame = Encoding.UTF8.GetBytes(
                $"{{\"type\":1,\"target\":\"Results\",\"arguments\":[{{\"pollId\":\"p1\",\"version\":{version},\"status\":\"open\",\"counts\":[{version % 97},12,7,3],\"voters\":{version % 97 + 22},\"visibleToAttendees\":true,\"sentAt\":{Stopwatch.GetTimestamp()}}}]}}\u001e");
            await Task.WhenAll(_sockets.Values.Select(s => SendAsync(s, frame, stopping)));
        }
    }

    private static async Task SendAsync(WebSocket socket, byte[] frame, CancellationToken stopping)
    {
        try { await socket.SendAsync(frame, WebSocketMessageType.Text, true, stopping); }
        catch (Exception) { /* closed meanwhile */ }
    }
}
