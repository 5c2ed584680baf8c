using Live.Domain.Polls;

namespace Live.Domain.Survey;

/// <summary>
/// The survey's responses for the host: one row per person (the same pseudonymous respondent key a poll export gives
/// them, so a host can line up one person's survey with their votes), whether they sent it, then each question's
/// answer columns as its poll kind writes them, headed by the question's number.
/// </summary>
public static class SurveyExports
{
    public static ExportTable Responses(SurveyForm form, SurveyBook book, byte[] respondentSecret)
    {
        var headers = new List<string> { "respondent", "submitted" };
        var numbers = new List<bool> { false, false };
        foreach (var (q, n) in form.Questions.Select((q, i) => (q, i + 1)))
        {
            var export = q.Definition.Kind.Export;
            headers.AddRange(export.AnswerHeaders(q.Definition).Select(h => $"{n}. {h}"));
            numbers.AddRange(export.AnswerNumbers(q.Definition));
        }
        var rows = book.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
        {
            var cells = new List<string?> { PollExports.RespondentKey(respondentSecret, r.Key), r.Value.Submitted ? "yes" : "no" };
            foreach (var q in form.Questions)
            {
                var export = q.Definition.Kind.Export;
                cells.AddRange(r.Value.Answers.TryGetValue(q.Id, out var answer)
                    ? export.AnswerCells(q.Definition, answer, null)
                    : new string?[export.AnswerHeaders(q.Definition).Count]);
            }
            return cells.ToArray();
        }).ToList();
        return new ExportTable(headers, rows, numbers);
    }
}
