using Live.Domain.Common;

namespace Live.Domain.Survey;

/// <summary>A tag's count: answers (people) whose comment carries it.</summary>
public sealed record TagCount(string Tag, int Count);

/// <summary>
/// The host's tags on the survey's comments ("policy support", "product improvement"): a few names, and which
/// comment (its result item key, the same for everyone who wrote the same words) carries which. Counted per person.
/// </summary>
public sealed class SurveyTags
{
    public const int MaxTags = 10;
    public const int MaxTagLength = 20;

    private readonly Dictionary<(string Question, string Key), SortedSet<string>> _tagged = new();

    public IReadOnlyList<string> Names { get; private set; } = [];

    public IEnumerable<(string Question, string Key, IReadOnlyCollection<string> Tags)> Tagged =>
        _tagged.Where(t => t.Value.Count > 0).Select(t => (t.Key.Question, t.Key.Key, (IReadOnlyCollection<string>)t.Value));

    /// <summary>The tag list, replaced: a tag left out comes off every comment. 0–10 distinct names of 1–20 characters.</summary>
    public void SetNames(IReadOnlyList<string?>? names)
    {
        var clean = (names ?? []).Select(n => Text.Required(n, MaxTagLength, ErrorCodes.InvalidSurveyTag, ErrorCodes.InvalidSurveyTag)).ToList();
        if (clean.Count > MaxTags || clean.Distinct(StringComparer.OrdinalIgnoreCase).Count() != clean.Count) throw new RuleViolation(ErrorCodes.InvalidSurveyTag);
        Names = clean;
        foreach (var tags in _tagged.Values) tags.RemoveWhere(t => !clean.Contains(t, StringComparer.Ordinal));
    }

    /// <summary>Puts a tag on a comment or takes it off; the same again changes nothing (returns false).</summary>
    public bool Set(SurveyForm form, string? questionId, string? key, string? tag, bool on)
    {
        var question = form.Find(questionId) ?? throw new RuleViolation(ErrorCodes.SurveyQuestionNotFound);
        if (!question.Definition.Kind.ShowsAttendeeText || string.IsNullOrEmpty(key) || key.Length > 64) throw new RuleViolation(ErrorCodes.AnswerNotFound);
        var name = Names.FirstOrDefault(n => n == tag) ?? throw new RuleViolation(ErrorCodes.InvalidSurveyTag);
        var tags = _tagged.TryGetValue((question.Id, key), out var set) ? set : _tagged[(question.Id, key)] = new SortedSet<string>(StringComparer.Ordinal);
        return on ? tags.Add(name) : tags.Remove(name);
    }

    /// <summary>Starts again from what was stored (tags no longer in the list are dropped).</summary>
    public void Restore(IReadOnlyList<string> names, IEnumerable<(string Question, string Key, IEnumerable<string> Tags)> tagged)
    {
        Names = names;
        _tagged.Clear();
        foreach (var (q, key, tags) in tagged) _tagged[(q, key)] = new SortedSet<string>(tags.Where(names.Contains), StringComparer.Ordinal);
    }

    /// <summary>Per tag, in the host's order, how many people's comments carry it.</summary>
    public IReadOnlyList<TagCount> Count(SurveyForm form, SurveyBook book)
    {
        var counts = Names.ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
        if (_tagged.Count == 0) return [.. Names.Select(n => new TagCount(n, 0))];
        foreach (var response in book.Responses.Values)
            foreach (var (id, answer) in response.Answers)
                if (form.Find(id)?.Definition.Kind.ItemKeyOf(answer) is { } key && _tagged.TryGetValue((id, key), out var tags))
                    foreach (var tag in tags) counts[tag]++;
        return [.. Names.Select(n => new TagCount(n, counts[n]))];
    }
}
