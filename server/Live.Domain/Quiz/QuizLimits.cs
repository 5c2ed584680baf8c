namespace Live.Domain.Quiz;

/// <summary>The quiz's limits (issue 17; docs/API.md once the hub methods land).</summary>
public static class QuizLimits
{
    public const int MaxQuestions = 50;
    public const int MinTimeLimitSeconds = 5;
    public const int MaxTimeLimitSeconds = 120;
    public const int MaxPoints = 10_000;
    public const int MaxAcceptedSpellings = 10;
    public const int MaxTypedAnswer = 40;
    /// <summary>Seconds a question is on show before its answers appear (the read time), at most.</summary>
    public const int MaxReadSeconds = 10;
    /// <summary>Teams a host names for phones to pick from (teams by pick).</summary>
    public const int MinTeams = 2;
    public const int MaxTeams = 12;
    public const int MaxTeamName = 30;
}
