namespace Live.Domain.Quiz;

/// <summary>How a quiz counts: the host's switches (streak bonus on by default, no penalty).</summary>
/// <param name="WrongPenalty">Points taken for an answer that is wholly wrong (0: none); a player's total never goes below 0.</param>
public sealed record ScoringRules(bool StreakBonus = true, int WrongPenalty = 0);

/// <summary>
/// The points of one answer, all on the server: <c>round(P × c × (1 − (t / T) / 2))</c> for correctness c, answer time t
/// and time limit T; full points under half a second; +100 per consecutive fully right answer from the second, at most
/// +500. A partly right multiple-choice answer earns its share but neither extends nor keeps a streak; the penalty,
/// when the host sets one, is for an answer worth nothing (a multiple choice whose wrong picks cancel its right ones too).
/// </summary>
public static class QuizScoring
{
    public const long FullPointsWithinMs = 500;
    public const int StreakStep = 100;
    public const int StreakCap = 500;

    /// <summary>The time-weighted points, without the streak bonus (0 for a wrong answer).</summary>
    public static int BasePoints(int points, double correctness, long elapsedMs, int timeLimitSeconds)
    {
        if (correctness <= 0) return 0;
        var limitMs = timeLimitSeconds * 1000.0;
        var t = Math.Clamp(elapsedMs, 0, (long)limitMs);
        var speed = t < FullPointsWithinMs ? 1 : 1 - t / limitMs / 2;
        return (int)Math.Round(points * correctness * speed, MidpointRounding.AwayFromZero);
    }

    /// <summary>The bonus for a fully right answer that makes a run of <paramref name="streak"/> (this one included).</summary>
    public static int StreakBonus(int streak) => Math.Min(StreakCap, StreakStep * Math.Max(0, streak - 1));

    /// <summary>
    /// One answer scored. Streak: the player's run of fully right answers before this one. Answers the new run and
    /// the points to add (negative with a penalty).
    /// </summary>
    public static (int Points, int Streak) Score(QuizQuestion question, QuizAnswer answer, long elapsedMs, int streak, ScoringRules rules)
    {
        // A question worth nothing is a warm-up: it neither scores, nor extends, nor ends a run.
        if (question.Points == 0) return (0, streak);
        var correctness = question.Correctness(answer);
        var points = BasePoints(question.Points, correctness, elapsedMs, question.TimeLimitSeconds);
        if (correctness >= 1)
        {
            var run = streak + 1;
            return (points + (rules.StreakBonus ? StreakBonus(run) : 0), run);
        }
        return (correctness <= 0 ? -rules.WrongPenalty : points, 0);
    }
}

/// <summary>
/// How long a phone took, made fair to slow Wi-Fi. The server measures from when it sent the answers until the
/// answer arrived, which charges the phone both network legs. The phone measures from when it showed the answers
/// to the tap, which is exact but can be forged; so its own figure is trusted only down to
/// <see cref="MaxLatencyCreditMs"/> below the server's (the most two legs of venue Wi-Fi cost).
/// </summary>
public static class AnswerTiming
{
    public const long MaxLatencyCreditMs = 1000;

    public static long Elapsed(long serverElapsedMs, long? phoneElapsedMs)
    {
        var server = Math.Max(0, serverElapsedMs);
        return phoneElapsedMs is { } phone ? Math.Clamp(phone, Math.Max(0, server - MaxLatencyCreditMs), server) : server;
    }
}
