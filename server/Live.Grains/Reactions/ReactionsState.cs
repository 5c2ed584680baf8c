namespace Live.Grains.Reactions;

/// <summary>What a reactions grain persists: the session's emoji set and running totals.</summary>
[GenerateSerializer, Alias("live.reactions-state")]
public sealed class ReactionsState
{
    /// <summary>Null until the host changes it: then the default set applies.</summary>
    [Id(0)] public List<string>? Set { get; set; }
    [Id(1)] public Dictionary<string, long> Totals { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public long Version { get; set; }
}
