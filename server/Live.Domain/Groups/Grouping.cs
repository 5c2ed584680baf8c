namespace Live.Domain.Groups;

/// <summary>Someone to seat at a discussion table. Company: the company or check-in category the rules spread or keep together.</summary>
public sealed record GroupMember(string Id, string? Company);

/// <summary>What to do with colleagues: nothing, spread them over the tables, or seat them together.</summary>
public enum CompanyRule { Ignore, Spread, Together }

/// <summary>
/// How to form the tables. The hub validates these before they reach the rule (sizes 6–8, known ids).
/// </summary>
/// <param name="TargetSize">People per table; tables are as equal as the count allows and never larger.</param>
/// <param name="KeepApart">Sets of ids of which no two share a table (two regional managers).</param>
/// <param name="Facilitators">Ids placed first, one per table while they last, and never moved.</param>
/// <param name="EarlierRounds">Every table of earlier rounds: pairs who sat together there are kept apart where possible.</param>
/// <param name="Seed">The same inputs and seed give the same tables.</param>
public sealed record GroupingOptions(
    int TargetSize,
    CompanyRule Companies = CompanyRule.Spread,
    IReadOnlyList<IReadOnlyList<string>>? KeepApart = null,
    IReadOnlyList<string>? Facilitators = null,
    IReadOnlyList<IReadOnlyList<string>>? EarlierRounds = null,
    int Seed = 0);

/// <summary>The tables, each a list of ids (facilitator first), and how well they meet the rules.</summary>
public sealed record Grouping(IReadOnlyList<IReadOnlyList<string>> Tables, GroupingScore Score);

/// <summary>
/// How the tables meet the rules, for the console and for tests. SameCompanyPairs: pairs of colleagues at one table;
/// CompaniesSplit: tables a company spans beyond the fewest it could (Together); RepeatedPairs: pairs who also sat together
/// in an earlier round; ApartBroken: pairs from a keep-apart set at one table (0 unless it cannot be helped).
/// </summary>
public sealed record GroupingScore(
    int SmallestTable, int LargestTable, int MostColleaguesAtOneTable, int SameCompanyPairs, int CompaniesSplit,
    int RepeatedPairs, int ApartBroken);
