namespace Live.Contracts;

// Wire types for the quiz. See docs/API.md ("Quiz"). Never renumber an [Id].

/// <summary>
/// Adds a question (Id null) or edits one while the quiz is in its lobby. Kind: "single", "multiple", "trueFalse",
/// "typed". Correct: indices of the right options; Accepted: spellings of a typed answer.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.quiz-question-request")]
public sealed record QuizQuestionRequest(
    [property: Id(0)] string? Id,
    [property: Id(1)] string? Kind,
    [property: Id(2)] string? Text,
    [property: Id(3)] IReadOnlyList<string>? Options,
    [property: Id(4)] IReadOnlyList<int>? Correct,
    [property: Id(5)] IReadOnlyList<string>? Accepted,
    [property: Id(6)] int TimeLimitSeconds,
    [property: Id(7)] int Points);

/// <summary>
/// How the quiz counts and shows. ReadSeconds: the question alone before its answers appear (0–10). Leaderboard:
/// "betweenQuestions" (default) or "never" (the podium still shows at the end). Teams: "none" (default), "tables"
/// (each player's discussion table), "category" (the check-in category), "company" (the check-in list's company) or
/// "pick" (each phone picks one of TeamNames before its first answer: 2–12 distinct names of 1–30 characters).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.quiz-settings")]
public sealed record QuizSettings(
    [property: Id(0)] bool StreakBonus = true,
    [property: Id(1)] int WrongPenalty = 0,
    [property: Id(2)] int ReadSeconds = 3,
    [property: Id(3)] string Leaderboard = "betweenQuestions",
    [property: Id(4)] string Teams = "none",
    [property: Id(5)] IReadOnlyList<string>? TeamNames = null)
{
    public static readonly QuizSettings Default = new();

    /// <summary>Equal field by field, the team names by their sequence (a record compares lists by reference).</summary>
    public bool SameAs(QuizSettings other) =>
        this with { TeamNames = null } == other with { TeamNames = null } && (TeamNames ?? []).SequenceEqual(other.TeamNames ?? []);
}

/// <summary>A phone's answer. ElapsedMs: the phone's own time from showing the answers to the tap (trusted within 1 s of the server's).</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-answer-request")]
public sealed record QuizAnswerRequest(
    [property: Id(0)] string? QuestionId,
    [property: Id(1)] IReadOnlyList<int>? Options,
    [property: Id(2)] string? Text,
    [property: Id(3)] long? ElapsedMs,
    [property: Id(4)] string? OpId);

/// <summary>What the server took (the first answer, also when resent). Never says whether it was right: that waits for the reveal.</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-answer-ack")]
public sealed record QuizAnswerAck(
    [property: Id(0)] string QuestionId,
    [property: Id(1)] IReadOnlyList<int> Options,
    [property: Id(2)] string? Text,
    [property: Id(3)] long ElapsedMs);

/// <summary>A question as the host wrote it, answer key included: for the host only.</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-question-view")]
public sealed record QuizQuestionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Text,
    [property: Id(3)] IReadOnlyList<string> Options,
    [property: Id(4)] IReadOnlyList<int> Correct,
    [property: Id(5)] IReadOnlyList<string> Accepted,
    [property: Id(6)] int TimeLimitSeconds,
    [property: Id(7)] int Points);

/// <summary>
/// The question on show as screens and phones see it. Correct and Accepted are empty and Distribution null until
/// the reveal; Options appear with the question (phones enable them at AnswersAt).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.quiz-live-question")]
public sealed record LiveQuizQuestion(
    [property: Id(0)] string Id,
    [property: Id(1)] int Number,
    [property: Id(2)] string Kind,
    [property: Id(3)] string Text,
    [property: Id(4)] IReadOnlyList<string> Options,
    [property: Id(5)] int TimeLimitSeconds,
    [property: Id(6)] int Points,
    [property: Id(7)] long ShownAt,
    [property: Id(8)] long AnswersAt,
    [property: Id(9)] long Deadline,
    [property: Id(10)] IReadOnlyList<int> Correct,
    [property: Id(11)] IReadOnlyList<string> Accepted,
    [property: Id(12)] IReadOnlyList<int>? Distribution);

/// <summary>A line of the leaderboard. Movement: places gained since the last leaderboard shown.</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-leader")]
public sealed record QuizLeader(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Name,
    [property: Id(2)] int Score,
    [property: Id(3)] int Movement,
    [property: Id(4)] string? Team);

[GenerateSerializer, Immutable, Alias("live.quiz-team")]
public sealed record QuizTeamView(
    [property: Id(0)] int Rank,
    [property: Id(1)] string Team,
    [property: Id(2)] double Score,
    [property: Id(3)] int Members);

/// <summary>
/// The quiz for hosts (with Questions and their keys), and for screens and phones (Questions empty). Phase: "lobby",
/// "question", "closed", "revealed", "leaderboard", "finished". Leaders: the top 10 while the leaderboard or the
/// podium is up; Teams likewise. Now: the server's clock (Unix ms) for the countdown.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.quiz-view")]
public sealed record QuizView(
    [property: Id(0)] long Version,
    [property: Id(1)] long Now,
    [property: Id(2)] string Phase,
    [property: Id(3)] int QuestionCount,
    [property: Id(4)] QuizSettings Settings,
    [property: Id(5)] LiveQuizQuestion? Current,
    [property: Id(6)] int Answered,
    [property: Id(7)] int Players,
    [property: Id(8)] IReadOnlyList<QuizLeader> Leaders,
    [property: Id(9)] IReadOnlyList<QuizTeamView> Teams,
    [property: Id(10)] IReadOnlyList<QuizQuestionView> Questions);

/// <summary>
/// A phone's own standing, sent to it alone at each reveal. Rank 0: not playing yet. LastPoints/LastCorrect: the
/// revealed question's (null when it did not answer).
/// </summary>
[GenerateSerializer, Immutable, Alias("live.my-quiz")]
public sealed record MyQuizView(
    [property: Id(0)] string Name,
    [property: Id(1)] int Score,
    [property: Id(2)] int Rank,
    [property: Id(3)] int Players,
    [property: Id(4)] int GapToNext,
    [property: Id(5)] int Streak,
    [property: Id(6)] int? LastPoints,
    [property: Id(7)] bool? LastCorrect,
    [property: Id(8)] string? Team,
    [property: Id(9)] QuizAnswerAck? MyAnswer);

[GenerateSerializer, Immutable, Alias("live.quiz-readout")]
public sealed record QuizReadout([property: Id(0)] QuizView View, [property: Id(1)] MyQuizView? Mine);

/// <summary>One player's line of the host's export, in rank order. CorrectTimeMs: time taken on right answers (the tie-break).</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-player-row")]
public sealed record QuizPlayerRow(
    [property: Id(0)] int Rank, [property: Id(1)] string Name, [property: Id(2)] string? Team, [property: Id(3)] int Score,
    [property: Id(4)] int Correct, [property: Id(5)] int Answered, [property: Id(6)] long CorrectTimeMs);

/// <summary>One closed question's line of the host's export.</summary>
[GenerateSerializer, Immutable, Alias("live.quiz-question-row")]
public sealed record QuizQuestionRow(
    [property: Id(0)] int Number, [property: Id(1)] string Text, [property: Id(2)] string Kind, [property: Id(3)] int Answered,
    [property: Id(4)] int Correct, [property: Id(5)] long MeanElapsedMs);

[GenerateSerializer, Immutable, Alias("live.quiz-export")]
public sealed record QuizExport([property: Id(0)] IReadOnlyList<QuizPlayerRow> Players, [property: Id(1)] IReadOnlyList<QuizQuestionRow> Questions);

/// <summary>A session's quiz: its questions, its run and its scores. Key: "{code}/quiz".</summary>
[Alias("live.IQuizGrain")]
public interface IQuizGrain : IGrainWithStringKey, IErasableGrain
{
    /// <summary>The view for the role (the host's has the questions and keys) and, for a phone, its own standing.</summary>
    [Alias("Read")] Task<QuizReadout> Read(string role, string? deviceId);
    [Alias("SaveQuestion")] Task<QuizView> SaveQuestion(QuizQuestionRequest request);
    [Alias("DeleteQuestion")] Task<QuizView> DeleteQuestion(string questionId);
    [Alias("SetSettings")] Task<QuizView> SetSettings(QuizSettings settings);
    /// <summary>Shows question <c>number</c> (from 1): the next one; the one already on show again changes nothing.</summary>
    [Alias("Show")] Task<QuizView> Show(int number);
    [Alias("Close")] Task<QuizView> Close();
    [Alias("Reveal")] Task<QuizView> Reveal();
    [Alias("ShowLeaderboard")] Task<QuizView> ShowLeaderboard();
    [Alias("Finish")] Task<QuizView> Finish();
    /// <summary>Back to the lobby with every score cleared; the questions stay.</summary>
    [Alias("Reset")] Task<QuizView> Reset();
    /// <summary>The players in rank order and every closed question's figures, for the host's CSV exports.</summary>
    [Alias("Export")] Task<QuizExport> Export();
    /// <summary>Returns once the answer is durable.</summary>
    [Alias("Answer")] Task<QuizAnswerAck> Answer(string deviceId, string? nickname, QuizAnswerRequest request);
    /// <summary>Teams by pick: the phone plays for <c>team</c> (one of the host's names) until its first answer.</summary>
    [Alias("ChooseTeam")] Task<MyQuizView> ChooseTeam(string deviceId, string? nickname, string? team);
}
