using Live.Contracts;

namespace Live.Grains.Draw;

/// <summary>What a draw grain persists: tiers, every round with its seed, list and winners, the settings.</summary>
[GenerateSerializer, Alias("live.draw-state")]
public sealed class DrawState
{
    [Id(0)] public List<StoredTier> Tiers { get; set; } = [];
    [Id(1)] public List<StoredRound> Rounds { get; set; } = [];
    [Id(2)] public DrawSettings? Settings { get; set; }
    [Id(3)] public long Version { get; set; }
}

[GenerateSerializer, Immutable, Alias("live.stored-tier")]
public sealed record StoredTier(
    [property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] int Count, [property: Id(3)] int Order,
    [property: Id(4)] string? Image, [property: Id(5)] EligibilityView Eligibility);

[GenerateSerializer, Immutable, Alias("live.stored-round")]
public sealed record StoredRound(
    [property: Id(0)] int Number, [property: Id(1)] string TierId, [property: Id(2)] int Count, [property: Id(3)] byte[] Seed,
    [property: Id(4)] string? Replaces, [property: Id(5)] List<string>? EntrantIds, [property: Id(6)] string? ListHash,
    [property: Id(7)] List<StoredWinner> Winners, [property: Id(8)] bool Revealed,
    [property: Id(9)] List<string>? Roll = null,
    [property: Id(10)] StoredDrawRule? Rule = null);

/// <summary>The eligibility rule a round was drawn under (absent in rounds stored before 2026-12-03).</summary>
[GenerateSerializer, Immutable, Alias("live.stored-draw-rule")]
public sealed record StoredDrawRule(
    [property: Id(0)] EligibilityView Eligibility, [property: Id(1)] bool AllowRepeatWins, [property: Id(2)] List<string> EarlierWinners);

[GenerateSerializer, Immutable, Alias("live.stored-winner")]
public sealed record StoredWinner(
    [property: Id(0)] string EntrantId, [property: Id(1)] string Name, [property: Id(2)] string TierId, [property: Id(3)] int Round,
    [property: Id(4)] bool Absent, [property: Id(5)] string? DeviceId,
    [property: Id(6)] string? Company = null);
