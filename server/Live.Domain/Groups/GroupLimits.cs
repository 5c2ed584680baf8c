namespace Live.Domain.Groups;

/// <summary>The discussion tables' limits (docs/API.md, "Discussion tables").</summary>
public static class GroupLimits
{
    /// <summary>
    /// Seats per table. The issue asks for 6–8; 年会 banquet tables seat 10 and workshop tables 4, so the console
    /// offers 4–12 with 8 as the default.
    /// </summary>
    public const int MinTableSize = 4;
    public const int MaxTableSize = 12;
    public const int DefaultTableSize = 8;

    /// <summary>Most people one forming seats: the roster's own limit is larger, but 5,000 is the largest hall Live plans for.</summary>
    public const int MaxPeople = 5000;

    /// <summary>Keep-apart sets and the people in each; facilitators (one per table at most is useful).</summary>
    public const int MaxApartSets = 50;
    public const int MaxApartSetSize = 20;
    public const int MaxFacilitators = 1250;

    /// <summary>Earlier rounds the next forming tries not to repeat; older ones are forgotten.</summary>
    public const int RememberedRounds = 5;
}
