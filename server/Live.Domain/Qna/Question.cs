using Live.Domain.Sessions;

namespace Live.Domain.Qna;

/// <summary>One audience question. Mutable, owned by its <see cref="QuestionQueue"/>.</summary>
public sealed class Question
{
    public required int Number { get; init; }
    public string Id => $"q{Number}";
    public required string Text { get; set; }
    /// <summary>What the author typed, kept when a moderator fixes the text; null while unedited.</summary>
    public string? OriginalText { get; set; }
    /// <summary>The author's nickname as shown, or null when anonymous.</summary>
    public string? Author { get; init; }
    public bool Anonymous { get; init; }
    public required AttendanceMode Channel { get; init; }
    public required string DeviceId { get; init; }
    public required string OpId { get; init; }
    public QuestionState State { get; set; }
    public bool Starred { get; set; }
    /// <summary>Held for review because the word filter matched.</summary>
    public bool Flagged { get; init; }
    public HashSet<string> Upvoters { get; init; } = new(StringComparer.Ordinal);
    public int Votes => Upvoters.Count;
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A line of the moderation log: who moved what, when. Nothing is ever removed from it.</summary>
public sealed record ModerationEntry(DateTimeOffset At, string QuestionId, string Action, string? From, string? To, string? Detail);
