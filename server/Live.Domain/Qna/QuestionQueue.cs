using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Sessions;

namespace Live.Domain.Qna;

/// <summary>
/// A session's questions and their moderation. Every method validates first and changes nothing when it
/// throws, so a bad request can never leave the queue half-changed.
/// </summary>
public sealed class QuestionQueue(ModerationPolicy policy, IEnumerable<Question>? questions = null, IEnumerable<ModerationEntry>? log = null)
{
    public const int TextMax = 300;
    public const int MaxIdsPerCall = 200;

    // Enumerated once: a lazy source (a Select over stored state) would hand the list and the index two copies.
    private readonly List<Question> _questions = [.. questions ?? []];
    private Dictionary<string, Question>? _index;
    private Dictionary<string, Question> ById => _index ??= _questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    private readonly List<ModerationEntry> _log = [.. log ?? []];

    public ModerationPolicy Policy { get; set; } = policy;
    public IReadOnlyList<Question> Questions => _questions;
    public IReadOnlyList<ModerationEntry> Log => _log;

    /// <summary>A new question; a retry with the same op id returns the first one instead of asking twice.</summary>
    public Question Ask(AskInput input, RateGate gate, DateTimeOffset now)
    {
        var retry = _questions.FirstOrDefault(q => q.DeviceId == input.DeviceId && q.OpId == input.OpId);
        if (retry is not null) return retry;
        Policy.RequireNotBanned(input.DeviceId);
        var text = Text.Required(input.Text, TextMax, ErrorCodes.TextRequired, ErrorCodes.TextTooLong);
        if (input.Anonymous && !Policy.Settings.AllowAnonymous) throw new RuleViolation(ErrorCodes.AnonymousNotAllowed);
        if (_questions.Any(q => q.State != QuestionState.Dismissed && SameText(q.Text, text))) throw new RuleViolation(ErrorCodes.DuplicateText);
        gate.Require(input.DeviceId, now);

        var flagged = Policy.Filter.FindMatch(text) is not null;
        var question = new Question
        {
            Number = _questions.Count + 1,
            Text = text,
            Author = input.Anonymous ? null : input.Nickname,
            Anonymous = input.Anonymous,
            Channel = input.Channel,
            DeviceId = input.DeviceId,
            OpId = input.OpId,
            Flagged = flagged,
            State = flagged || Policy.Settings.ReviewFirst ? QuestionState.Pending : QuestionState.Live,
            CreatedAt = now,
            UpdatedAt = now,
        };
        gate.Mark(input.DeviceId, now);
        _questions.Add(question);
        ById[question.Id] = question;
        _log.Add(new ModerationEntry(now, question.Id, "asked", null, question.State.ToWire(), flagged ? "flagged by word filter" : null));
        return question;
    }

    /// <summary>Adds or takes back this device's upvote. Idempotent: a repeated upvote counts once.</summary>
    /// <returns>true when the count changed.</returns>
    public bool Upvote(string deviceId, string? questionId, bool up)
    {
        var question = Find(questionId);
        if (!up) return question.Upvoters.Remove(deviceId);
        if (!question.State.AcceptsVotes()) throw new RuleViolation(ErrorCodes.QuestionNotOpen);
        return question.Upvoters.Add(deviceId);
    }

    /// <summary>Moves questions to a state. Marking one "answering" moves the one answering before it to "answered".</summary>
    public bool Move(IReadOnlyList<string?>? ids, string? to, DateTimeOffset now)
    {
        var target = QuestionStates.Parse(to);
        var questions = FindAll(ids);
        if (target == QuestionState.Answering && questions.Count > 1) throw new RuleViolation(ErrorCodes.InvalidQuestionState);
        var changed = false;
        if (target == QuestionState.Answering)
        {
            foreach (var current in _questions.Where(q => q.State == QuestionState.Answering && q != questions[0]).ToList())
                changed |= SetState(current, QuestionState.Answered, now);
        }
        foreach (var question in questions) changed |= SetState(question, target, now);
        return changed;
    }

    public bool Star(string? questionId, bool starred, DateTimeOffset now)
    {
        var question = Find(questionId);
        if (question.Starred == starred) return false;
        question.Starred = starred;
        question.UpdatedAt = now;
        _log.Add(new ModerationEntry(now, question.Id, starred ? "starred" : "unstarred", null, null, null));
        return true;
    }

    /// <summary>A moderator's fix of the text. The author's original is kept, once, however often it is edited.</summary>
    public bool Edit(string? questionId, string? text, DateTimeOffset now)
    {
        var question = Find(questionId);
        var clean = Text.Required(text, TextMax, ErrorCodes.TextRequired, ErrorCodes.TextTooLong);
        if (clean == question.Text) return false;
        _log.Add(new ModerationEntry(now, question.Id, "edited", null, null, question.Text));
        question.OriginalText ??= question.Text;
        question.Text = clean;
        question.UpdatedAt = now;
        return true;
    }

    public IEnumerable<Question> AskedBy(string deviceId) => _questions.Where(q => q.DeviceId == deviceId);

    public IEnumerable<string> UpvotedBy(string deviceId) => _questions.Where(q => q.Upvoters.Contains(deviceId)).Select(q => q.Id);

    public Question? Spotlight => _questions.FirstOrDefault(q => q.State == QuestionState.Answering);

    public Question Find(string? questionId) =>
        questionId is not null && ById.TryGetValue(questionId, out var q) ? q : throw new RuleViolation(ErrorCodes.QuestionNotFound);

    private List<Question> FindAll(IReadOnlyList<string?>? ids)
    {
        if (ids is null || ids.Count == 0) throw new RuleViolation(ErrorCodes.QuestionNotFound);
        if (ids.Count > MaxIdsPerCall) throw new RuleViolation(ErrorCodes.TooManyIds);
        return ids.Distinct().Select(Find).ToList();
    }

    private bool SetState(Question question, QuestionState target, DateTimeOffset now)
    {
        if (question.State == target) return false;
        _log.Add(new ModerationEntry(now, question.Id, "moved", question.State.ToWire(), target.ToWire(), null));
        question.State = target;
        question.UpdatedAt = now;
        return true;
    }

    private static bool SameText(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A question as the attendee sent it, with who they are from their credential.</summary>
public sealed record AskInput(string DeviceId, string? Nickname, AttendanceMode Channel, string? Text, bool Anonymous, string OpId);
