using StackExchange.Redis;

namespace Live.Server.Hosting;

/// <summary>
/// How every Redis connection of a node (membership, grain storage, SignalR backplane) behaves when Redis stops
/// and comes back (docs/OPERATIONS.md, "What happens when Redis stops"; RedisOutageTests measures it).
/// </summary>
public static class RedisConnection
{
    /// <summary>A command on a connection to a Redis that hangs (SIGSTOP, a stalled disk) fails after this long.</summary>
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(2);

    public static ConfigurationOptions Options(string connectionString)
    {
        var options = ConfigurationOptions.Parse(connectionString);
        // A node may start, or keep running, while Redis is down: the multiplexer keeps reconnecting instead of
        // throwing once (what cluster mode needs after a restart of Redis; calls fail meanwhile).
        options.AbortOnConnectFail = false;
        // While no connection is up, fail a command at once instead of queueing it for the timeout: a vote during
        // the outage is answered `unavailable` right away (nothing is acknowledged, the phone shows "try again")
        // rather than after 5 s or more. A queued write would also run whenever Redis returned, long after its caller
        // had given up.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        // Reconnect at most 1 s after Redis is back. The default backs off exponentially up to 10 s, so after a
        // 30 s outage the first successful reconnect came 5-6 s after Redis was back (RedisOutageTests).
        options.ReconnectRetryPolicy = new ExponentialRetry(deltaBackOffMilliseconds: 250, maxDeltaBackOffMilliseconds: 1000);
        // A Redis that accepts commands but never answers (paused, disk stalled) is only noticed by timeouts. 2 s
        // (default 5 s) answers the phone `unavailable` before its own patience runs out; a write that times out
        // but did land is harmless: the grain reloads (ETag) and the retried vote with its op id is `Unchanged`.
        options.AsyncTimeout = options.SyncTimeout = (int)CommandTimeout.TotalMilliseconds;
        return options;
    }
}
