namespace Live.Domain.Quiz;

/// <summary>A player's running score. CorrectTimeMs: time taken on right answers, which breaks ties (less is better).</summary>
public sealed class PlayerScore
{
    public required string Id { get; init; }
    public string? Team { get; set; }
    public int Total { get; set; }
    public int Streak { get; set; }
    public long CorrectTimeMs { get; set; }
    public int Correct { get; set; }
    public int Answered { get; set; }
    /// <summary>The rank at the previous leaderboard (0 before the first), for the screen's movement arrows.</summary>
    public int PreviousRank { get; set; }
    /// <summary>The last scored question's points and whether the answer was right; null when the player did not answer it.</summary>
    public int? LastPoints { get; set; }
    public bool? LastCorrect { get; set; }
}

/// <summary>Where a player stands: rank from 1, points, and the points that would take the place above (0 for the leader).</summary>
public sealed record Standing(string Id, int Rank, int Total, int GapToNext, int Movement);

public sealed record TeamStanding(string Team, int Rank, double Score, int Members);

/// <summary>
/// Every player's score in one quiz, ranked by points, then by less time on right answers, then by id (so equal
/// players keep a stable order). Pure: the quiz grain applies each question's answers at its close.
/// </summary>
public sealed class Scoreboard
{
    private readonly Dictionary<string, PlayerScore> _players = new(StringComparer.Ordinal);

    public Scoreboard(IEnumerable<PlayerScore>? players = null)
    {
        foreach (var p in players ?? []) _players[p.Id] = p;
    }

    public IReadOnlyCollection<PlayerScore> Players => _players.Values;

    public PlayerScore Player(string id, string? team = null)
    {
        if (!_players.TryGetValue(id, out var p)) _players[id] = p = new PlayerScore { Id = id, Team = team };
        return p;
    }

    /// <summary>One closed question: each answer scored (elapsed already made fair); every other player's streak ends.</summary>
    public void Apply(QuizQuestion question, IEnumerable<(string PlayerId, QuizAnswer Answer, long ElapsedMs)> answers, ScoringRules rules)
    {
        var answered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, answer, elapsed) in answers)
        {
            if (!answered.Add(id)) continue; // one answer per player per question
            var p = Player(id);
            var (points, streak) = QuizScoring.Score(question, answer, elapsed, p.Streak, rules);
            var before = p.Total;
            p.Total = Math.Max(0, p.Total + points);
            p.LastPoints = p.Total - before;
            p.LastCorrect = question.Correctness(answer) >= 1;
            p.Streak = streak;
            p.Answered++;
            if (question.Correctness(answer) > 0)
            {
                p.Correct++;
                p.CorrectTimeMs += elapsed;
            }
        }
        foreach (var p in _players.Values.Where(p => !answered.Contains(p.Id)))
        {
            (p.LastPoints, p.LastCorrect) = (null, null);
            // Skipping a scored question ends a run (a warm-up worth nothing does not).
            if (question.Points > 0) p.Streak = 0;
        }
    }

    public IReadOnlyList<PlayerScore> Ranked() =>
        _players.Values.OrderByDescending(p => p.Total).ThenBy(p => p.CorrectTimeMs).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every player's standing; Movement: places gained since the previous leaderboard (0 at the first).</summary>
    public IReadOnlyList<Standing> Standings()
    {
        var ranked = Ranked();
        return ranked.Select((p, i) => new Standing(p.Id, i + 1, p.Total, i == 0 ? 0 : ranked[i - 1].Total - p.Total + 1,
            p.PreviousRank == 0 ? 0 : p.PreviousRank - (i + 1))).ToList();
    }

    /// <summary>Remembers the ranks now shown, so the next leaderboard can show who moved.</summary>
    public void MarkShown()
    {
        var ranked = Ranked();
        for (var i = 0; i < ranked.Count; i++) ranked[i].PreviousRank = i + 1;
    }

    /// <summary>Teams by the mean of their members' points (issue 17), ties by name.</summary>
    public IReadOnlyList<TeamStanding> Teams()
    {
        var teams = _players.Values.Where(p => p.Team is not null).GroupBy(p => p.Team!, StringComparer.Ordinal)
            .Select(g => (Team: g.Key, Score: g.Average(p => p.Total), Members: g.Count()))
            .OrderByDescending(t => t.Score).ThenBy(t => t.Team, StringComparer.Ordinal).ToList();
        return teams.Select((t, i) => new TeamStanding(t.Team, i + 1, Math.Round(t.Score, 1), t.Members)).ToList();
    }
}
