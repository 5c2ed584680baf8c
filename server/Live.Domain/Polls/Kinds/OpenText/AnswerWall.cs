using System.Security.Cryptography;
using System.Text;
using Live.Domain.Moderation;

namespace Live.Domain.Polls.Kinds.OpenText;

/// <summary>
/// The answers, kept in two orders as they change so the wall costs the answers shown to read: newest first, and (for
/// a poll taking upvotes) most upvoted first, newest first among equals. An answer's key is a short hash of its folded
/// text: stable across restarts and nodes, and what the host hides, features and attendees upvote.
/// </summary>
internal sealed class AnswerWall : IPollTally
{
    private readonly Dictionary<string, Card> _cards = new(StringComparer.Ordinal);
    private readonly SortedSet<(int Up, long Seq, string Key)> _newestFirst = new(Comparer<(int Up, long Seq, string Key)>.Create((x, y) => y.Seq.CompareTo(x.Seq)));
    private readonly SortedSet<(int Up, long Seq, string Key)> _mostUpvoted = new(Comparer<(int Up, long Seq, string Key)>.Create(
        (x, y) => x.Up != y.Up ? y.Up.CompareTo(x.Up) : y.Seq.CompareTo(x.Seq)));
    // Upvotes by key, kept apart from the cards: an answer that leaves the wall and is given again keeps its upvotes.
    private readonly Dictionary<string, int> _upvotes = new(StringComparer.Ordinal);
    private long _seq;

    public void Add(Answer answer)
    {
        var text = answer.Texts![0];
        var key = KeyOf(text);
        if (_cards.TryGetValue(key, out var card)) Unlist(card);
        else _cards[key] = card = new Card(key, text);
        card.Count++;
        card.Seq = ++_seq; // given again: back to the top of the wall
        card.Up = _upvotes.GetValueOrDefault(key);
        List(card);
    }

    public void Remove(Answer answer)
    {
        var key = KeyOf(answer.Texts![0]);
        if (!_cards.TryGetValue(key, out var card)) return;
        if (--card.Count > 0) return;
        Unlist(card);
        _cards.Remove(key);
    }

    public void SetUpvotes(string key, int count)
    {
        if (count == 0) _upvotes.Remove(key);
        else _upvotes[key] = count;
        if (!_cards.TryGetValue(key, out var card)) return;
        Unlist(card);
        card.Up = count;
        List(card);
    }

    public ItemState StateOf(PollDefinition poll, string key, WordFilter? filter) =>
        !_cards.TryGetValue(key, out var card) ? ItemState.Missing
        : poll.Hidden.Contains(key, StringComparer.Ordinal) || filter?.FindMatch(card.Text) is not null ? ItemState.Hidden
        : ItemState.Shown;

    /// <summary>The wall's first <see cref="OpenTextKind.WallSize"/> answers on show, plus the featured one wherever it stands.</summary>
    public TallyView Read(PollDefinition poll, WordFilter? filter = null)
    {
        var hidden = poll.Hidden.Count == 0 ? null : new HashSet<string>(poll.Hidden, StringComparer.Ordinal);
        var items = new List<ResultEntry>();
        var featuredListed = poll.FeaturedKey is null;
        foreach (var (_, _, key) in poll.AllowUpvotes ? _mostUpvoted : _newestFirst)
        {
            if (items.Count == OpenTextKind.WallSize) break;
            var card = _cards[key];
            if (hidden?.Contains(key) == true || filter?.FindMatch(card.Text) is not null) continue;
            items.Add(Entry(poll, card));
            featuredListed |= key == poll.FeaturedKey;
        }
        if (!featuredListed && StateOf(poll, poll.FeaturedKey!, filter) == ItemState.Shown) items.Add(Entry(poll, _cards[poll.FeaturedKey!]));
        return new TallyView([], items);
    }

    private static ResultEntry Entry(PollDefinition poll, Card card) =>
        new(card.Key, card.Text, card.Count, Upvotes: poll.AllowUpvotes ? card.Up : null);

    private void List(Card card)
    {
        _newestFirst.Add((card.Up, card.Seq, card.Key));
        _mostUpvoted.Add((card.Up, card.Seq, card.Key));
    }

    private void Unlist(Card card)
    {
        _newestFirst.Remove((card.Up, card.Seq, card.Key));
        _mostUpvoted.Remove((card.Up, card.Seq, card.Key));
    }

    /// <summary>The first 16 hex digits of SHA-256 over the NFKC, lower-cased text.</summary>
    internal static string KeyOf(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())))[..16];

    private sealed class Card(string key, string text)
    {
        public string Key { get; } = key;
        public string Text { get; } = text;
        public int Count { get; set; }
        public long Seq { get; set; }
        public int Up { get; set; }
    }
}
