using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.Rating;

/// <summary>The points of a rating: stars5 is 1–5, scale10 is 1–10, nps is 0–10 (with promoters and detractors).</summary>
public sealed record RatingScale(string Name, int Min, int Max)
{
    public static readonly RatingScale Stars5 = new("stars5", 1, 5);
    public static readonly RatingScale Scale10 = new("scale10", 1, 10);
    public static readonly RatingScale Nps = new("nps", 0, 10);

    public int Points => Max - Min + 1;

    public bool IsNps => this == Nps;

    public bool Holds(int rating) => rating >= Min && rating <= Max;

    /// <summary>The scale by name; none means stars.</summary>
    public static RatingScale Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "stars5" => Stars5,
        "scale10" => Scale10,
        "nps" => Nps,
        _ => throw new RuleViolation(ErrorCodes.InvalidVariant),
    };

    /// <summary>
    /// Net Promoter Score from a 0–10 distribution: the percentage who gave 9 or 10 minus the percentage who gave 0 to 6,
    /// rounded to a whole number (−100..100); 0 when nobody answered.
    /// </summary>
    public static int NetPromoterScore(IReadOnlyList<int> distribution)
    {
        var total = distribution.Sum();
        if (total == 0) return 0;
        var promoters = distribution[9] + distribution[10];
        var detractors = distribution.Take(7).Sum();
        return (int)Math.Round(100.0 * (promoters - detractors) / total, MidpointRounding.AwayFromZero);
    }
}
