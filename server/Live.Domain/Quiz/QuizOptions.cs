using Live.Domain.Common;

namespace Live.Domain.Quiz;

/// <summary>When the screen shows the leaderboard: between questions (the host's choice each time), or only the podium at the end.</summary>
public enum LeaderboardMode { BetweenQuestions, Never }

/// <summary>
/// Where a player's team comes from: no teams, their discussion table, their check-in category, their company on the
/// check-in list, or the team they pick on their phone from the host's names.
/// </summary>
public enum TeamSource { None, Tables, Category, Company, Pick }

/// <summary>The host's quiz settings, validated (names as the wire spells them). TeamNames: trimmed, for teams by pick.</summary>
public sealed record QuizOptions(ScoringRules Rules, int ReadSeconds, LeaderboardMode Leaderboard, TeamSource Teams, IReadOnlyList<string> TeamNames)
{
    public static QuizOptions Parse(bool streakBonus, int wrongPenalty, int readSeconds, string? leaderboard, string? teams,
        IReadOnlyList<string>? teamNames = null)
    {
        if (wrongPenalty is < 0 or > QuizLimits.MaxPoints || readSeconds is < 0 or > QuizLimits.MaxReadSeconds)
            throw new RuleViolation(ErrorCodes.InvalidQuizSettings);
        var board = leaderboard?.Trim().ToLowerInvariant() switch
        {
            null or "" or "betweenquestions" => LeaderboardMode.BetweenQuestions,
            "never" => LeaderboardMode.Never,
            _ => throw new RuleViolation(ErrorCodes.InvalidQuizSettings),
        };
        var team = teams?.Trim().ToLowerInvariant() switch
        {
            null or "" or "none" => TeamSource.None,
            "tables" => TeamSource.Tables,
            "category" => TeamSource.Category,
            "company" => TeamSource.Company,
            "pick" => TeamSource.Pick,
            _ => throw new RuleViolation(ErrorCodes.InvalidQuizSettings),
        };
        return new QuizOptions(new ScoringRules(streakBonus, wrongPenalty), readSeconds, board, team, PickNames(team, teamNames));
    }

    /// <summary>
    /// The names phones pick from: 2–12 distinct names of 1–30 characters when teams are picked; kept (checked the
    /// same way, at most 12) under any other source, so switching back and forth loses nothing the host typed.
    /// </summary>
    private static IReadOnlyList<string> PickNames(TeamSource team, IReadOnlyList<string>? names)
    {
        var trimmed = (names ?? []).Select(n => n?.Trim() ?? "").ToList();
        if (trimmed.Count > QuizLimits.MaxTeams || trimmed.Any(n => n.Length is 0 or > QuizLimits.MaxTeamName)
            || trimmed.Distinct(StringComparer.OrdinalIgnoreCase).Count() != trimmed.Count
            || (team == TeamSource.Pick && trimmed.Count < QuizLimits.MinTeams))
            throw new RuleViolation(ErrorCodes.InvalidQuizSettings);
        return trimmed;
    }

    public static string Name(TeamSource team) => team switch
    {
        TeamSource.Tables => "tables",
        TeamSource.Category => "category",
        TeamSource.Company => "company",
        TeamSource.Pick => "pick",
        _ => "none",
    };

    public static QuizQuestionKind Kind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "single" => QuizQuestionKind.Single,
        "multiple" => QuizQuestionKind.Multiple,
        "truefalse" => QuizQuestionKind.TrueFalse,
        "typed" => QuizQuestionKind.Typed,
        _ => throw new RuleViolation(ErrorCodes.InvalidPollKind),
    };

    public static string Name(QuizQuestionKind kind) => kind switch
    {
        QuizQuestionKind.Multiple => "multiple",
        QuizQuestionKind.TrueFalse => "trueFalse",
        QuizQuestionKind.Typed => "typed",
        _ => "single",
    };

    public static string Name(QuizPhase phase) => phase.ToString().ToLowerInvariant();

    public static QuizPhase Phase(string? name) => Enum.TryParse<QuizPhase>(name, ignoreCase: true, out var p) ? p : QuizPhase.Lobby;
}
