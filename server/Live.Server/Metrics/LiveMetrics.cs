using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Live.Grains.Common;
using Live.Server.Realtime;
using Live.Server.Security;

namespace Live.Server.Metrics;

/// <summary>
/// Live's own instruments, all on one meter named <see cref="MeterName"/>, exported at /metrics (docs/OPERATIONS.md lists
/// every name). Created through the host's <see cref="IMeterFactory"/>, so a stopped host's instruments go with it.
/// The EventCounters (Live-Commits, Live-Storage) stay for dotnet-counters and the load tests.
/// </summary>
/// <remarks>
/// Recording is on the hot path (every hub call, every commit, every tick). Tags come as arrays cached per method (and
/// per method and error code), handed over as spans: no allocation or closure per call.
/// </remarks>
public sealed class LiveMetrics : ICommitMetrics
{
    public const string MeterName = "Live";

    /// <summary>Hub methods whose duration is an attendee's acknowledgement: they feed the ack histogram and the console's figures.</summary>
    public static readonly IReadOnlySet<string> Actions = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(Hubs.LiveHub.Vote), nameof(Hubs.LiveHub.AskQuestion), nameof(Hubs.LiveHub.Upvote),
        nameof(Hubs.LiveHub.SendComment), nameof(Hubs.LiveHub.React), nameof(Hubs.LiveHub.CheckIn),
    };

    /// <summary>Distinct (method, code) pairs kept; past it, errors are tagged "other" (codes are a closed set, this is a guard).</summary>
    private const int MaxErrorTags = 1024;

    private static readonly double[] SecondsBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _ack;
    private readonly Counter<long> _writes;
    private readonly Counter<long> _changes;
    private readonly Histogram<double> _writeDuration;
    private readonly Counter<long> _ticks;
    private readonly Histogram<double> _tickSend;
    private long _slowClientAborts;
    private readonly ConcurrentDictionary<string, KeyValuePair<string, object?>[]> _methodTags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeyValuePair<string, object?>[]> _kindTags = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Method, string Code), KeyValuePair<string, object?>[]> _errorTags = new();

    public LiveMetrics(IMeterFactory meters, ConnectionRegistry connections, IServiceProvider services, Microsoft.Extensions.Options.IOptions<Options.LiveOptions> live)
    {
        _meter = meters.Create(MeterName);
        _calls = _meter.CreateCounter<long>("live.hub.calls", "{call}", "Hub method calls, by method");
        _errors = _meter.CreateCounter<long>("live.hub.errors", "{call}", "Hub method calls that failed, by method and error code (docs/API.md)");
        _ack = _meter.CreateHistogram("live.ack.duration", "s", "Time to acknowledge an attendee action (the hub method's duration), by kind",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _writes = _meter.CreateCounter<long>("live.commit.writes", "{write}", "Group-commit storage writes (rate: commits per second)");
        _changes = _meter.CreateCounter<long>("live.commit.changes", "{change}", "Changes made durable by group commits (÷ writes: batch size)");
        _writeDuration = _meter.CreateHistogram("live.commit.duration", "s", "Time a group-commit storage write took",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        _ticks = _meter.CreateCounter<long>("live.snapshot.ticks", "{tick}", "Snapshot ticks that had snapshots to send");
        _tickSend = _meter.CreateHistogram("live.snapshot.send.duration", "s", "Time from a tick's start until every connection took its snapshots or was dropped",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SecondsBuckets });
        // Observable, so the series is there (at 0) from the first scrape, not only after the first abort: a rate or an
        // alert on it then has a baseline, and a missing series means a missing node.
        _meter.CreateObservableCounter("live.snapshot.slow_client_aborts", () => Interlocked.Read(ref _slowClientAborts), "{connection}",
            "Connections dropped for taking no snapshot within Realtime:SlowClientSeconds");
        _meter.CreateObservableGauge("live.connections", connections.CountsByRole, "{connection}", "Hub connections open on this node, by role");

        // Cluster mode only (the relay exists there). Resolved at the first scrape: the relay depends on the broadcaster,
        // which depends on this.
        if (live.Value.Mode == "redis")
        {
            var relay = new Lazy<SnapshotRelay>(services.GetRequiredService<SnapshotRelay>);
            _meter.CreateObservableGauge("live.redis.connected", () => relay.Value.RedisConnected ? 1 : 0, null, "1 while this node's snapshot relay is connected to Redis");
            _meter.CreateObservableGauge("live.relay.subscribed", () => relay.Value.Subscribed ? 1 : 0, null, "1 once this node is subscribed to the snapshot channel");
            _meter.CreateObservableGauge("live.relay.replay_pending", () => relay.Value.ReplayPending ? 1 : 0, null, "1 while snapshots failed to publish and wait for Redis to be replayed");
            _meter.CreateObservableCounter("live.relay.dropped", () => relay.Value.Dropped, "{snapshot}", "Snapshots that could not be relayed (Redis down)");
        }
    }

    /// <summary>One hub call; <paramref name="code"/>: its error code, null when it succeeded.</summary>
    public void HubCall(string method, string? code, TimeSpan duration, bool action)
    {
        var tags = _methodTags.GetOrAdd(method, static m => [new("method", m)]);
        _calls.Add(1, tags);
        if (code is not null) _errors.Add(1, ErrorTags(method, code));
        if (action) _ack.Record(duration.TotalSeconds, _kindTags.GetOrAdd(method, static m => [new("kind", m)]));
    }

    private KeyValuePair<string, object?>[] ErrorTags(string method, string code)
    {
        if (_errorTags.TryGetValue((method, code), out var tags)) return tags;
        if (_errorTags.Count >= MaxErrorTags) code = "other";
        return _errorTags.GetOrAdd((method, code), static key => [new("method", key.Method), new("code", key.Code)]);
    }

    public void Written(long changes, TimeSpan duration)
    {
        _writes.Add(1);
        _changes.Add(changes);
        _writeDuration.Record(duration.TotalSeconds);
    }

    /// <summary>A tick that sent snapshots, and how long until all its sends finished or gave up.</summary>
    public void Tick(TimeSpan sendDuration)
    {
        _ticks.Add(1);
        _tickSend.Record(sendDuration.TotalSeconds);
    }

    public void SlowClientAborted() => Interlocked.Increment(ref _slowClientAborts);
}
