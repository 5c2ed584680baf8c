using Live.Domain.Common;

namespace Live.Domain.Qna;

/// <summary>Where a question is in moderation. Any state can move to any other; every move is logged.</summary>
public enum QuestionState
{
    Pending = 0,
    Live = 1,
    Answering = 2,
    Answered = 3,
    Dismissed = 4,
}

public static class QuestionStates
{
    public static string ToWire(this QuestionState state) => state switch
    {
        QuestionState.Pending => "pending",
        QuestionState.Live => "live",
        QuestionState.Answering => "answering",
        QuestionState.Answered => "answered",
        _ => "dismissed",
    };

    public static QuestionState Parse(string? wire) => wire?.Trim().ToLowerInvariant() switch
    {
        "pending" => QuestionState.Pending,
        "live" => QuestionState.Live,
        "answering" => QuestionState.Answering,
        "answered" => QuestionState.Answered,
        "dismissed" => QuestionState.Dismissed,
        _ => throw new RuleViolation(ErrorCodes.InvalidQuestionState),
    };

    /// <summary>What the room may see: attendees and the big screen never see pending or dismissed questions.</summary>
    public static bool IsPublic(this QuestionState state) =>
        state is QuestionState.Live or QuestionState.Answering or QuestionState.Answered;

    /// <summary>Open for upvotes.</summary>
    public static bool AcceptsVotes(this QuestionState state) => state is QuestionState.Live or QuestionState.Answering;
}
