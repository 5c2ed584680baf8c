namespace Live.Contracts;

// Wire types for the lucky draw. See docs/API.md ("Lucky draw") and docs/DRAW-PROOF.md. Never renumber an [Id].

/// <summary>
/// Source: "checkedIn", "joined" (connected now), "online" (connected now, online) or "votedInPoll" (needs PollId).
/// Tables: discussion table numbers (1–5,000); when given, only the people seated at those tables of the newest
/// round when the round is drawn may win (none before any tables are formed).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.eligibility")]
public sealed record EligibilityView(
    [property: Id(0)] string Source,
    [property: Id(1)] string? PollId,
    [property: Id(2)] IReadOnlyList<string>? Categories,
    [property: Id(3)] IReadOnlyList<string>? Include,
    [property: Id(4)] IReadOnlyList<string>? Exclude,
    [property: Id(5)] IReadOnlyList<int>? Tables = null);

[GenerateSerializer, Immutable, Alias("live.tier-request")]
public sealed record TierRequest(
    [property: Id(0)] string? Id,
    [property: Id(1)] string? Name,
    [property: Id(2)] int Count,
    [property: Id(3)] int Order,
    [property: Id(4)] string? Image,
    [property: Id(5)] EligibilityView? Eligibility);

[GenerateSerializer, Immutable, Alias("live.tier-view")]
public sealed record TierView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] int Count,
    [property: Id(3)] int Order,
    [property: Id(4)] string? Image,
    [property: Id(5)] EligibilityView Eligibility,
    [property: Id(6)] int Won,
    [property: Id(7)] int Open);

/// <summary>Company: the winner's (a person on the check-in list), unless the host hides companies; null for a device.</summary>
[GenerateSerializer, Immutable, Alias("live.winner-view")]
public sealed record WinnerView(
    [property: Id(0)] string EntrantId,
    [property: Id(1)] string Name,
    [property: Id(2)] string TierId,
    [property: Id(3)] int Round,
    [property: Id(4)] bool Absent,
    [property: Id(5)] string? Company = null);

/// <summary>
/// State: "armed" (seed hash shown), "drawn" (list and winners fixed), "revealed" (seed public). Roll: names the
/// screen's drum roll shows, this round's eligible entrants who did not win (masked like the winners), empty until drawn.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.round-view")]
public sealed record RoundView(
    [property: Id(0)] int Number,
    [property: Id(1)] string TierId,
    [property: Id(2)] int Count,
    [property: Id(3)] string SeedHash,
    [property: Id(4)] string? Seed,
    [property: Id(5)] string? ListHash,
    [property: Id(6)] int Entrants,
    [property: Id(7)] IReadOnlyList<WinnerView> Winners,
    [property: Id(8)] string? Replaces,
    [property: Id(9)] string State,
    [property: Id(10)] IReadOnlyList<string>? Roll = null);

/// <summary>
/// HideCompanies: winners are shown by name alone. Off by default, so a masked "宋*" has their company beside it (a
/// setting stored before it existed reads as off too).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.draw-settings")]
public sealed record DrawSettings([property: Id(0)] bool AllowRepeatWins, [property: Id(1)] bool MaskNames, [property: Id(2)] bool HideCompanies = false)
{
    public static readonly DrawSettings Default = new(false, true);
}

[GenerateSerializer, Immutable, Alias("live.draw-view")]
public sealed record DrawView(
    [property: Id(0)] long Version,
    [property: Id(1)] DrawSettings Settings,
    [property: Id(2)] IReadOnlyList<TierView> Tiers,
    [property: Id(3)] IReadOnlyList<RoundView> Rounds);

[GenerateSerializer, Immutable, Alias("live.arm-request")]
public sealed record ArmRequest([property: Id(0)] string? TierId, [property: Id(1)] int Count, [property: Id(2)] string? Replaces);

[GenerateSerializer, Immutable, Alias("live.absent-request")]
public sealed record AbsentRequest([property: Id(0)] int Round, [property: Id(1)] string? EntrantId);

/// <summary>What a winner's phone is told.</summary>
[GenerateSerializer, Immutable, Alias("live.prize")]
public sealed record PrizeView([property: Id(0)] string TierId, [property: Id(1)] string TierName, [property: Id(2)] int Round, [property: Id(3)] string Name);

/// <summary>
/// A round's proof (docs/DRAW-PROOF.md), plus what the public page shows beside it: the tier's name and the winners'
/// names as the screen shows them (masked when the host masks names). Those two are for reading, not part of the check.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.draw-proof")]
public sealed record DrawProofView(
    [property: Id(0)] int Round,
    [property: Id(1)] string TierId,
    [property: Id(2)] string SeedHash,
    [property: Id(3)] string? Seed,
    [property: Id(4)] string ListHash,
    [property: Id(5)] IReadOnlyList<string> EntrantIds,
    [property: Id(6)] IReadOnlyList<string> Winners,
    [property: Id(7)] int Version = 1,
    [property: Id(8)] int? Count = null,
    [property: Id(9)] string? Replaces = null,
    [property: Id(10)] string? TierName = null,
    [property: Id(11)] IReadOnlyList<string>? WinnerNames = null,
    [property: Id(12)] ProofEligibilityView? Eligibility = null);

/// <summary>A version 3 proof's eligibility inputs (docs/DRAW-PROOF.md): the tier's rule and the earlier winners left out when it was drawn; Tables empty when the tier named none.</summary>
[GenerateSerializer, Immutable, Alias("live.proof-eligibility")]
public sealed record ProofEligibilityView(
    [property: Id(0)] string Source,
    [property: Id(1)] string? PollId,
    [property: Id(2)] IReadOnlyList<string> Categories,
    [property: Id(3)] IReadOnlyList<string> Include,
    [property: Id(4)] IReadOnlyList<string> Exclude,
    [property: Id(5)] bool AllowRepeatWins,
    [property: Id(6)] IReadOnlyList<string> EarlierWinners,
    [property: Id(7)] IReadOnlyList<int>? Tables = null);

/// <summary>Someone the draw may pick, as another grain knows them; DeviceId is where "you won" goes.</summary>
[GenerateSerializer, Immutable, Alias("live.entrant")]
public sealed record EntrantInfo([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string Category, [property: Id(3)] string? DeviceId,
    [property: Id(4)] string? Company = null);

[GenerateSerializer, Immutable, Alias("live.draw-readout")]
public sealed record DrawReadout([property: Id(0)] DrawView? View, [property: Id(1)] IReadOnlyList<PrizeView> MyPrizes);

/// <summary>A connected attendee device, for draws among those present now.</summary>
[GenerateSerializer, Immutable, Alias("live.connected-device")]
public sealed record ConnectedDevice([property: Id(0)] string DeviceId, [property: Id(1)] string Mode, [property: Id(2)] string? Nickname);
