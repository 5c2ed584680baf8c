using Live.Domain.Common;
using Live.Domain.Quiz;

namespace Live.Domain.Tests.Quiz;

public sealed class QuizScoringTests
{
    private static QuizQuestion Single(int points = 1000, int limit = 20) => QuizQuestion.Create("q1", QuizQuestionKind.Single, "2 + 2?", ["3", "4", "5"], [1], null, limit, points);
    private static QuizQuestion Multiple() => QuizQuestion.Create("q2", QuizQuestionKind.Multiple, "Which are primes?", ["2", "3", "4", "6"], [0, 1], null, 20, 1000);
    private static QuizAnswer Pick(params int[] options) => new(options);

    [Theory]
    [InlineData(0, 1000)]       // instant
    [InlineData(499, 1000)]     // under half a second: full points
    [InlineData(500, 988)]      // 1000 × (1 − 0.025 / 2) = 987.5 → 988
    [InlineData(10_000, 750)]   // half the time: three quarters
    [InlineData(20_000, 500)]   // at the deadline: half
    [InlineData(60_000, 500)]   // a time past the limit counts as the limit
    public void A_right_answer_earns_points_by_speed(long elapsedMs, int expected) =>
        Assert.Equal(expected, QuizScoring.BasePoints(1000, 1, elapsedMs, 20));

    [Fact]
    public void A_wrong_answer_earns_nothing_and_zero_point_questions_give_no_streak_bonus()
    {
        Assert.Equal(0, QuizScoring.BasePoints(1000, 0, 100, 20));
        Assert.Equal((0, 3), QuizScoring.Score(Single(points: 0), Pick(1), 100, streak: 3, new ScoringRules())); // a warm-up: neither extends nor ends a run
        Assert.Equal((0, 3), QuizScoring.Score(Single(points: 0), Pick(0), 100, streak: 3, new ScoringRules(WrongPenalty: 100)));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 100)]
    [InlineData(3, 200)]
    [InlineData(6, 500)]
    [InlineData(20, 500)]  // capped
    public void The_streak_bonus_grows_from_the_second_right_answer_and_stops_at_500(int streak, int bonus) =>
        Assert.Equal(bonus, QuizScoring.StreakBonus(streak));

    [Fact]
    public void Score_adds_the_bonus_keeps_the_run_and_the_host_can_turn_the_bonus_off()
    {
        Assert.Equal((1200, 3), QuizScoring.Score(Single(), Pick(1), 0, streak: 2, new ScoringRules()));
        Assert.Equal((1000, 3), QuizScoring.Score(Single(), Pick(1), 0, streak: 2, new ScoringRules(StreakBonus: false)));
        Assert.Equal((0, 0), QuizScoring.Score(Single(), Pick(0), 0, streak: 2, new ScoringRules()));
        Assert.Equal((-250, 0), QuizScoring.Score(Single(), Pick(0), 0, streak: 2, new ScoringRules(WrongPenalty: 250)));
    }

    [Fact]
    public void Multiple_choice_gives_a_share_per_right_option_less_one_per_wrong_one_and_only_all_right_keeps_a_streak()
    {
        var q = Multiple();
        Assert.Equal(1, q.Correctness(Pick(0, 1)));
        Assert.Equal(0.5, q.Correctness(Pick(0)));
        Assert.Equal(0.5, q.Correctness(Pick(0, 1, 2)));
        Assert.Equal(0, q.Correctness(Pick(0, 2)));
        Assert.Equal(0, q.Correctness(Pick(2, 3)));
        Assert.Equal((500, 0), QuizScoring.Score(q, Pick(0), 0, streak: 4, new ScoringRules()));
        Assert.Equal((-100, 0), QuizScoring.Score(q, Pick(0, 2), 0, streak: 4, new ScoringRules(WrongPenalty: 100))); // one right cancelled by one wrong: wholly wrong
    }

    [Theory]
    [InlineData("Model X-7", true)]
    [InlineData("  modelx7 ", true)]
    [InlineData("ＭＯＤＥＬ　Ｘ７", true)]   // full-width, as a Chinese keyboard types it
    [InlineData("Modèl X7", true)]          // accents ignored
    [InlineData("上海", true)]
    [InlineData("Model X8", false)]
    [InlineData("", false)]
    public void A_typed_answer_matches_any_accepted_spelling_whatever_its_case_width_or_spacing(string typed, bool right)
    {
        var q = QuizQuestion.Create("q3", QuizQuestionKind.Typed, "Our new flagship?", null, null, ["Model X7", "上海"], 30, 1000);
        Assert.Equal(right ? 1 : 0, q.Correctness(new QuizAnswer([], typed)));
    }

    [Theory]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "b" }, new[] { 0, 1 }, 20, 1000, ErrorCodes.AnswerKeyRequired)]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "b" }, new int[0], 20, 1000, ErrorCodes.AnswerKeyRequired)]
    [InlineData(QuizQuestionKind.Multiple, new[] { "a", "b" }, new[] { 2 }, 20, 1000, ErrorCodes.AnswerKeyRequired)]
    [InlineData(QuizQuestionKind.Single, new[] { "a" }, new[] { 0 }, 20, 1000, ErrorCodes.OptionCount)]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "A" }, new[] { 0 }, 20, 1000, ErrorCodes.OptionDuplicate)]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "b" }, new[] { 0 }, 4, 1000, ErrorCodes.InvalidTimeLimit)]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "b" }, new[] { 0 }, 121, 1000, ErrorCodes.InvalidTimeLimit)]
    [InlineData(QuizQuestionKind.Single, new[] { "a", "b" }, new[] { 0 }, 20, -1, ErrorCodes.InvalidPoints)]
    [InlineData(QuizQuestionKind.Typed, null, null, 20, 1000, ErrorCodes.AnswerKeyRequired)]
    public void A_question_without_a_usable_key_or_in_range_settings_is_refused(QuizQuestionKind kind, string[]? options, int[]? correct, int limit, int points, string code) =>
        Assert.Equal(code, Assert.Throws<RuleViolation>(() => QuizQuestion.Create("q", kind, "Q?", options, correct, null, limit, points)).Code);

    [Fact]
    public void True_false_has_its_two_fixed_options()
    {
        var q = QuizQuestion.Create("q", QuizQuestionKind.TrueFalse, "Founded in 1998?", ["ignored"], [1], null, 10, 1000);
        Assert.Equal(["true", "false"], q.Options);
        Assert.Equal(1, q.Correctness(Pick(1)));
    }

    [Theory]
    [InlineData(3000, null, 3000)]     // no phone figure: the server's
    [InlineData(3000, 2400, 2400)]     // a phone on slow Wi-Fi: its own figure, 600 ms of network not charged
    [InlineData(3000, 500, 2000)]      // a forged figure: at most 1 s of credit
    [InlineData(3000, 5000, 3000)]     // never more than the server saw
    [InlineData(400, -50, 0)]
    public void The_answer_time_trusts_the_phone_only_within_a_second_of_the_server(int server, int? phone, int expected) =>
        Assert.Equal(expected, AnswerTiming.Elapsed(server, phone));
}
