using System.Security.Cryptography;
using System.Text;
using Live.Domain.Moderation;

namespace Live.Domain.Polls.Kinds.OpenText;

/// <summary>
/// The answers, newest first, kept in that order as they change so the wall costs the answers shown to read. An
/// answer's key is a short hash of its folded text: stable across restarts and nodes, and what the host hides.
/// </summary>
internal sealed class AnswerWall : IPollTally
{
    private readonly Dictionary<string, Card> _cards = new(StringComparer.Ordinal);
    private readonly SortedSet<(long Seq, string Key)> _newestFirst = new(Comparer<(long Seq, string Key)>.Create((x, y) => y.Seq.CompareTo(x.Seq)));
    private long _seq;

    public void Add(Answer answer)
    {
        var text = answer.Texts![0];
        var key = KeyOf(text);
        if (_cards.TryGetValue(key, out var card)) _newestFirst.Remove((card.Seq, key));
        else _cards[key] = card = new Card(text);
        card.Count++;
        card.Seq = ++_seq; // given again: back to the top of the wall
        _newestFirst.Add((card.Seq, key));
    }

    public void Remove(Answer answer)
    {
        var key = KeyOf(answer.Texts![0]);
        if (!_cards.TryGetValue(key, out var card)) return;
        if (--card.Count > 0) return;
        _newestFirst.Remove((card.Seq, key));
        _cards.Remove(key);
    }

    public TallyView Read(PollDefinition poll, WordFilter? filter = null)
    {
        var hidden = poll.Hidden.Count == 0 ? null : new HashSet<string>(poll.Hidden, StringComparer.Ordinal);
        var items = new List<ResultEntry>();
        foreach (var (_, key) in _newestFirst)
        {
            if (items.Count == OpenTextKind.WallSize) break;
            var card = _cards[key];
            if (hidden?.Contains(key) == true || filter?.FindMatch(card.Text) is not null) continue;
            items.Add(new ResultEntry(key, card.Text, card.Count));
        }
        return new TallyView([], items);
    }

    /// <summary>The first 16 hex digits of SHA-256 over the NFKC, lower-cased text.</summary>
    internal static string KeyOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())))[..16];

    private sealed class Card(string text)
    {
        public string Text { get; } = text;
        public int Count { get; set; }
        public long Seq { get; set; }
    }
}
