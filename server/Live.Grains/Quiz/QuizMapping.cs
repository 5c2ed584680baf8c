using Live.Contracts;
using Live.Domain.Quiz;

namespace Live.Grains.Quiz;

/// <summary>Between the rules' records, what is stored and what goes on the wire.</summary>
internal static class QuizMapping
{
    public static QuizQuestionView ToView(this QuizQuestion q) =>
        new(q.Id, QuizOptions.Name(q.Kind), q.Text, q.Options, q.Correct, q.Accepted, q.TimeLimitSeconds, q.Points);

    public static QuizQuestion ToDomain(this QuizQuestionView q) =>
        new(q.Id, QuizOptions.Kind(q.Kind), q.Text, q.Options, q.Correct, q.Accepted, q.TimeLimitSeconds, q.Points);

    public static QuizOptions ToOptions(this QuizSettings s) => QuizOptions.Parse(s.StreakBonus, s.WrongPenalty, s.ReadSeconds, s.Leaderboard, s.Teams, s.TeamNames);

    public static StoredQuizAnswer ToStored(this TakenAnswer a) =>
        new(a.PlayerId, [.. a.Answer.Options], a.Answer.Text, a.ElapsedMs, a.OpId, a.At.ToUnixTimeMilliseconds());

    public static TakenAnswer ToDomain(this StoredQuizAnswer a) =>
        new(a.PlayerId, new QuizAnswer(a.Options, a.Text), a.ElapsedMs, a.OpId, DateTimeOffset.FromUnixTimeMilliseconds(a.AtMs));

    public static StoredPlayer ToStored(this PlayerScore p, string name) =>
        new(p.Id, name, p.Team, p.Total, p.Streak, p.CorrectTimeMs, p.Correct, p.Answered, p.PreviousRank, p.LastPoints, p.LastCorrect);

    public static PlayerScore ToDomain(this StoredPlayer p) => new()
    {
        Id = p.Id, Team = p.Team, Total = p.Total, Streak = p.Streak, CorrectTimeMs = p.CorrectTimeMs, Correct = p.Correct,
        Answered = p.Answered, PreviousRank = p.PreviousRank, LastPoints = p.LastPoints, LastCorrect = p.LastCorrect,
    };

    public static QuizAnswerAck ToAck(this TakenAnswer a, string questionId) => new(questionId, a.Answer.Options, a.Answer.Text, a.ElapsedMs);
}
