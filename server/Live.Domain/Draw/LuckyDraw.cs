using Live.Domain.Common;

namespace Live.Domain.Draw;

/// <summary>
/// A session's prize tiers and rounds. Rules: a round's winners are chosen once and never again (asking twice
/// returns the same); by default nobody wins twice across tiers; an absent winner is marked, never erased, and
/// their place can be drawn again.
/// </summary>
public sealed class LuckyDraw(IEnumerable<PrizeTier>? tiers = null, IEnumerable<DrawRound>? rounds = null, bool allowRepeatWins = false)
{
    public const int NameMax = 40;
    public const int CountMax = 10_000;
    /// <summary>Most names a round's drum roll carries: enough to look like a crowd, small enough for every push.</summary>
    public const int RollMax = 40;
    /// <summary>
    /// Highest table number a tier may name: more tables than people are never formed, and a forming seats at most
    /// <see cref="Groups.GroupLimits.MaxPeople"/>. A tier names each table once, so this also bounds the list.
    /// </summary>
    public const int TableMax = Groups.GroupLimits.MaxPeople;

    private readonly List<PrizeTier> _tiers = [.. tiers ?? []];
    private readonly List<DrawRound> _rounds = [.. rounds ?? []];

    public bool AllowRepeatWins { get; set; } = allowRepeatWins;
    public IReadOnlyList<PrizeTier> Tiers => _tiers.OrderBy(t => t.Order).ToList();
    public IReadOnlyList<DrawRound> Rounds => _rounds;

    public PrizeTier SaveTier(string? id, string? name, int count, int order, string? image, Eligibility eligibility)
    {
        var clean = Text.Required(name, NameMax, ErrorCodes.InvalidTier, ErrorCodes.InvalidTier);
        if (count is < 1 or > CountMax) throw new RuleViolation(ErrorCodes.InvalidTier);
        if (eligibility.Source == EntrantSource.VotedInPoll && string.IsNullOrWhiteSpace(eligibility.PollId)) throw new RuleViolation(ErrorCodes.InvalidTier);
        eligibility = eligibility with { Tables = Tables(eligibility.Tables) };
        var existing = id is null ? null : Tier(id);
        if (existing is not null && count < WonPlaces(existing.Id)) throw new RuleViolation(ErrorCodes.InvalidTier);
        var tier = new PrizeTier(existing?.Id ?? $"t{_tiers.Count + 1}", clean, count, order, Text.Optional(image, 500, ErrorCodes.InvalidTier), eligibility);
        if (existing is null) _tiers.Add(tier);
        else _tiers[_tiers.IndexOf(existing)] = tier;
        return tier;
    }

    /// <summary>A tier's table numbers, each once and in order; a number below 1 or above <see cref="TableMax"/> is refused.</summary>
    private static IReadOnlyList<int>? Tables(IReadOnlyList<int>? tables)
    {
        if (tables is null || tables.Count == 0) return null;
        if (tables.Count > TableMax || tables.Any(n => n is < 1 or > TableMax)) throw new RuleViolation(ErrorCodes.InvalidTier);
        return tables.Distinct().Order().ToList();
    }

    public PrizeTier Tier(string? tierId) => _tiers.FirstOrDefault(t => t.Id == tierId) ?? throw new RuleViolation(ErrorCodes.TierNotFound);

    public DrawRound Round(int number) => _rounds.FirstOrDefault(r => r.Number == number) ?? throw new RuleViolation(ErrorCodes.RoundNotFound);

    /// <summary>Places of a tier still to give: its count less the winners who were there.</summary>
    public int OpenPlaces(string tierId) => Tier(tierId).Count - WonPlaces(tierId) - _rounds.Where(r => r.TierId == tierId && !r.Drawn).Sum(r => r.Count);

    /// <summary>Fixes a new round's secret seed; its hash goes on the screen before anything else is decided.</summary>
    public DrawRound Arm(string? tierId, int count, string? replaces, byte[] seed)
    {
        var tier = Tier(tierId);
        // A double click arms nothing new: the round waiting to be drawn is the answer.
        if (_rounds.FirstOrDefault(r => r.TierId == tier.Id && !r.Drawn) is { } waiting) return waiting;
        if (count < 1 || count > OpenPlaces(tier.Id)) throw new RuleViolation(ErrorCodes.TierFull);
        if (replaces is not null && !_rounds.Any(r => r.TierId == tier.Id && r.Winners.Any(w => w.EntrantId == replaces && w.Absent)))
            throw new RuleViolation(ErrorCodes.WinnerNotFound);
        var round = new DrawRound { Number = _rounds.Count + 1, TierId = tier.Id, Count = count, Seed = seed, Replaces = replaces };
        _rounds.Add(round);
        return round;
    }

    /// <summary>
    /// Fixes the entrant list and the winners. Called again for a drawn round (a retry, a crash, a double click),
    /// it returns the stored winners and ignores the candidates. <paramref name="tableMembers"/>: the ids seated now at
    /// the tier's tables (<see cref="Eligibility.Tables"/>); ignored for a tier without tables, and nobody is eligible
    /// for one with tables when it is null (no tables formed).
    /// </summary>
    public DrawRound Draw(int number, IEnumerable<Entrant> candidates, IReadOnlyCollection<string>? tableMembers = null)
    {
        var round = Round(number);
        if (round.Drawn) return round;
        var tier = Tier(round.TierId);
        var rule = new DrawRule(tier.Eligibility, AllowRepeatWins, DrawSelection.Sorted(EarlierWinners(tier.Id)));
        var byId = Eligible(rule, candidates, tableMembers).ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (byId.Count == 0) throw new RuleViolation(ErrorCodes.NoEntrants);
        var ids = DrawSelection.Sorted(byId.Keys);
        var chosen = DrawSelection.Winners(round.Seed, ids, tier.Id, round.Number, round.Count);
        round.EntrantIds = ids;
        round.ListHash = DrawSelection.ListHash(ids);
        round.Rule = rule;
        round.Winners.AddRange(chosen.Select(id => new Winner(id, byId[id].Name, tier.Id, round.Number, DeviceId: byId[id].DeviceId, Company: byId[id].Company)));
        round.Roll = RollNames(ids.Except(chosen).Select(id => byId[id].Name).ToList());
        return round;
    }

    public DrawRound Reveal(int number)
    {
        var round = Round(number);
        if (!round.Drawn) throw new RuleViolation(ErrorCodes.RoundNotDrawn);
        round.Revealed = true;
        return round;
    }

    /// <summary>Marks a winner absent; the place opens for a redraw and the record keeps them.</summary>
    public Winner MarkAbsent(int number, string? entrantId)
    {
        var round = Round(number);
        var index = round.Winners.FindIndex(w => w.EntrantId == entrantId);
        if (index < 0) throw new RuleViolation(ErrorCodes.WinnerNotFound);
        return round.Winners[index] = round.Winners[index] with { Absent = true };
    }

    public DrawProof Proof(int number)
    {
        var r = Round(number);
        if (!r.Drawn) throw new RuleViolation(ErrorCodes.RoundNotDrawn);
        // A round drawn before its rule was kept stays a version 2 proof: nothing is made up after the fact.
        return new DrawProof(r.Number, r.TierId, r.SeedHash, r.Revealed ? Convert.ToHexStringLower(r.Seed) : null, r.ListHash!, r.EntrantIds!,
            r.Winners.Select(w => w.EntrantId).ToList(), r.Rule is null ? 2 : DrawProof.CurrentVersion, r.Count, r.Replaces, ProofEligibility(r.Rule));
    }

    private static DrawProofEligibility? ProofEligibility(DrawRule? rule) => rule is null ? null : new(
        rule.Eligibility.Source.ToWire(), rule.Eligibility.PollId, rule.Eligibility.Categories ?? [], rule.Eligibility.Include ?? [], rule.Eligibility.Exclude ?? [],
        rule.AllowRepeatWins, rule.EarlierWinners, rule.Eligibility.Tables ?? []);

    /// <summary>
    /// True when the proof's seed matches its hash and reproduces its list hash and winners exactly. From version 2
    /// the entrant list must also arrive sorted without duplicates, and the winners are the function's for the
    /// proof's count (at most the number of entrants); a version 1 proof has no count, so its winners' number is used.
    /// From version 3 no entrant may be on the exclude list or among the earlier winners, and a redraw's
    /// <see cref="DrawProof.Replaces"/> must be one of those earlier winners.
    /// </summary>
    public static bool Verify(DrawProof proof)
    {
        if (proof.Seed is null) return false;
        var seed = Convert.FromHexString(proof.Seed);
        var ids = DrawSelection.Sorted(proof.EntrantIds);
        var v2 = proof.Version >= 2;
        if (v2 && (proof.Count is not > 0 || !ids.SequenceEqual(proof.EntrantIds))) return false;
        var count = v2 ? proof.Count!.Value : proof.Winners.Count;
        if (proof.Version >= 3 && !EligibilityRespected(proof)) return false;
        return DrawSelection.Commitment(seed) == proof.SeedHash
            && DrawSelection.ListHash(ids) == proof.ListHash
            && DrawSelection.Winners(seed, ids, proof.TierId, proof.Round, count).SequenceEqual(proof.Winners);
    }

    /// <summary>At most <see cref="RollMax"/> of the names, evenly spread so a long list is not just its first page.</summary>
    public static IReadOnlyList<string> RollNames(IReadOnlyList<string> names) => names.Count <= RollMax
        ? names
        : Enumerable.Range(0, RollMax).Select(i => names[(int)((long)i * names.Count / RollMax)]).ToList();

    /// <summary>Version 3's check: nobody excluded or already drawn holds a ticket; a redraw replaces an earlier winner.</summary>
    public static bool EligibilityRespected(DrawProof proof)
    {
        // A proof read from someone's JSON may lack a list: that is a failed check, never an exception.
        if (proof.Eligibility is not { Exclude: not null, EarlierWinners: not null } e) return false;
        var barred = new HashSet<string>(e.Exclude, StringComparer.Ordinal);
        barred.UnionWith(e.EarlierWinners);
        return !proof.EntrantIds.Any(barred.Contains)
            && (proof.Replaces is null || e.EarlierWinners.Contains(proof.Replaces, StringComparer.Ordinal));
    }

    private int WonPlaces(string tierId) => _rounds.Where(r => r.TierId == tierId).Sum(r => r.Winners.Count(w => !w.Absent));

    // Everyone who already won (absent winners included: they were called and were not there) sits out; with repeat
    // wins allowed, only this tier's winners do.
    private IEnumerable<string> EarlierWinners(string tierId) =>
        _rounds.Where(r => !AllowRepeatWins || r.TierId == tierId).SelectMany(r => r.Winners).Select(w => w.EntrantId);

    /// <summary>
    /// The source's candidates, narrowed first to the tier's tables (when it names some), then to its categories or
    /// includes, less its excludes and the earlier winners.
    /// </summary>
    private static IEnumerable<Entrant> Eligible(DrawRule drawRule, IEnumerable<Entrant> candidates, IReadOnlyCollection<string>? tableMembers)
    {
        var rule = drawRule.Eligibility;
        var seated = rule.ByTable ? new HashSet<string>(tableMembers ?? [], StringComparer.Ordinal) : null;
        var pool = candidates.Where(e => seated is null || seated.Contains(e.Id)).ToList();
        var categories = rule.Categories is { Count: > 0 } c ? new HashSet<string>(c, StringComparer.OrdinalIgnoreCase) : null;
        var exclude = new HashSet<string>(rule.Exclude ?? [], StringComparer.Ordinal);
        var include = new HashSet<string>(rule.Include ?? [], StringComparer.Ordinal);
        exclude.UnionWith(drawRule.EarlierWinners);
        return pool
            .Where(e => include.Contains(e.Id) || categories is null || categories.Contains(e.Category))
            .Where(e => !exclude.Contains(e.Id))
            .DistinctBy(e => e.Id);
    }
}
