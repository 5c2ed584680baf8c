using Live.Domain.Quiz;

namespace Live.Domain.Tests.Quiz;

public sealed class ScoreboardTests
{
    private static readonly QuizQuestion Q = QuizQuestion.Create("q1", QuizQuestionKind.Single, "Q?", ["a", "b"], [0], null, 20, 1000);
    private static readonly QuizAnswer Right = new([0]), Wrong = new([1]);

    [Fact]
    public void Ties_on_points_go_to_less_time_on_right_answers_then_a_stable_order()
    {
        var board = new Scoreboard();
        board.Apply(Q, [("ann", Right, 100), ("bob", Right, 300), ("cat", Right, 200), ("dan", Wrong, 50)], new ScoringRules());

        Assert.Equal(["ann", "cat", "bob", "dan"], board.Ranked().Select(p => p.Id)); // all three under 0.5 s: 1000 each, then time
        var standings = board.Standings();
        Assert.Equal((1, 1000, 0), (standings[0].Rank, standings[0].Total, standings[0].GapToNext));
        Assert.Equal(1, standings[1].GapToNext); // level on points: one more point passes ann
        Assert.Equal(1001, standings[3].GapToNext);
    }

    [Fact]
    public void Skipping_a_question_ends_the_streak_and_a_penalty_never_takes_a_total_below_zero()
    {
        var board = new Scoreboard();
        var rules = new ScoringRules(WrongPenalty: 300);
        board.Apply(Q, [("ann", Right, 0), ("bob", Right, 0)], rules);
        board.Apply(Q, [("ann", Right, 0)], rules);              // bob skips
        board.Apply(Q, [("ann", Right, 0), ("bob", Right, 0)], rules);
        Assert.Equal(1000 + 1100 + 1200, board.Player("ann").Total);
        Assert.Equal(1000 + 1000, board.Player("bob").Total); // his run started again

        board.Apply(Q, [("cat", Wrong, 0)], rules);
        Assert.Equal(0, board.Player("cat").Total);
        Assert.Equal(1, board.Player("cat").Answered);
    }

    [Fact]
    public void A_player_answering_twice_in_one_question_is_scored_once()
    {
        var board = new Scoreboard();
        board.Apply(Q, [("ann", Right, 0), ("ann", Right, 0)], new ScoringRules());
        Assert.Equal(1000, board.Player("ann").Total);
    }

    [Fact]
    public void Movement_compares_with_the_last_leaderboard_shown()
    {
        var board = new Scoreboard();
        board.Apply(Q, [("ann", Right, 0), ("bob", Right, 19_000)], new ScoringRules());
        Assert.All(board.Standings(), s => Assert.Equal(0, s.Movement)); // nothing shown yet
        board.MarkShown();
        board.Apply(Q, [("bob", Right, 0)], new ScoringRules());
        var standings = board.Standings().ToDictionary(s => s.Id);
        Assert.Equal((1, 1), (standings["bob"].Rank, standings["bob"].Movement));
        Assert.Equal((2, -1), (standings["ann"].Rank, standings["ann"].Movement));
    }

    [Fact]
    public void A_team_scores_the_mean_of_its_members()
    {
        var board = new Scoreboard();
        board.Player("ann", "Table 1"); board.Player("bob", "Table 1"); board.Player("cat", "Table 2");
        board.Apply(Q, [("ann", Right, 0), ("cat", Right, 10_000)], new ScoringRules());

        var teams = board.Teams();
        Assert.Equal(("Table 2", 1, 750.0, 1), (teams[0].Team, teams[0].Rank, teams[0].Score, teams[0].Members));
        Assert.Equal(("Table 1", 2, 500.0, 2), (teams[1].Team, teams[1].Rank, teams[1].Score, teams[1].Members));
    }
}
