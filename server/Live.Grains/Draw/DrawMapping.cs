using Live.Contracts;
using Live.Domain.CheckIn;
using Live.Domain.Common;
using Live.Domain.Draw;

namespace Live.Grains.Draw;

/// <summary>Between the domain's tiers and rounds and what is stored or sent.</summary>
internal static class DrawMapping
{
    public static Eligibility ToDomain(this EligibilityView? e) => e is null
        ? throw new RuleViolation(ErrorCodes.InvalidTier)
        : new Eligibility(EntrantSourceNames.Parse(e.Source), e.PollId, Clean(e.Categories), Clean(e.Include), Clean(e.Exclude), e.Tables);

    public static EligibilityView ToView(this Eligibility e) =>
        new(e.Source.ToWire(), e.PollId, e.Categories ?? [], e.Include ?? [], e.Exclude ?? [], e.Tables ?? []);

    // Lists of labels and ids: at most 2,000 each, blanks dropped, so a pasted list cannot bloat the state.
    private static IReadOnlyList<string> Clean(IReadOnlyList<string>? list)
    {
        var clean = (list ?? []).Select(x => Text.Clean(x)).Where(x => x.Length is > 0 and <= 64).Distinct().ToList();
        return clean.Count > 2000 ? throw new RuleViolation(ErrorCodes.InvalidTier) : clean;
    }

    public static PrizeTier ToDomain(this StoredTier t) => new(t.Id, t.Name, t.Count, t.Order, t.Image, t.Eligibility.ToDomain());

    public static StoredTier ToStored(this PrizeTier t) => new(t.Id, t.Name, t.Count, t.Order, t.Image, t.Eligibility.ToView());

    public static DrawRound ToDomain(this StoredRound r)
    {
        var round = new DrawRound { Number = r.Number, TierId = r.TierId, Count = r.Count, Seed = r.Seed, Replaces = r.Replaces, EntrantIds = r.EntrantIds, ListHash = r.ListHash, Revealed = r.Revealed, Roll = r.Roll,
            Rule = r.Rule is null ? null : new DrawRule(r.Rule.Eligibility.ToDomain(), r.Rule.AllowRepeatWins, r.Rule.EarlierWinners) };
        round.Winners.AddRange(r.Winners.Select(w => new Winner(w.EntrantId, w.Name, w.TierId, w.Round, w.Absent, w.DeviceId, w.Company)));
        return round;
    }

    public static StoredRound ToStored(this DrawRound r) => new(r.Number, r.TierId, r.Count, r.Seed, r.Replaces, r.EntrantIds?.ToList(), r.ListHash,
        r.Winners.Select(w => new StoredWinner(w.EntrantId, w.Name, w.TierId, w.Round, w.Absent, w.DeviceId, w.Company)).ToList(), r.Revealed, r.Roll?.ToList(),
        r.Rule is null ? null : new StoredDrawRule(r.Rule.Eligibility.ToView(), r.Rule.AllowRepeatWins, [.. r.Rule.EarlierWinners]));

    /// <param name="showCompanies">Whether each winner carries their company (the host did not hide them); never a phone.</param>
    public static RoundView ToView(this DrawRound r, bool maskNames, bool showCompanies) => new(
        r.Number, r.TierId, r.Count, r.SeedHash, r.Revealed ? Convert.ToHexStringLower(r.Seed) : null, r.ListHash, r.EntrantIds?.Count ?? 0,
        r.Winners.Select(w => new WinnerView(w.EntrantId, maskNames ? NameMask.Mask(w.Name) : w.Name, w.TierId, w.Round, w.Absent,
            showCompanies ? w.Company : null)).ToList(),
        r.Replaces, r.Revealed ? "revealed" : r.Drawn ? "drawn" : "armed",
        (r.Roll ?? []).Select(n => maskNames ? NameMask.Mask(n) : n).ToList());

    public static DrawProofView ToView(this DrawProof p) =>
        new(p.Round, p.TierId, p.SeedHash, p.Seed, p.ListHash, p.EntrantIds, p.Winners, p.Version, p.Count, p.Replaces,
            Eligibility: p.Eligibility is { } e ? new ProofEligibilityView(e.Source, e.PollId, e.Categories, e.Include, e.Exclude, e.AllowRepeatWins, e.EarlierWinners, e.Tables ?? []) : null);
}
