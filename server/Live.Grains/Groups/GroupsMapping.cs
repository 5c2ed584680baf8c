using Live.Contracts;
using Live.Domain.Groups;

namespace Live.Grains.Groups;

/// <summary>Between the rules' records, what is stored and what goes on the wire.</summary>
internal static class GroupsMapping
{
    public static string Name(this GroupSource s) => s == GroupSource.Joined ? "joined" : "checkedIn";
    private static string Name(this CompanyRule r) => r switch { CompanyRule.Together => "together", CompanyRule.Ignore => "ignore", _ => "spread" };
    private static string Name(this GroupKey k) => k == GroupKey.Category ? "category" : "company";

    public static StoredTableRound ToStored(this TableRound r) => new(
        r.Number, r.Options.Source.Name(), r.Options.TargetSize, r.Options.Companies.Name(), r.Options.By.Name(),
        r.Tables.Select(t => t.Select(s => new StoredSeat(s.Person.Id, s.Person.Name, s.Person.Company, s.Person.Category, s.Person.DeviceId, s.Facilitator)).ToList()).ToList(),
        new StoredScore(r.Score.SmallestTable, r.Score.LargestTable, r.Score.MostColleaguesAtOneTable, r.Score.SameCompanyPairs, r.Score.CompaniesSplit,
            r.Score.RepeatedPairs, r.Score.ApartBroken),
        r.FormedAt.ToUnixTimeMilliseconds(), r.Options.FacilitatorCategory);

    public static TableRound ToDomain(this StoredTableRound r) => new()
    {
        Number = r.Number,
        // Keep-apart sets and named facilitators shaped that forming only; what later formings remember is the tables.
        Options = DiscussionTables.Options(r.Source, r.TargetSize, r.Companies, r.By, null, null, r.FacilitatorCategory),
        Tables = r.Tables.Select(t => t.Select(s => new TableSeat(new Seatable(s.Id, s.Name, s.Company, s.Category, s.DeviceId), s.Facilitator)).ToList()).ToList(),
        Score = new GroupingScore(r.Score.SmallestTable, r.Score.LargestTable, r.Score.MostColleaguesAtOneTable, r.Score.SameCompanyPairs,
            r.Score.CompaniesSplit, r.Score.RepeatedPairs, r.Score.ApartBroken),
        FormedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.FormedAtMs),
    };

    private static TableMemberView ToView(this TableSeat s) => new(s.Person.Id, s.Person.Name, s.Person.Company, s.Facilitator);

    public static GroupsView ToView(this DiscussionTables tables, long version)
    {
        var round = tables.Rounds.Count == 0 ? null : tables.Rounds[^1];
        return new GroupsView(version, round?.Number ?? 0, tables.Active, round?.Options.TargetSize ?? GroupLimits.DefaultTableSize,
            (round?.Options.Source ?? GroupSource.CheckedIn).Name(), round?.FormedAt.ToUnixTimeMilliseconds(),
            round is null ? [] : round.Tables.Select((t, i) => new TableView(i + 1, t.Select(ToView).ToList())).ToList(),
            round is null ? null : new GroupingScoreView(round.Score.SmallestTable, round.Score.LargestTable, round.Score.SameCompanyPairs,
                round.Score.RepeatedPairs, round.Score.ApartBroken));
    }

    /// <summary>A phone's table and its mates (everyone there but the phone's own person).</summary>
    public static MyTableView MyTable(this DiscussionTables tables, string deviceId)
    {
        var round = tables.Current;
        if (round is null || tables.TableOf(deviceId) is not { } table) return new MyTableView(tables.Rounds.Count == 0 ? 0 : tables.Rounds[^1].Number, null, []);
        return new MyTableView(round.Number, table, round.Tables[table - 1].Where(s => s.Person.DeviceId != deviceId)
            .Select(s => new TableMateView(s.Person.Name, s.Person.Company, s.Facilitator)).ToList());
    }
}
