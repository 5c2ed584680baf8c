namespace Live.Grains.Polls;

/// <summary>Section "Realtime", the part the poll grain reads.</summary>
public sealed class PollBroadcastOptions
{
    public const string Section = "Realtime";

    /// <summary>
    /// Load-test baseline only (Realtime:PerChangeBroadcast, docs/PERFORMANCE.md): publish the results once per vote,
    /// as each vote is acknowledged, instead of once per group commit, so the baseline is one broadcast per vote. The
    /// server then sends each publish on its own instead of once per tick. Never turn on in production.
    /// </summary>
    public bool PerChangeBroadcast { get; set; }
}
