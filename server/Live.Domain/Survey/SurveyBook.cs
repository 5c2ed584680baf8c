using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Survey;

/// <summary>One person's survey: their answers so far (question id → answer) and whether they sent it.</summary>
public sealed class SurveyResponse
{
    public Dictionary<string, Answer> Answers { get; } = new(StringComparer.Ordinal);
    public bool Submitted { get; set; }
}

/// <summary>
/// Every response to a survey, with each question's running tally kept in step (the poll kinds' tallies), so the
/// results cost the size of the result. A person answers once: saving keeps their progress, and once they submit
/// nothing changes. Answers saved before submitting count in the results as they are given (a half-finished survey
/// still says what its person thought of the content).
/// </summary>
public sealed class SurveyBook
{
    private readonly Dictionary<string, SurveyResponse> _responses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IPollTally> _tallies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _answered = new(StringComparer.Ordinal);

    public SurveyBook(SurveyForm form) => Clear(form);

    public IReadOnlyDictionary<string, SurveyResponse> Responses => _responses;
    public int Started => _responses.Count;
    public int Submitted { get; private set; }

    public void Clear(SurveyForm form)
    {
        _responses.Clear();
        _tallies.Clear();
        _answered.Clear();
        Submitted = 0;
        foreach (var q in form.Questions) (_tallies[q.Id], _answered[q.Id]) = (q.Definition.Kind.NewTally(q.Definition), 0);
    }

    /// <summary>
    /// Saves some of a person's answers and, with <paramref name="submit"/>, sends the survey. Every answer is checked
    /// (its question exists, its kind's ballot rules) before anything changes. Returns whether anything changed: a
    /// resend of what is held, or a submit of a submitted survey, changes nothing.
    /// </summary>
    public bool Save(SurveyForm form, PollStatus status, string respondent, IReadOnlyList<(string? QuestionId, BallotInput Input)> answers, bool submit)
    {
        if (status != PollStatus.Open) throw new RuleViolation(ErrorCodes.SurveyClosed);
        var checkedAnswers = answers.Select(a =>
        {
            var q = form.Find(a.QuestionId) ?? throw new RuleViolation(ErrorCodes.SurveyQuestionNotFound);
            return (Question: q, Answer: q.Definition.Kind.ValidateBallot(q.Definition, a.Input));
        }).ToList();
        if (checkedAnswers.DistinctBy(a => a.Question.Id).Count() != checkedAnswers.Count) throw new RuleViolation(ErrorCodes.BadRequest);
        var response = _responses.GetValueOrDefault(respondent);
        var changes = checkedAnswers.Where(a => response?.Answers.GetValueOrDefault(a.Question.Id)?.SameAs(a.Answer) != true).ToList();
        if (response?.Submitted == true)
        {
            if (changes.Count > 0) throw new RuleViolation(ErrorCodes.SurveySubmitted);
            return false;
        }
        if (submit)
        {
            var held = new HashSet<string>(response?.Answers.Keys ?? Enumerable.Empty<string>(), StringComparer.Ordinal);
            held.UnionWith(checkedAnswers.Select(a => a.Question.Id));
            if (form.Questions.Any(q => q.Required && !held.Contains(q.Id))) throw new RuleViolation(ErrorCodes.SurveyIncomplete);
        }
        if (changes.Count == 0 && !submit) return false;
        response ??= _responses[respondent] = new SurveyResponse();
        foreach (var (question, answer) in changes) Put(response, question.Id, answer);
        if (submit) { response.Submitted = true; Submitted++; }
        return true;
    }

    /// <summary>Loads a stored response (answers that no longer fit their question are left out, never tallied).</summary>
    public void Restore(SurveyForm form, string respondent, IEnumerable<(string QuestionId, Answer Answer)> answers, bool submitted)
    {
        var response = _responses[respondent] = new SurveyResponse();
        foreach (var (id, answer) in answers)
            if (form.Find(id) is { } q && q.Definition.Kind.Fits(q.Definition, answer)) Put(response, id, answer);
        if (submitted) { response.Submitted = true; Submitted++; }
    }

    public (TallyView Tally, int Answered) ResultsOf(SurveyQuestion question) =>
        (_tallies[question.Id].Read(question.Definition), _answered[question.Id]);

    private void Put(SurveyResponse response, string questionId, Answer answer)
    {
        if (response.Answers.TryGetValue(questionId, out var old)) _tallies[questionId].Remove(old);
        else _answered[questionId]++;
        response.Answers[questionId] = answer;
        _tallies[questionId].Add(answer);
    }
}
