namespace Live.Domain.Polls;

/// <summary>
/// What kind of answer a poll takes. Each kind has its own <see cref="IPollKindRules"/>; adding rating scales,
/// ranking, word clouds, open text or scored quizzes means adding a kind and its rules, not rewriting polls.
/// </summary>
public enum PollKind
{
    Single = 0,
    Multiple = 1,
}

public enum PollStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}
