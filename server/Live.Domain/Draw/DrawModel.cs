namespace Live.Domain.Draw;

/// <summary>Where a tier's entrants come from; the grain gathers each from the session's other grains.</summary>
public enum EntrantSource { CheckedIn, Joined, Online, VotedInPoll }

/// <summary>The sources' names on the wire, in stored tiers and in proofs. Never rename one.</summary>
public static class EntrantSourceNames
{
    public static EntrantSource Parse(string? wire) => wire switch
    {
        "checkedIn" => EntrantSource.CheckedIn,
        "joined" => EntrantSource.Joined,
        "online" => EntrantSource.Online,
        "votedInPoll" => EntrantSource.VotedInPoll,
        _ => throw new Common.RuleViolation(Common.ErrorCodes.InvalidTier),
    };

    public static string ToWire(this EntrantSource source) => source switch
    {
        EntrantSource.CheckedIn => "checkedIn",
        EntrantSource.Joined => "joined",
        EntrantSource.Online => "online",
        _ => "votedInPoll",
    };
}

/// <summary>
/// Who may win a tier: a source, optionally narrowed to categories, plus explicit includes and excludes (entrant ids).
/// Tables, when given, narrows the source first to the people seated at those discussion tables (numbers from 1) of
/// the newest round when the round is drawn; Include cannot bring in someone from another table.
/// </summary>
public sealed record Eligibility(
    EntrantSource Source,
    string? PollId = null,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Include = null,
    IReadOnlyList<string>? Exclude = null,
    IReadOnlyList<int>? Tables = null)
{
    /// <summary>Whether the tier is limited to some discussion tables.</summary>
    public bool ByTable => Tables is { Count: > 0 };
}

/// <summary>Someone who could win: a roster person ("a12") or a device that joined ("d:…"); Company as the check-in list has it.</summary>
public sealed record Entrant(string Id, string Name, string Category, string? DeviceId = null, string? Company = null);

public sealed record PrizeTier(string Id, string Name, int Count, int Order, string? Image, Eligibility Eligibility);

/// <summary>
/// A winner; DeviceId is the phone told "you won" (null for someone checked in by staff who never scanned); Company is
/// theirs when the round was drawn, so a screen can tell two masked "宋*" apart (null for a device, or rounds drawn before).
/// </summary>
public sealed record Winner(string EntrantId, string Name, string TierId, int Round, bool Absent = false, string? DeviceId = null, string? Company = null);

/// <summary>
/// One round of a tier. The seed is fixed (and its hash shown) when the round is armed; the entrant list and the
/// winners are fixed together when it is drawn, and stored before anyone sees them; the seed is revealed after.
/// </summary>
public sealed class DrawRound
{
    public required int Number { get; init; }
    public required string TierId { get; init; }
    public required int Count { get; init; }
    public required byte[] Seed { get; init; }
    public string SeedHash => DrawSelection.Commitment(Seed);
    /// <summary>A redraw for an absent winner names them here; the record keeps both.</summary>
    public string? Replaces { get; init; }
    public IReadOnlyList<string>? EntrantIds { get; set; }
    public string? ListHash { get; set; }
    public List<Winner> Winners { get; } = [];
    /// <summary>
    /// Names the screen's drum roll may show before the winners appear: this round's eligible entrants who did not
    /// win, spread over the list and at most <see cref="LuckyDraw.RollMax"/>. Null for rounds drawn before it existed.
    /// </summary>
    public IReadOnlyList<string>? Roll { get; set; }
    public bool Revealed { get; set; }
    /// <summary>The eligibility rule as it was applied when the round was drawn (null for rounds drawn before it was kept).</summary>
    public DrawRule? Rule { get; set; }
    public bool Drawn => EntrantIds is not null;
}

/// <summary>
/// What decided who could enter a round, fixed when it was drawn: the tier's rule, the repeat-wins setting, and the
/// earlier winners that were left out (sorted, without duplicates). It goes into the proof, so an outsider can check
/// that nobody excluded or already drawn held a ticket.
/// </summary>
public sealed record DrawRule(Eligibility Eligibility, bool AllowRepeatWins, IReadOnlyList<string> EarlierWinners);

/// <summary>
/// Everything needed to check a round by hand: give it to the verifier page or `node scripts/verify-draw.mjs`
/// (docs/DRAW-PROOF.md). Version 2 adds the round's <see cref="Count"/> (so dropped trailing winners no longer verify)
/// and <see cref="Replaces"/>; version 3 adds the <see cref="Eligibility"/> the round was drawn under. A proof without
/// a version is version 1 and is checked as before.
/// </summary>
public sealed record DrawProof(
    int Round, string TierId, string SeedHash, string? Seed, string ListHash, IReadOnlyList<string> EntrantIds, IReadOnlyList<string> Winners,
    int Version = 1, int? Count = null, string? Replaces = null, DrawProofEligibility? Eligibility = null)
{
    public const int CurrentVersion = 3;
}

/// <summary>
/// A version 3 proof's eligibility inputs, as the wire carries them: the tier's source (checkedIn, joined, online,
/// votedInPoll) and poll, its categories, include and exclude lists, the repeat-wins setting, the earlier winners
/// left out, and the discussion tables the source was narrowed to (empty: none).
/// </summary>
public sealed record DrawProofEligibility(
    string Source, string? PollId, IReadOnlyList<string> Categories, IReadOnlyList<string> Include, IReadOnlyList<string> Exclude,
    bool AllowRepeatWins, IReadOnlyList<string> EarlierWinners, IReadOnlyList<int>? Tables = null);
