using Live.Domain.Common;

namespace Live.Domain.Quiz;

/// <summary>Where a quiz is: before the first question, a question on show (answers open from AnswersAt to Deadline), closed, revealed, the leaderboard, finished.</summary>
public enum QuizPhase { Lobby, Question, Closed, Revealed, Leaderboard, Finished }

/// <summary>How one closed question went: answers, fully right ones, and the mean answer time (for the host's export).</summary>
public sealed record QuestionResult(string QuestionId, int Answered, int Correct, long MeanElapsedMs);

/// <summary>A player's answer to one question as the server took it. ElapsedMs: made fair by <see cref="AnswerTiming"/>.</summary>
public sealed record TakenAnswer(string PlayerId, QuizAnswer Answer, long ElapsedMs, string OpId, DateTimeOffset At);

/// <summary>
/// One run of a quiz, question by question. Time decides, not timers: a question whose deadline has passed is closed
/// whenever anyone next looks (<see cref="Settle"/>), so a grain deactivated or a server restarted mid-question still
/// closes it on time and refuses late answers; the grain's timer only makes the close visible at once.
/// </summary>
public sealed class QuizRun
{
    private readonly Dictionary<string, TakenAnswer> _answers = new(StringComparer.Ordinal);
    private readonly List<QuestionResult> _history = [];

    public QuizRun(IReadOnlyList<QuizQuestion> questions, ScoringRules rules, int readSeconds, Scoreboard? scores = null)
    {
        if (questions.Count == 0) throw new RuleViolation(ErrorCodes.QuizEmpty);
        Questions = questions;
        Rules = rules;
        ReadSeconds = Math.Clamp(readSeconds, 0, QuizLimits.MaxReadSeconds);
        Scores = scores ?? new Scoreboard();
    }

    public IReadOnlyList<QuizQuestion> Questions { get; }
    public ScoringRules Rules { get; }
    public int ReadSeconds { get; }
    public Scoreboard Scores { get; }
    public QuizPhase Phase { get; private set; } = QuizPhase.Lobby;
    /// <summary>The question on show or last shown (−1 in the lobby).</summary>
    public int Index { get; private set; } = -1;
    public DateTimeOffset? ShownAt { get; private set; }
    public QuizQuestion? Current => Index >= 0 && Index < Questions.Count ? Questions[Index] : null;
    public DateTimeOffset? AnswersAt => ShownAt?.AddSeconds(ReadSeconds);
    public DateTimeOffset? Deadline => AnswersAt?.AddSeconds(Current?.TimeLimitSeconds ?? 0);
    /// <summary>The answers to the current question.</summary>
    public IReadOnlyCollection<TakenAnswer> Answers => _answers.Values;
    /// <summary>Every closed question's figures, in the order they closed.</summary>
    public IReadOnlyList<QuestionResult> History => _history;

    /// <summary>Restores a run from storage in the phase it was left in (then <see cref="Settle"/> catches up with the clock).</summary>
    public void Restore(QuizPhase phase, int index, DateTimeOffset? shownAt, IEnumerable<TakenAnswer> answers, IEnumerable<QuestionResult>? history = null)
    {
        (Phase, Index, ShownAt) = (phase, index, shownAt);
        _answers.Clear();
        foreach (var a in answers) _answers[a.PlayerId] = a;
        _history.Clear();
        _history.AddRange(history ?? []);
    }

    /// <summary>Closes the question if its deadline has passed. Returns whether it did.</summary>
    public bool Settle(DateTimeOffset now)
    {
        if (Phase != QuizPhase.Question || now < Deadline) return false;
        CloseAndScore();
        return true;
    }

    /// <summary>
    /// Shows question <paramref name="number"/> (from 1): the next one, from the lobby, a reveal or the leaderboard;
    /// the previous one's answers are scored by then. Asking for the one already shown changes nothing (a double
    /// click, or a resend after a lost answer), so a host can never skip a question by accident.
    /// </summary>
    public bool Show(int number, DateTimeOffset now)
    {
        Settle(now);
        if (number == Index + 1 && Phase != QuizPhase.Lobby) return false;
        if (number != Index + 2 || number > Questions.Count || Phase is QuizPhase.Question or QuizPhase.Closed or QuizPhase.Finished)
            throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        Index++;
        ShownAt = now;
        Phase = QuizPhase.Question;
        _answers.Clear();
        return true;
    }

    /// <summary>
    /// Takes one player's answer. The same player answering again gets the first answer back (a resend after a lost
    /// ack, or a second tap): one answer per question. Returns the answer kept and whether it is new.
    /// </summary>
    public (TakenAnswer Answer, bool New) Answer(string playerId, QuizAnswer answer, string opId, DateTimeOffset now, long? phoneElapsedMs, string? team = null)
    {
        if (_answers.TryGetValue(playerId, out var earlier)) return (earlier, false);
        Settle(now);
        if (Phase != QuizPhase.Question) throw new RuleViolation(ErrorCodes.QuestionClosed);
        if (now < AnswersAt) throw new RuleViolation(ErrorCodes.AnswersNotShown);
        Validate(Current!, answer);
        var elapsed = AnswerTiming.Elapsed((long)(now - AnswersAt!.Value).TotalMilliseconds, phoneElapsedMs);
        var taken = new TakenAnswer(playerId, answer, elapsed, opId, now);
        _answers[playerId] = taken;
        Scores.Player(playerId, team);
        return (taken, true);
    }

    /// <summary>The host closes the question early (or everyone has answered).</summary>
    public bool Close(DateTimeOffset now)
    {
        if (Settle(now) || Phase != QuizPhase.Question) return false;
        CloseAndScore();
        return true;
    }

    /// <summary>Whether every one of <paramref name="players"/> has answered (the grain then closes early).</summary>
    public bool AllAnswered(int players) => players > 0 && _answers.Count >= players;

    /// <summary>The right answer and the distribution. Again when revealed already: nothing changes.</summary>
    public bool Reveal(DateTimeOffset now)
    {
        Settle(now);
        if (Phase == QuizPhase.Revealed) return false;
        if (Phase != QuizPhase.Closed) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        Phase = QuizPhase.Revealed;
        return true;
    }

    public bool ShowLeaderboard()
    {
        if (Phase == QuizPhase.Leaderboard) return false;
        if (Phase != QuizPhase.Revealed) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        Phase = QuizPhase.Leaderboard;
        return true;
    }

    /// <summary>After the last question's reveal or leaderboard: the podium.</summary>
    public bool Finish()
    {
        if (Phase == QuizPhase.Finished) return false;
        if (Phase is not (QuizPhase.Revealed or QuizPhase.Leaderboard) || Index + 1 < Questions.Count) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        Phase = QuizPhase.Finished;
        return true;
    }

    /// <summary>How many chose each option of the current question (shown at the reveal).</summary>
    public IReadOnlyList<int> Distribution() => Current is { } q
        ? Enumerable.Range(0, q.Options.Count).Select(i => _answers.Values.Count(a => a.Answer.Options.Contains(i))).ToList()
        : [];

    private void CloseAndScore()
    {
        Phase = QuizPhase.Closed;
        var q = Current!;
        _history.Add(new QuestionResult(q.Id, _answers.Count, _answers.Values.Count(a => q.Correctness(a.Answer) >= 1),
            _answers.Count == 0 ? 0 : (long)Math.Round(_answers.Values.Average(a => a.ElapsedMs))));
        Scores.Apply(Current!, _answers.Values.OrderBy(a => a.At).Select(a => (a.PlayerId, a.Answer, a.ElapsedMs)), Rules);
    }

    private static void Validate(QuizQuestion q, QuizAnswer a)
    {
        if (q.Kind == QuizQuestionKind.Typed)
        {
            if (string.IsNullOrWhiteSpace(a.Text)) throw new RuleViolation(ErrorCodes.NoSelection);
            if (a.Text.Length > QuizLimits.MaxTypedAnswer) throw new RuleViolation(ErrorCodes.EntryTooLong);
            return;
        }
        if (a.Options.Count == 0) throw new RuleViolation(ErrorCodes.NoSelection);
        if (a.Options.Any(i => i < 0 || i >= q.Options.Count)) throw new RuleViolation(ErrorCodes.InvalidOption);
        if (a.Options.Distinct().Count() != a.Options.Count) throw new RuleViolation(ErrorCodes.InvalidOption);
        if (q.Kind != QuizQuestionKind.Multiple && a.Options.Count > 1) throw new RuleViolation(ErrorCodes.TooManySelections);
    }
}
