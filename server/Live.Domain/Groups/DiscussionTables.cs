using Live.Domain.Common;

namespace Live.Domain.Groups;

/// <summary>Who the tables are formed from: people checked in at the door, or phones joined in the room.</summary>
public enum GroupSource { CheckedIn, Joined }

/// <summary>What <see cref="CompanyRule"/> spreads or keeps together: the list's company column or its category column.</summary>
public enum GroupKey { Company, Category }

/// <summary>
/// Someone who can be seated. Id: "a12" for a person on the check-in list, "d:{deviceId}" for a phone that joined
/// without checking in. DeviceId: the phone that hears "Table 12" (null for someone checked in by staff).
/// </summary>
public sealed record Seatable(string Id, string Name, string? Company, string? Category, string? DeviceId);

public sealed record TableSeat(Seatable Person, bool Facilitator);

/// <summary>How a round was formed (validated by <see cref="DiscussionTables.Options"/>).</summary>
public sealed record FormOptions(
    GroupSource Source, int TargetSize, CompanyRule Companies, GroupKey By,
    IReadOnlyList<IReadOnlyList<string>> KeepApart, IReadOnlyList<string> Facilitators, string? FacilitatorCategory);

/// <summary>One forming: its tables numbered from 1 (a table may be empty after moves), and how well it met the rules when formed.</summary>
public sealed class TableRound
{
    public required int Number { get; init; }
    public required FormOptions Options { get; init; }
    public required List<List<TableSeat>> Tables { get; init; }
    public required GroupingScore Score { get; init; }
    public required DateTimeOffset FormedAt { get; init; }

    public IEnumerable<(int Table, TableSeat Seat)> Seats() =>
        Tables.SelectMany((t, i) => t.Select(s => (i + 1, s)));
}

/// <summary>
/// A session's discussion tables: the rounds formed (the newest is the current one while <see cref="Active"/>), a
/// person moved by hand, and which table a phone is at. Rules only: the grain loads, stores and publishes.
/// </summary>
public sealed class DiscussionTables
{
    private readonly List<TableRound> _rounds;
    private Dictionary<string, int> _tableOfDevice = [];

    public DiscussionTables(IEnumerable<TableRound>? rounds = null, bool active = false)
    {
        _rounds = [.. rounds ?? []];
        Active = active && _rounds.Count > 0;
        Reindex();
    }

    public IReadOnlyList<TableRound> Rounds => _rounds;
    /// <summary>Whether phones and screens show the current round (the host can end it; the round stays remembered).</summary>
    public bool Active { get; private set; }
    public TableRound? Current => Active ? _rounds[^1] : null;

    /// <summary>Validates what the host asked for; throws a <see cref="RuleViolation"/> with the field's code.</summary>
    public static FormOptions Options(string? source, int targetSize, string? companies, string? by,
        IReadOnlyList<IReadOnlyList<string>>? keepApart, IReadOnlyList<string>? facilitators, string? facilitatorCategory)
    {
        var parsedSource = source?.Trim().ToLowerInvariant() switch
        {
            null or "" or "checkedin" => GroupSource.CheckedIn,
            "joined" => GroupSource.Joined,
            _ => throw new RuleViolation(ErrorCodes.InvalidGroupSource),
        };
        if (targetSize is < GroupLimits.MinTableSize or > GroupLimits.MaxTableSize) throw new RuleViolation(ErrorCodes.InvalidTableSize);
        var rule = companies?.Trim().ToLowerInvariant() switch
        {
            null or "" or "spread" => CompanyRule.Spread,
            "together" => CompanyRule.Together,
            "ignore" => CompanyRule.Ignore,
            _ => throw new RuleViolation(ErrorCodes.InvalidCompanyRule),
        };
        var key = by?.Trim().ToLowerInvariant() switch
        {
            null or "" or "company" => GroupKey.Company,
            "category" => GroupKey.Category,
            _ => throw new RuleViolation(ErrorCodes.InvalidCompanyRule),
        };
        var apart = keepApart ?? [];
        if (apart.Count > GroupLimits.MaxApartSets || apart.Any(s => s is null || s.Count > GroupLimits.MaxApartSetSize || s.Any(string.IsNullOrWhiteSpace)))
            throw new RuleViolation(ErrorCodes.TooManyIds);
        var pinned = facilitators ?? [];
        if (pinned.Count > GroupLimits.MaxFacilitators || pinned.Any(string.IsNullOrWhiteSpace)) throw new RuleViolation(ErrorCodes.TooManyIds);
        var category = string.IsNullOrWhiteSpace(facilitatorCategory) ? null : facilitatorCategory.Trim();
        if (category?.Length > 100) throw new RuleViolation(ErrorCodes.FieldTooLong);
        return new FormOptions(parsedSource, targetSize, rule, key, apart, pinned, category);
    }

    /// <summary>Seats everyone anew, keeping apart as far as possible who sat together in the remembered rounds.</summary>
    public TableRound Form(IReadOnlyList<Seatable> people, FormOptions options, int seed, DateTimeOffset now)
    {
        if (people.Count == 0) throw new RuleViolation(ErrorCodes.NoOneToGroup);
        if (people.Count > GroupLimits.MaxPeople) throw new RuleViolation(ErrorCodes.TooManyToGroup);
        var facilitators = options.Facilitators
            .Concat(options.FacilitatorCategory is { } c ? people.Where(p => string.Equals(p.Category, c, StringComparison.OrdinalIgnoreCase)).Select(p => p.Id) : [])
            .Distinct(StringComparer.Ordinal).ToList();
        var earlier = _rounds.TakeLast(GroupLimits.RememberedRounds)
            .SelectMany(r => r.Tables.Select(t => (IReadOnlyList<string>)t.Select(s => s.Person.Id).ToList())).ToList();
        var grouping = GroupFormation.Form(
            people.Select(p => new GroupMember(p.Id, options.By == GroupKey.Company ? p.Company : p.Category)).ToList(),
            new GroupingOptions(options.TargetSize, options.Companies, options.KeepApart, facilitators, earlier, seed));

        var byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var pinned = facilitators.ToHashSet(StringComparer.Ordinal);
        var round = new TableRound
        {
            Number = (_rounds.Count == 0 ? 0 : _rounds[^1].Number) + 1,
            Options = options,
            Tables = grouping.Tables.Select(t => t.Select(id => new TableSeat(byId[id], pinned.Contains(id))).ToList()).ToList(),
            Score = grouping.Score,
            FormedAt = now,
        };
        _rounds.Add(round);
        if (_rounds.Count > GroupLimits.RememberedRounds + 1) _rounds.RemoveAt(0);
        Active = true;
        Reindex();
        return round;
    }

    /// <summary>
    /// Moves one person to another table of the current round; the table after the last opens a new one. Returns
    /// the two table numbers whose members changed, or null when the person already sits there.
    /// </summary>
    public (int From, int To)? Move(string? memberId, int table)
    {
        var round = Current ?? throw new RuleViolation(ErrorCodes.GroupsNotFormed);
        var (from, seat) = round.Seats().FirstOrDefault(s => s.Seat.Person.Id == memberId);
        if (seat is null) throw new RuleViolation(ErrorCodes.MemberNotFound);
        if (table < 1 || table > round.Tables.Count + 1) throw new RuleViolation(ErrorCodes.TableNotFound);
        if (table == from) return null;
        if (table > round.Tables.Count) round.Tables.Add([]);
        round.Tables[from - 1].Remove(seat);
        round.Tables[table - 1].Add(seat);
        Reindex();
        return (from, table);
    }

    /// <summary>Takes the tables off phones and screens; the round stays remembered for the next forming.</summary>
    public bool End()
    {
        if (!Active) return false;
        Active = false;
        Reindex();
        return true;
    }

    /// <summary>
    /// The ids of everyone seated at the given tables (numbers from 1) of the newest round, also after it was ended (the
    /// console still lists it); null when no tables were ever formed. A number past the last table seats nobody.
    /// </summary>
    public IReadOnlyList<string>? MembersOf(IEnumerable<int> tables)
    {
        if (_rounds.Count == 0) return null;
        var round = _rounds[^1];
        return tables.Distinct().Where(n => n >= 1 && n <= round.Tables.Count)
            .SelectMany(n => round.Tables[n - 1].Select(s => s.Person.Id)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The table (from 1) a phone is at in the current round, or null.</summary>
    public int? TableOf(string deviceId) => _tableOfDevice.TryGetValue(deviceId, out var t) ? t : null;

    private void Reindex() => _tableOfDevice = Current is { } round
        ? round.Seats().Where(s => s.Seat.Person.DeviceId is not null)
            .GroupBy(s => s.Seat.Person.DeviceId!).ToDictionary(g => g.Key, g => g.First().Table, StringComparer.Ordinal)
        : [];
}
