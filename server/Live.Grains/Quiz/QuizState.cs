using Live.Contracts;

namespace Live.Grains.Quiz;

/// <summary>What a quiz grain persists: the questions, the settings, where the run is, the current question's answers and every player's score.</summary>
[GenerateSerializer, Alias("live.quiz-state")]
public sealed class QuizState
{
    [Id(0)] public List<QuizQuestionView> Questions { get; set; } = [];
    [Id(1)] public int NextId { get; set; } = 1;
    [Id(2)] public QuizSettings Settings { get; set; } = QuizSettings.Default;
    [Id(3)] public string Phase { get; set; } = "lobby";
    [Id(4)] public int Index { get; set; } = -1;
    [Id(5)] public long? ShownAtMs { get; set; }
    [Id(6)] public List<StoredQuizAnswer> Answers { get; set; } = [];
    [Id(7)] public List<StoredPlayer> Players { get; set; } = [];
    /// <summary>Which player each phone plays as: a checked-in person keeps their score on a new phone.</summary>
    [Id(8)] public Dictionary<string, string> PlayerOfDevice { get; set; } = [];
    /// <summary>Attendees connected when the question was shown: when that many have answered it closes early.</summary>
    [Id(9)] public int Expected { get; set; }
    [Id(10)] public long Version { get; set; }
    /// <summary>Every closed question's figures, for the host's export.</summary>
    [Id(11)] public List<StoredQuestionResult> History { get; set; } = [];
}

[GenerateSerializer, Immutable, Alias("live.stored-question-result")]
public sealed record StoredQuestionResult(
    [property: Id(0)] string QuestionId, [property: Id(1)] int Answered, [property: Id(2)] int Correct, [property: Id(3)] long MeanElapsedMs);

[GenerateSerializer, Immutable, Alias("live.stored-quiz-answer")]
public sealed record StoredQuizAnswer(
    [property: Id(0)] string PlayerId, [property: Id(1)] List<int> Options, [property: Id(2)] string? Text,
    [property: Id(3)] long ElapsedMs, [property: Id(4)] string OpId, [property: Id(5)] long AtMs);

[GenerateSerializer, Immutable, Alias("live.stored-player")]
public sealed record StoredPlayer(
    [property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string? Team, [property: Id(3)] int Total,
    [property: Id(4)] int Streak, [property: Id(5)] long CorrectTimeMs, [property: Id(6)] int Correct, [property: Id(7)] int Answered,
    [property: Id(8)] int PreviousRank, [property: Id(9)] int? LastPoints, [property: Id(10)] bool? LastCorrect);

/// <summary>
/// What answering adds between two snapshots of <see cref="QuizState"/>: the answers to the question on show, the
/// players who joined with them and their phones. Written instead of the whole quiz on each answer's group commit; it
/// names the snapshot it extends, so one left over from before a newer snapshot is ignored on load.
/// </summary>
[GenerateSerializer, Alias("live.quiz-journal")]
public sealed class QuizJournal
{
    [Id(0)] public long BaseVersion { get; set; } = -1;
    [Id(1)] public List<StoredQuizAnswer> Answers { get; set; } = [];
    [Id(2)] public List<StoredPlayer> Players { get; set; } = [];
    [Id(3)] public Dictionary<string, string> PlayerOfDevice { get; set; } = [];
    [Id(4)] public long Version { get; set; }
}
