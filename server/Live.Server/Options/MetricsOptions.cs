using System.ComponentModel.DataAnnotations;

namespace Live.Server.Options;

/// <summary>Section "Live:Metrics": who may read /metrics, and when the console's status panel warns (README, docs/OPERATIONS.md).</summary>
public sealed class MetricsOptions
{
    public const string Section = "Live:Metrics";

    /// <summary>
    /// When set, /metrics answers only requests with <c>Authorization: Bearer &lt;token&gt;</c> (from any address) and 401
    /// to others. Empty: only loopback callers, and 404 to every other address.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>
    /// Also export Orleans' own meter (<c>orleans_*</c>). Off by default: once listened to, Orleans records per grain
    /// call and message, and under the vote storm the server held about 35 MB more (docs/OPERATIONS.md, "Metrics").
    /// </summary>
    public bool OrleansMeters { get; set; }

    /// <summary>The console warns when the cluster's 99th percentile acknowledgement over the last minute is above this.</summary>
    [Range(1, 60_000)] public double AckP99WarningMs { get; set; } = 500;

    /// <summary>The console warns when more than this share of the last minute's attendee actions failed on the server.</summary>
    [Range(0, 100)] public double ErrorRateWarningPercent { get; set; } = 1;
}
