using Live.Domain.Common;

namespace Live.Domain.Quiz;

/// <summary>When the screen shows the leaderboard: between questions (the host's choice each time), or only the podium at the end.</summary>
public enum LeaderboardMode { BetweenQuestions, Never }

/// <summary>Where a player's team comes from: no teams, their discussion table, or their check-in category.</summary>
public enum TeamSource { None, Tables, Category }

/// <summary>The host's quiz settings, validated (names as the wire spells them).</summary>
public sealed record QuizOptions(ScoringRules Rules, int ReadSeconds, LeaderboardMode Leaderboard, TeamSource Teams)
{
    public static QuizOptions Parse(bool streakBonus, int wrongPenalty, int readSeconds, string? leaderboard, string? teams)
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
            _ => throw new RuleViolation(ErrorCodes.InvalidQuizSettings),
        };
        return new QuizOptions(new ScoringRules(streakBonus, wrongPenalty), readSeconds, board, team);
    }

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
