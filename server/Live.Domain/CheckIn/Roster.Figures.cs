using Live.Domain.Common;

namespace Live.Domain.CheckIn;

public sealed record CategoryFigures(string Category, int Invited, int Arrived);

/// <summary>The numbers the console and the check-in wall show.</summary>
public sealed record CheckInFigures(int Invited, int Arrived, int WalkIns, IReadOnlyList<CategoryFigures> ByCategory, IReadOnlyList<Person> Recent);

/// <summary>A staff search's answer: the first matches, and how many matched in all, so a cut-off list can say so.</summary>
public sealed record RosterMatches(IReadOnlyList<Person> People, int Total);

public sealed partial class Roster
{
    public const int RecentMax = 30;

    public CheckInFigures Figures()
    {
        var categories = new List<string>();
        var counts = new Dictionary<string, (int Invited, int Arrived)>(StringComparer.Ordinal);
        foreach (var p in _people)
        {
            var category = p.WalkIn ? WalkInCategory : p.Category;
            if (p.WalkIn && !p.Arrived) continue;
            if (!counts.TryGetValue(category, out var c)) categories.Add(category);
            counts[category] = (c.Invited + (p.WalkIn ? 0 : 1), c.Arrived + (p.Arrived ? 1 : 0));
        }
        // Walk-ins last: they are an addition to the list, not a part of it.
        var ordered = categories.Where(c => c != WalkInCategory).Append(WalkInCategory).Where(counts.ContainsKey);
        var recent = _people.Where(p => p.Arrived).OrderByDescending(p => p.ArrivedAt).ThenByDescending(p => p.Number).Take(RecentMax).ToList();
        return new CheckInFigures(
            _people.Count(p => !p.WalkIn), _people.Count(p => !p.WalkIn && p.Arrived), _people.Count(p => p.WalkIn && p.Arrived),
            ordered.Select(c => new CategoryFigures(c, counts[c].Invited, counts[c].Arrived)).ToList(), recent);
    }

    /// <summary>
    /// Search-as-you-type for staff: name, company or seat containing the text, or phone containing the digits; the first
    /// <paramref name="limit"/> (0 or less: 20; at most 50) in list order, and the number of all matches (an empty
    /// query matches everyone).
    /// </summary>
    public RosterMatches Search(string? query, int limit)
    {
        var clean = Text.Clean(query);
        if (clean.Length > QueryMax) throw new RuleViolation(ErrorCodes.QueryTooLong);
        var take = Math.Clamp(limit <= 0 ? SearchLimitDefault : limit, 1, SearchLimitMax);
        if (clean.Length == 0) return new RosterMatches(_people.Take(take).ToList(), _people.Count);
        var key = NameKey(clean);
        var digits = new string([.. clean.Where(char.IsAsciiDigit)]);
        var matches = _people.Where(p =>
                NameKey(p.Name).Contains(key, StringComparison.Ordinal)
                || (p.Company is { } c && NameKey(c).Contains(key, StringComparison.Ordinal))
                || (p.Seat is { } s && NameKey(s) == key)
                || (digits.Length >= 3 && digits.Length == clean.Replace(" ", "").Length && p.Phone is { } ph && ph.Contains(digits, StringComparison.Ordinal)))
            .ToList();
        return new RosterMatches(matches.Take(take).ToList(), matches.Count);
    }
}
