using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;

namespace Live.LoadTests;

/// <summary>Raw WebSocket helpers: many plain clients for the baseline, and one client that never reads.</summary>
public static class RawSockets
{
    public static async Task<List<ClientWebSocket>> ConnectManyAsync(Uri url, int count, CancellationToken cancel)
    {
        var sockets = new List<ClientWebSocket>(count);
        foreach (var chunk in Enumerable.Range(0, count).Chunk(200))
            sockets.AddRange(await Task.WhenAll(chunk.Select(async _ =>
            {
                var socket = new ClientWebSocket();
                await socket.ConnectAsync(url, cancel);
                return socket;
            })));
        return sockets;
    }

    public static async Task CloseAsync(IEnumerable<WebSocket> sockets)
    {
        foreach (var chunk in sockets.Chunk(500))
            await Task.WhenAll(chunk.Select(async s =>
            {
                try { await s.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2)); } catch (Exception) { }
                s.Dispose();
            }));
    }

    /// <summary>
    /// Reads frames until the socket closes or <paramref name="stop"/> fires, recording now − "sentAt" for each frame
    /// the baseline broadcaster stamped (same machine, same monotonic clock). Returns the frames received.
    /// </summary>
    public static async Task<long> RecordDeliveryAsync(ClientWebSocket socket, Latency into, CancellationToken stop)
    {
        // Parsed from the bytes, without a string or a result object per frame: the generator's own garbage would be
        // timed as the baseline's latency (the Live side reads into ResultsTick for the same reason).
        var buffer = new byte[4096];
        var marker = "\"sentAt\":"u8.ToArray();
        long frames = 0;
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var got = await socket.ReceiveAsync(buffer.AsMemory(), stop);
                if (got.MessageType == WebSocketMessageType.Close) break;
                var now = System.Diagnostics.Stopwatch.GetTimestamp();
                var frame = buffer.AsSpan(0, got.Count);
                var at = frame.IndexOf(marker);
                if (at < 0) continue;
                var digits = frame[(at + marker.Length)..];
                var end = digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9');
                if (!System.Buffers.Text.Utf8Parser.TryParse(end < 0 ? digits : digits[..end], out long sentAt, out _)) continue;
                into.RecordMicroseconds(Latency.Micros(now - sentAt));
                frames++;
            }
        }
        catch (Exception) when (stop.IsCancellationRequested || socket.State != WebSocketState.Open) { }
        return frames;
    }

    /// <summary>
    /// Connects to Live's hub as an attendee over a plain TCP socket with tiny buffers, completes the WebSocket
    /// upgrade and the SignalR handshake, then never reads again: the server's sends to it back up.
    /// </summary>
    public static async Task<Socket> ConnectStalledAsync(Uri live, string attendeeToken, CancellationToken cancel)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024, SendBufferSize = 4096 };
        await socket.ConnectAsync(live.Host, live.Port, cancel);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var upgrade = $"GET /hubs/live?access_token={Uri.EscapeDataString(attendeeToken)} HTTP/1.1\r\nHost: {live.Authority}\r\n" +
            $"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(upgrade), cancel);
        var response = new byte[1024];
        var read = await socket.ReceiveAsync(response, cancel); // the 101 answer; read once, then never again
        if (!Encoding.ASCII.GetString(response, 0, read).StartsWith("HTTP/1.1 101")) throw new InvalidOperationException("stalled client: upgrade refused");
        await socket.SendAsync(MaskedTextFrame("{\"protocol\":\"json\",\"version\":1}\u001e"), cancel);
        // The first call every Live client makes (without an id: no answer).
        await socket.SendAsync(MaskedTextFrame("{\"type\":1,\"target\":\"GetState\",\"arguments\":[]}\u001e"), cancel);
        return socket;
    }

    /// <summary>
    /// Fills the server's outbound buffers for a stalled client without waiting minutes for snapshots to do it:
    /// sends cheap invocations (an unknown method: no grain call, a small error completion each) until the server
    /// stops reading from us because its writes to us are blocked. Returns whether that happened within the bound.
    /// </summary>
    public static async Task<bool> FillServerBuffersAsync(Socket stalled, TimeSpan bound, CancellationToken cancel)
    {
        var batch = new StringBuilder();
        var deadline = DateTime.UtcNow + bound;
        for (var id = 0; DateTime.UtcNow < deadline; )
        {
            batch.Clear();
            for (var i = 0; i < 100; i++) batch.Append($"{{\"type\":1,\"invocationId\":\"{id++}\",\"target\":\"NoSuchMethod\",\"arguments\":[]}}\u001e");
            var send = stalled.SendAsync(MaskedTextFrame(batch.ToString()), cancel).AsTask();
            // A send that cannot finish within a second means the server stopped reading: it is blocked writing to us.
            if (await Task.WhenAny(send, Task.Delay(TimeSpan.FromSeconds(1), cancel)) != send) return true;
            try { await send; }
            catch (System.Net.Sockets.SocketException) { return false; } // the server dropped it: not stalled, just gone
        }
        return false;
    }

    // Client-to-server WebSocket frames must be masked (RFC 6455 §5.3); payloads here are under 64 KB.
    private static byte[] MaskedTextFrame(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var header = payload.Length < 126 ? [0x81, (byte)(0x80 | payload.Length)]
            : new byte[] { 0x81, 0x80 | 126, (byte)(payload.Length >> 8), (byte)payload.Length };
        var mask = RandomNumberGenerator.GetBytes(4);
        var frame = new byte[header.Length + 4 + payload.Length];
        header.CopyTo(frame, 0);
        mask.CopyTo(frame, header.Length);
        for (var i = 0; i < payload.Length; i++) frame[header.Length + 4 + i] = (byte)(payload[i] ^ mask[i % 4]);
        return frame;
    }
}
