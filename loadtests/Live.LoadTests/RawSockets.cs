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
    /// Connects to Live's hub as an attendee over a plain TCP socket with a tiny receive buffer, completes the
    /// WebSocket upgrade and the SignalR handshake, then never reads again: the server's sends to it back up.
    /// </summary>
    public static async Task<Socket> ConnectStalledAsync(Uri live, string attendeeToken, CancellationToken cancel)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 1024 };
        await socket.ConnectAsync(live.Host, live.Port, cancel);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var upgrade = $"GET /hubs/live?access_token={Uri.EscapeDataString(attendeeToken)} HTTP/1.1\r\nHost: {live.Authority}\r\n" +
            $"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n";
        await socket.SendAsync(Encoding.ASCII.GetBytes(upgrade), cancel);
        var response = new byte[1024];
        var read = await socket.ReceiveAsync(response, cancel); // the 101 answer; read once, then never again
        if (!Encoding.ASCII.GetString(response, 0, read).StartsWith("HTTP/1.1 101")) throw new InvalidOperationException("stalled client: upgrade refused");
        await socket.SendAsync(MaskedTextFrame("{\"protocol\":\"json\",\"version\":1}\u001e"), cancel);
        return socket;
    }

    // Client-to-server WebSocket frames must be masked (RFC 6455 §5.3); payloads here are under 126 bytes.
    private static byte[] MaskedTextFrame(string text)
    {
        var payload = Encoding.UTF8.GetBytes(text);
        var mask = RandomNumberGenerator.GetBytes(4);
        var frame = new byte[6 + payload.Length];
        frame[0] = 0x81;
        frame[1] = (byte)(0x80 | payload.Length);
        mask.CopyTo(frame, 2);
        for (var i = 0; i < payload.Length; i++) frame[6 + i] = (byte)(payload[i] ^ mask[i % 4]);
        return frame;
    }
}
