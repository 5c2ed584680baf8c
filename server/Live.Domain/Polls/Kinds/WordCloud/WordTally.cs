using Live.Domain.Moderation;

namespace Live.Domain.Polls.Kinds.WordCloud;

/// <summary>
/// How many attendees gave each word, with the words kept in count order as they change, so reading the top words
/// costs the words shown, not every word ever given (a cloud at 2,000 entries a second is read on every commit).
/// </summary>
internal sealed class WordTally : IPollTally
{
    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly SortedSet<(int Count, string Key)> _byCount = new(MostFirst.Instance);

    public void Add(Answer answer)
    {
        foreach (var (key, display) in Words(answer)) Change(key, display, +1);
    }

    public void Remove(Answer answer)
    {
        foreach (var (key, display) in Words(answer)) Change(key, display, -1);
    }

    /// <summary>The top words the screen may show: not hidden by the host, not a stop word, not blocked by the word filter.</summary>
    public TallyView Read(PollDefinition poll, WordFilter? filter = null)
    {
        var hidden = poll.Hidden.Count == 0 ? null : new HashSet<string>(poll.Hidden, StringComparer.Ordinal);
        var items = new List<ResultEntry>();
        foreach (var (count, key) in _byCount)
        {
            if (items.Count == WordCloudKind.TopWords) break;
            if (hidden?.Contains(key) == true) continue;
            var word = _words[key];
            if (filter?.FindMatch(word.Display) is not null) continue;
            items.Add(new ResultEntry(key, word.Display, count));
        }
        return new TallyView([], items);
    }

    /// <summary>Distinct words counted so far.</summary>
    public int Distinct => _words.Count;

    private void Change(string key, string display, int delta)
    {
        if (_words.TryGetValue(key, out var word)) _byCount.Remove((word.Count, key));
        else _words[key] = word = new Word(display);
        word.Count += delta;
        if (word.Count > 0) _byCount.Add((word.Count, key));
        else _words.Remove(key);
    }

    /// <summary>Each distinct counted word of one ballot once.</summary>
    private static IEnumerable<(string Key, string Display)> Words(Answer answer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in answer.Texts ?? [])
        {
            var key = WordNormalizer.Key(text);
            if (key.Length == 0 || StopWords.Contains(key) || !seen.Add(key)) continue;
            yield return (key, WordNormalizer.Display(text));
        }
    }

    /// <summary>The form first given is the one shown ("AI" stays "AI" when "ai" comes later).</summary>
    private sealed class Word(string display)
    {
        public string Display { get; } = display;
        public int Count { get; set; }
    }

    private sealed class MostFirst : IComparer<(int Count, string Key)>
    {
        public static readonly MostFirst Instance = new();

        public int Compare((int Count, string Key) x, (int Count, string Key) y)
        {
            var byCount = y.Count.CompareTo(x.Count);
            return byCount != 0 ? byCount : string.CompareOrdinal(x.Key, y.Key);
        }
    }
}
