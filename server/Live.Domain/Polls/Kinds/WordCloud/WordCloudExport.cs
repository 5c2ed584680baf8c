using Live.Domain.Moderation;
using static Live.Domain.Polls.Kinds.ExportCells;

namespace Live.Domain.Polls.Kinds.WordCloud;

/// <summary>
/// Results: every word given, not only the cloud's top words, most given first: the form first given, its normalised
/// key, how many respondents gave it and their percent, and whether the screen shows it (shown, hidden by the host,
/// held by the word filter, or a stop word that is never counted). A response: each entry as typed, as normalised, and
/// its status, entry_1…entry_N for the poll's N entries.
/// </summary>
internal sealed class WordCloudExport : IPollExport
{
    public static readonly WordCloudExport Instance = new();

    public IReadOnlyList<string> ResultHeaders(PollDefinition poll) => ["word", "normalized", "count", "percent", "status"];

    public IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter)
    {
        var words = new Dictionary<string, (string Display, int Count)>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            // One respondent giving a word twice counts it once, as in the cloud.
            foreach (var entry in (answer.Texts ?? []).DistinctBy(WordNormalizer.Key))
            {
                var key = WordNormalizer.Key(entry);
                if (key.Length == 0) continue;
                words[key] = words.TryGetValue(key, out var word) ? word with { Count = word.Count + 1 } : (WordNormalizer.Display(entry), 1);
            }
        }
        return words.OrderByDescending(w => w.Value.Count).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new[] { w.Value.Display, w.Key, Int(w.Value.Count), Percent(w.Value.Count, answers.Count), StatusOf(poll, w.Key, w.Value.Display, filter) });
    }

    public IReadOnlyList<string> AnswerHeaders(PollDefinition poll) =>
        [.. Enumerable.Range(1, poll.MaxSelections).SelectMany(n => new[] { $"entry_{n}", $"entry_{n}_normalized", $"entry_{n}_status" })];

    public string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter)
    {
        var texts = answer.Texts ?? [];
        return [.. Enumerable.Range(0, poll.MaxSelections).SelectMany(i => i >= texts.Length
            ? new string?[] { null, null, null }
            : [texts[i], WordNormalizer.Key(texts[i]), StatusOf(poll, WordNormalizer.Key(texts[i]), texts[i], filter)])];
    }

    public IReadOnlyList<bool> ResultNumbers(PollDefinition poll) => [false, false, true, true, false];

    public IReadOnlyList<bool> AnswerNumbers(PollDefinition poll) => [.. AnswerHeaders(poll).Select(_ => false)];

    private static string StatusOf(PollDefinition poll, string key, string text, WordFilter? filter) =>
        StopWords.Contains(key) ? StopWord : Status(poll, key, text, filter);
}
