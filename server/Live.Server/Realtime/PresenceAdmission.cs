using Live.Contracts;
using Live.Server.Hubs;
using Live.Server.Security;

namespace Live.Server.Realtime;

/// <summary>
/// Counts a phone's connection in the session's presence grain without making the connection depend on it. Right
/// after a node dies the presence grain may still be registered on the dead silo and unreachable for a few seconds
/// (until the survivors declare it dead). Refusing the connection then (as OnConnectedAsync did) sent every phone
/// reconnecting from the dead node round the balancer again, and browsers wait 1 s, 2 s, 4 s… between starts. Now the
/// connection is admitted, its GetState and votes work as soon as their own grains answer, and the count is retried
/// in the background until the presence grain answers or the connection closes.
/// </summary>
public sealed class PresenceAdmission(IGrainFactory grains, ConnectionRegistry connections, ILogger<PresenceAdmission> logger)
{
    /// <summary>Between attempts while the presence grain is unreachable: short, a node is declared dead within seconds.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);
    /// <summary>Gives up after this (the presence grain keeps no storage; only a cluster in trouble stays unreachable so long).</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);
    /// <summary>How long OnConnectedAsync waits for the first attempt before admitting the connection anyway.</summary>
    private static readonly TimeSpan FirstAttemptBound = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Connects at once if the grain answers; otherwise returns and keeps trying while the connection is open on this
    /// node (<see cref="ConnectionRegistry"/>; OnConnectedAsync adds it before, OnDisconnectedAsync removes it first).
    /// </summary>
    public async Task ConnectAsync(string code, string connectionId, string deviceId, string mode, string? nickname)
    {
        var first = grains.Presence(code).Connect(connectionId, deviceId, mode, nickname);
        try
        {
            // A call that went to the dead silo just before it died hangs until it is declared dead: do not hold the
            // connection's first invocations (GetState) behind it.
            await first.WaitAsync(FirstAttemptBound);
        }
        catch (Exception e)
        {
            logger.LogWarning("Presence of session {Code} unreachable ({Error}); connection {ConnectionId} admitted, counted when it answers",
                code, e.GetType().Name, connectionId);
            _ = RetryAsync(first, code, connectionId, deviceId, mode, nickname);
        }
    }

    private async Task RetryAsync(Task first, string code, string connectionId, string deviceId, string mode, string? nickname)
    {
        var deadline = DateTime.UtcNow + GiveUpAfter;
        for (var attempt = first; ; attempt = grains.Presence(code).Connect(connectionId, deviceId, mode, nickname))
        {
            try
            {
                await attempt;
                // The connection may have closed while this attempt was on its way, after OnDisconnectedAsync's
                // Disconnect: take the count back (Disconnect of a connection it does not hold changes nothing).
                if (!connections.IsOpen(code, connectionId)) await grains.Presence(code).Disconnect(connectionId);
                return;
            }
            catch (Exception)
            {
                // still unreachable: try again while the connection is open
            }
            if (!connections.IsOpen(code, connectionId)) return;
            if (DateTime.UtcNow > deadline)
            {
                logger.LogWarning("Presence of session {Code} still unreachable after {Bound}; connection {ConnectionId} not counted", code, GiveUpAfter, connectionId);
                return;
            }
            await Task.Delay(RetryDelay);
        }
    }
}
