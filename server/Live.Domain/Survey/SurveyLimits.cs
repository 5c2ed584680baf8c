namespace Live.Domain.Survey;

/// <summary>The survey's limits (docs/API.md "Survey").</summary>
public static class SurveyLimits
{
    public const int MaxQuestions = 20;
    public const int TitleMax = 120;

    /// <summary>The poll kinds a survey question may be: a rating (stars, 1–10, NPS), a choice, or open text.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { "single", "multiple", "rating", "text" };
}
