using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>Turns what the host typed into a <see cref="PollDefinition"/>, or says exactly what is wrong.</summary>
public static class PollDrafts
{
    public static PollDefinition Validate(PollDraftInput draft)
    {
        var question = Text.Required(draft.Question, PollLimits.QuestionMax, ErrorCodes.QuestionRequired, ErrorCodes.QuestionTooLong);
        var kind = ParseKind(draft.Kind);
        var options = ValidateOptions(draft.Options);
        var max = kind.Rules().ValidateMaxSelections(draft.MaxSelections, options.Count);
        return new PollDefinition(question, kind, options, max, draft.AllowVoteChange, draft.ShowResultsToAttendees);
    }

    public static PollKind ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "single" => PollKind.Single,
        "multiple" => PollKind.Multiple,
        _ => throw new RuleViolation(ErrorCodes.InvalidPollKind),
    };

    public static string ToWire(this PollKind kind) => kind switch
    {
        PollKind.Single => "single",
        PollKind.Multiple => "multiple",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string ToWire(this PollStatus status) => status switch
    {
        PollStatus.Draft => "draft",
        PollStatus.Open => "open",
        PollStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static IReadOnlyList<string> ValidateOptions(IReadOnlyList<string?>? raw)
    {
        if (raw is null || raw.Count is < PollLimits.MinOptions or > PollLimits.MaxOptions)
            throw new RuleViolation(ErrorCodes.OptionCount);
        var options = raw.Select(o => Text.Required(o, PollLimits.OptionTextMax, ErrorCodes.OptionRequired, ErrorCodes.OptionTooLong)).ToList();
        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            throw new RuleViolation(ErrorCodes.OptionDuplicate);
        return options;
    }
}
