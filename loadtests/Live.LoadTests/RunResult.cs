using System.Text.Json.Serialization;

namespace Live.LoadTests;

/// <summary>
/// One run, as written by --json. The first fields are the contract loadtests/README.md describes;
/// the rest explain them. <see cref="Baseline"/> has the same shape, measured in the same run.
/// </summary>
public sealed record RunResult
{
    public required string Scenario { get; init; }
    public int Attendees { get; init; }
    public double DurationSeconds { get; init; }
    public long Sent { get; init; }
    public long Acked { get; init; }
    public long Counted { get; init; }
    public long Lost { get; init; }
    public long Duplicated { get; init; }
    public long Errors { get; init; }
    public Percentiles AckMs { get; init; } = Percentiles.Empty;
    public Percentiles ScreenMs { get; init; } = Percentiles.Empty;
    public double? ServerPeakRssMb { get; init; }
    public double? BytesPerConnection { get; init; }
    public RunResult? Baseline { get; set; }
    /// <summary>Live ÷ baseline on <see cref="RatioOf"/>.</summary>
    public double? Ratio { get; set; }

    /// <summary>What was measured: live, signalr-echo, raw-websocket, live-per-change-broadcast.</summary>
    public string Target { get; init; } = "live";
    public bool Smoke { get; init; }
    public string? RatioOf { get; set; }
    public double? OfferedRate { get; init; }
    public double? ThroughputPerSecond { get; init; }
    /// <summary>Results frames the server sent, counted on the client side (frames one observer got × observers).</summary>
    public long? OutboundFrames { get; init; }
    /// <summary>fan-out: others' delivery p99 with one stalled client ÷ without it.</summary>
    public double? StalledP99Ratio { get; init; }
    public Percentiles? StalledAckMs { get; init; }
    /// <summary>word-cloud: distinct words (after normalisation) the attendees' final answers hold.</summary>
    public int? DistinctWords { get; init; }
    /// <summary>vote-storm, open-burst: the worst one-second window's ack p99, seconds by intended send time (<see cref="PerSecondLatency"/>).</summary>
    public double? WorstSecondP99Ms { get; init; }
    /// <summary>vote-storm, open-burst: the longest any vote waited, from its intended send time to its ack, error, or the end of the run.</summary>
    public double? MaxWaitMs { get; init; }
    /// <summary>vote-storm --sweep: the highest swept rate that met the SLO (<see cref="SloCapacity"/>); null when none did.</summary>
    public double? CapacityAtSlo { get; init; }
    /// <summary>vote-storm --sweep: one entry per rate, in the order swept.</summary>
    public List<SweepPoint>? Sweep { get; init; }
    /// <summary>vote-storm, Live side: the sessions the attendees were spread over (--sessions; 1 by default).</summary>
    public int? Sessions { get; init; }
    /// <summary>open-burst: seconds the idle attendees were connected before the poll opened.</summary>
    public double? IdleSeconds { get; init; }
    /// <summary>open-burst: when the screen's Results first counted every acknowledged ballot, minus the last ack (ms).</summary>
    public double? ScreenFullCountAfterLastAckMs { get; init; }
    /// <summary>quiz-burst: from the host's reveal call to each player's phone holding its own standing.</summary>
    public Percentiles? RevealToRankMs { get; init; }
    /// <summary>Per second of the measured phase: ack p50/p99/max (plain vote-storm, open-burst; sweeps keep one per rate).</summary>
    public IReadOnlyList<SecondStats>? Timeline { get; init; }
    public List<string> Notes { get; init; } = [];

    [JsonIgnore] public Latency? AckHistogram { get; init; }
    [JsonIgnore] public Latency? ScreenHistogram { get; init; }

    public bool Correct => Lost == 0 && Duplicated == 0 && Counted == Acked && Errors == 0;
}
