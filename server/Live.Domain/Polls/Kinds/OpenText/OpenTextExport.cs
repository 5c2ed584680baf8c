using Live.Domain.Moderation;
using static Live.Domain.Polls.Kinds.ExportCells;

namespace Live.Domain.Polls.Kinds.OpenText;

/// <summary>
/// Results: every answer, not only the wall's newest, most given first (ties in the order first given): the first wording, its key (what the host
/// hides), how many gave it and their percent, and whether the wall shows it (shown, hidden, held). A response: the
/// answer, its key and its status.
/// </summary>
internal sealed class OpenTextExport : IPollExport
{
    public static readonly OpenTextExport Instance = new();

    public IReadOnlyList<string> ResultHeaders(PollDefinition poll) => ["answer", "key", "count", "percent", "status"];

    public IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter)
    {
        var cards = new Dictionary<string, (string Text, int Count, int First)>(StringComparer.Ordinal);
        foreach (var text in answers.Select(a => a.Texts![0]))
        {
            var key = AnswerWall.KeyOf(text);
            cards[key] = cards.TryGetValue(key, out var card) ? card with { Count = card.Count + 1 } : (text, 1, cards.Count);
        }
        return cards.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First)
            .Select(c => new[] { c.Value.Text, c.Key, Int(c.Value.Count), Percent(c.Value.Count, answers.Count), Status(poll, c.Key, c.Value.Text, filter) });
    }

    public IReadOnlyList<string> AnswerHeaders(PollDefinition poll) => ["answer", "answer_key", "status"];

    public string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter)
    {
        var text = answer.Texts![0];
        var key = AnswerWall.KeyOf(text);
        return [text, key, Status(poll, key, text, filter)];
    }

    public IReadOnlyList<bool> ResultNumbers(PollDefinition poll) => [false, false, true, true, false];

    public IReadOnlyList<bool> AnswerNumbers(PollDefinition poll) => [false, false, false];
}
