using Live.Contracts;

namespace Live.Grains.Qna;

/// <summary>What a Q&A grain persists: the questions with their upvoters, the policy, the moderation log.</summary>
[GenerateSerializer, Alias("live.qna-state")]
public sealed class QnaState
{
    [Id(0)] public List<StoredQuestion> Questions { get; set; } = [];
    /// <summary>Null until the host changes anything: then the defaults apply.</summary>
    [Id(1)] public QnaSettings? Settings { get; set; }
    /// <summary>Null until the host edits it: then the default zh/en list applies.</summary>
    [Id(2)] public List<string>? Blocklist { get; set; }
    [Id(3)] public List<BanView> Bans { get; set; } = [];
    [Id(4)] public List<ModerationLogEntry> Log { get; set; } = [];
    /// <summary>Grows with every change, across restarts.</summary>
    [Id(5)] public long Version { get; set; }
}

[GenerateSerializer, Immutable, Alias("live.stored-question")]
public sealed record StoredQuestion(
    [property: Id(0)] int Number,
    [property: Id(1)] string Text,
    [property: Id(2)] string? OriginalText,
    [property: Id(3)] string? Author,
    [property: Id(4)] bool Anonymous,
    [property: Id(5)] string Channel,
    [property: Id(6)] string DeviceId,
    [property: Id(7)] string OpId,
    [property: Id(8)] string State,
    [property: Id(9)] bool Starred,
    [property: Id(10)] bool Flagged,
    [property: Id(11)] string[] Upvoters,
    [property: Id(12)] DateTimeOffset CreatedAt,
    [property: Id(13)] DateTimeOffset UpdatedAt);
