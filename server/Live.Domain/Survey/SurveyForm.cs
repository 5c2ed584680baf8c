using Live.Domain.Common;
using Live.Domain.Polls;

namespace Live.Domain.Survey;

/// <summary>
/// One question of a survey: a poll definition (its kind's draft, ballot and tally rules are the poll kinds' own, so a
/// survey rating is exactly a rating poll) that is required or optional. Ids are "s1", "s2"… in form order.
/// </summary>
public sealed record SurveyQuestion(string Id, PollDefinition Definition, bool Required);

/// <summary>A validated survey: its title and its questions in order.</summary>
public sealed record SurveyForm(string Title, IReadOnlyList<SurveyQuestion> Questions)
{
    public static readonly SurveyForm Empty = new("", []);

    /// <summary>What the host wrote, validated with the poll kinds' own draft rules, or the first mistake's code.</summary>
    public static SurveyForm Validate(string? title, IReadOnlyList<(PollDraftInput Draft, bool Required)>? questions)
    {
        var name = Text.Required(title, SurveyLimits.TitleMax, ErrorCodes.TitleRequired, ErrorCodes.TitleTooLong);
        questions ??= [];
        if (questions.Count > SurveyLimits.MaxQuestions) throw new RuleViolation(ErrorCodes.SurveyFull);
        var validated = questions.Select((q, i) =>
        {
            if (!SurveyLimits.Kinds.Contains(q.Draft.Kind?.Trim().ToLowerInvariant() ?? "")) throw new RuleViolation(ErrorCodes.InvalidPollKind);
            // Settings a poll has (vote change, results on phones, upvotes) mean nothing in a survey: one answer, never shown.
            var definition = PollDrafts.Validate(q.Draft with { AllowVoteChange = true, ShowResultsToAttendees = false, AllowUpvotes = false, AttendeeResults = null });
            return new SurveyQuestion($"s{i + 1}", definition, q.Required);
        }).ToList();
        return new SurveyForm(name, validated);
    }

    public SurveyQuestion? Find(string? id) => Questions.FirstOrDefault(q => q.Id == id);
}
