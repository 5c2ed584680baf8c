using Live.Domain.Common;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Polls;

/// <summary>Turns what the host typed into a <see cref="PollDefinition"/>, or says exactly what is wrong.</summary>
public static class PollDrafts
{
    public static PollDefinition Validate(PollDraftInput draft)
    {
        var question = Text.Required(draft.Question, PollLimits.QuestionMax, ErrorCodes.QuestionRequired, ErrorCodes.QuestionTooLong);
        var kind = PollKinds.Parse(draft.Kind);
        var shape = kind.ValidateDraft(draft);
        RequireUpvotesTaken(kind, draft.AllowUpvotes);
        return new PollDefinition(question, kind, shape.Options, shape.MaxSelections, draft.AllowVoteChange, draft.ShowResultsToAttendees,
            Variant: shape.Variant, AllowUpvotes: draft.AllowUpvotes, AttendeeResults: ResultsTimings.Parse(draft.AttendeeResults));
    }

    /// <summary>Upvotes may be turned on only for a kind that takes them (upvotes_off), so a wrong setting is not silently ignored.</summary>
    public static void RequireUpvotesTaken(IPollKind kind, bool allowUpvotes)
    {
        if (allowUpvotes && !kind.TakesUpvotes) throw new RuleViolation(ErrorCodes.UpvotesOff);
    }

    /// <summary>Options (or statements) of a kind that takes between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static IReadOnlyList<string> ValidateOptions(IReadOnlyList<string?>? raw, int min, int max)
    {
        raw ??= [];
        if (raw.Count < min || raw.Count > max) throw new RuleViolation(ErrorCodes.OptionCount);
        var options = raw.Select(o => Text.Required(o, PollLimits.OptionTextMax, ErrorCodes.OptionRequired, ErrorCodes.OptionTooLong)).ToList();
        if (options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
            throw new RuleViolation(ErrorCodes.OptionDuplicate);
        return options;
    }

    /// <summary>A kind that has no variants refuses one, so a typo is not silently ignored.</summary>
    public static void RequireNoVariant(string? variant)
    {
        if (!string.IsNullOrWhiteSpace(variant)) throw new RuleViolation(ErrorCodes.InvalidVariant);
    }

    public static string ToWire(this PollStatus status) => status switch
    {
        PollStatus.Draft => "draft",
        PollStatus.Open => "open",
        PollStatus.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
