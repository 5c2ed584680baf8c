namespace Live.Domain.Polls;

/// <summary>A validated poll: what it asks and how it may be answered. Option ids are their indexes.</summary>
public sealed record PollDefinition(
    string Question,
    PollKind Kind,
    IReadOnlyList<string> Options,
    int MaxSelections,
    bool AllowVoteChange,
    bool ShowResultsToAttendees,
    bool CheckedInOnly = false);

/// <summary>What the host typed, before validation.</summary>
public sealed record PollDraftInput(
    string? Question,
    string? Kind,
    IReadOnlyList<string?>? Options,
    int? MaxSelections,
    bool AllowVoteChange,
    bool ShowResultsToAttendees);
