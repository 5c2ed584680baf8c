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
    public List<string> Notes { get; init; } = [];

    [JsonIgnore] public Latency? AckHistogram { get; init; }
    [JsonIgnore] public Latency? ScreenHistogram { get; init; }

    public bool Correct => Lost == 0 && Duplicated == 0 && Counted == Acked && Errors == 0;
}
