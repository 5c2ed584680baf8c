using Live.Domain.Common;
using Live.Domain.Quiz;

namespace Live.Domain.Tests.Quiz;

public sealed class QuizRunTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 4, 20, 0, 0, TimeSpan.Zero);

    private static QuizRun TwoQuestions(int readSeconds = 3) => new(
        [QuizQuestion.Create("q1", QuizQuestionKind.Single, "Q1?", ["a", "b"], [0], null, 20, 1000),
         QuizQuestion.Create("q2", QuizQuestionKind.Multiple, "Q2?", ["a", "b", "c"], [0, 2], null, 10, 2000)],
        new ScoringRules(), readSeconds);

    private static string Code(Action a) => Assert.Throws<RuleViolation>(a).Code;

    [Fact]
    public void A_question_opens_after_the_read_time_and_closes_at_its_deadline_by_the_clock_alone()
    {
        var run = TwoQuestions();
        run.Show(1, T0);
        Assert.Equal((QuizPhase.Question, 0, T0.AddSeconds(3), T0.AddSeconds(23)), (run.Phase, run.Index, run.AnswersAt, run.Deadline));

        Assert.Equal(ErrorCodes.AnswersNotShown, Code(() => run.Answer("ann", new([0]), "op1", T0.AddSeconds(2), null)));
        var (taken, isNew) = run.Answer("ann", new([0]), "op1", T0.AddSeconds(5), null);
        Assert.True(isNew);
        Assert.Equal(2000, taken.ElapsedMs); // from when the answers appeared

        Assert.False(run.Settle(T0.AddSeconds(22.9)));
        Assert.Equal(ErrorCodes.QuestionClosed, Code(() => run.Answer("bob", new([0]), "op2", T0.AddSeconds(23), null)));
        Assert.Equal(QuizPhase.Closed, run.Phase); // the late answer itself closed it
        Assert.Equal(1000 - 50, run.Scores.Player("ann").Total); // 2 s of 20: 1000 × (1 − 0.05)
    }

    [Fact]
    public void A_resent_answer_gets_the_first_back_even_after_the_deadline()
    {
        var run = TwoQuestions(readSeconds: 0);
        run.Show(1, T0);
        var first = run.Answer("ann", new([1]), "op1", T0.AddSeconds(1), null).Answer;
        var again = run.Answer("ann", new([0]), "op1-retry", T0.AddSeconds(30), null);
        Assert.False(again.New);
        Assert.Equal(first, again.Answer);
    }

    [Fact]
    public void A_run_restored_mid_question_after_its_deadline_closes_and_scores_once()
    {
        var run = TwoQuestions(readSeconds: 0);
        run.Show(1, T0);
        run.Answer("ann", new([0]), "op1", T0.AddSeconds(1), null);

        // The server went down; it comes back after the deadline with what storage held.
        var restored = new QuizRun(run.Questions, run.Rules, run.ReadSeconds);
        restored.Restore(QuizPhase.Question, run.Index, run.ShownAt, run.Answers);
        Assert.Equal(ErrorCodes.QuestionClosed, Code(() => restored.Answer("bob", new([0]), "op2", T0.AddSeconds(25), null)));
        Assert.False(restored.Settle(T0.AddSeconds(26)));
        Assert.Equal(975, restored.Scores.Player("ann").Total);
    }

    [Fact]
    public void The_host_steps_through_close_reveal_leaderboard_next_and_the_podium()
    {
        var run = TwoQuestions(readSeconds: 0);
        Assert.Equal(ErrorCodes.InvalidQuizStep, Code(() => run.Reveal(T0)));
        run.Show(1, T0);
        run.Answer("ann", new([0]), "a", T0.AddSeconds(0.2), null);
        run.Answer("bob", new([1]), "b", T0.AddSeconds(0.3), null);
        Assert.True(run.AllAnswered(2));
        Assert.Equal(ErrorCodes.InvalidQuizStep, Code(() => run.Show(2, T0.AddSeconds(1)))); // still open
        Assert.False(run.Show(1, T0.AddSeconds(1))); // a double click on question 1 changes nothing
        Assert.True(run.Close(T0.AddSeconds(1)));
        Assert.False(run.Close(T0.AddSeconds(1)));
        run.Reveal(T0.AddSeconds(2));
        Assert.Equal([1, 1], run.Distribution());
        Assert.False(run.Reveal(T0.AddSeconds(2)));
        Assert.True(run.ShowLeaderboard());
        Assert.Equal(ErrorCodes.InvalidQuizStep, Code(() => run.Finish())); // a question is left
        Assert.Equal(ErrorCodes.InvalidQuizStep, Code(() => run.Show(3, T0.AddSeconds(10)))); // no skipping

        Assert.True(run.Show(2, T0.AddSeconds(10)));
        Assert.False(run.Show(2, T0.AddSeconds(10.05)));
        Assert.Empty(run.Answers);
        run.Answer("ann", new([0, 2]), "c", T0.AddMilliseconds(10_100), null);
        run.Reveal(T0.AddSeconds(30)); // past the deadline: closed by the clock, then revealed
        Assert.Equal(ErrorCodes.InvalidQuizStep, Code(() => run.Show(3, T0.AddSeconds(31)))); // no third question
        Assert.True(run.Finish());
        Assert.False(run.Finish());
        Assert.Equal(QuizPhase.Finished, run.Phase);
        Assert.Equal(1000 + 2000 + 100, run.Scores.Player("ann").Total); // two right under 0.5 s, the second with its streak bonus
        Assert.Equal([new QuestionResult("q1", 2, 1, 250), new QuestionResult("q2", 1, 1, 100)], run.History);
    }

    [Theory]
    [InlineData(new int[0], ErrorCodes.NoSelection)]
    [InlineData(new[] { 2 }, ErrorCodes.InvalidOption)]
    [InlineData(new[] { 0, 1 }, ErrorCodes.TooManySelections)]
    [InlineData(new[] { 0, 0 }, ErrorCodes.InvalidOption)]
    public void A_malformed_answer_is_refused_and_not_kept(int[] options, string code)
    {
        var run = TwoQuestions(readSeconds: 0);
        run.Show(1, T0);
        Assert.Equal(code, Code(() => run.Answer("ann", new(options), "op", T0.AddSeconds(1), null)));
        Assert.Empty(run.Answers);
    }

    [Fact]
    public void An_empty_quiz_cannot_run() =>
        Assert.Equal(ErrorCodes.QuizEmpty, Code(() => new QuizRun([], new ScoringRules(), 0)));
}
