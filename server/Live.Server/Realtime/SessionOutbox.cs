using Live.Contracts;

namespace Live.Server.Realtime;

/// <summary>
/// The snapshots of one session waiting for the next tick. Holds only the newest of each (session view,
/// results per poll, presence): a burst of 5,000 votes between two ticks leaves one results snapshot, and an
/// older version never replaces a newer one.
/// </summary>
public sealed class SessionOutbox
{
    private readonly Lock _lock = new();
    private SessionView? _session;
    private readonly Dictionary<string, PollResults> _results = new(StringComparer.Ordinal);
    private PresenceCounts? _presence;
    // Highest versions already handed out, so a late, older snapshot is dropped instead of sent.
    private long _sentSession = -1;
    private readonly Dictionary<string, long> _sentResults = new(StringComparer.Ordinal);
    private long _sentPresence = -1;
    private (QnaView Host, QnaView Public)? _qna;
    private long _sentQna = -1;
    private readonly Dictionary<(string Device, string Question), QuestionView> _mine = [];
    private readonly Queue<CommentView> _comments = new();
    private CommentQueueView? _commentQueue;
    private long _sentCommentQueue = -1;
    private ReactionsView? _reactions;
    private long _sentReactions = -1;
    private (CheckInView Host, CheckInView Screen)? _checkIns;
    private long _sentCheckIns = -1;
    private (DrawView Host, DrawView Screen)? _draw;
    private long _sentDraw = -1;
    private readonly List<(string Device, PrizeView Prize)> _prizes = [];
    private readonly Dictionary<string, CheckInResult?> _myCheckIns = new(StringComparer.Ordinal);

    /// <summary>Most comments one tick carries to the screen; in a flood the newest win.</summary>
    public const int CommentsPerTick = 100;

    public void Offer(SessionView view)
    {
        lock (_lock)
        {
            if (view.Version <= _sentSession || view.Version <= (_session?.Version ?? -1)) return;
            _session = view;
        }
    }

    public void Offer(PollResults results)
    {
        lock (_lock)
        {
            if (results.Version <= _sentResults.GetValueOrDefault(results.PollId, -1)) return;
            if (_results.TryGetValue(results.PollId, out var pending) && pending.Version >= results.Version) return;
            _results[results.PollId] = results;
        }
    }

    public void Offer(PresenceCounts counts)
    {
        lock (_lock)
        {
            if (counts.Version <= _sentPresence || counts.Version <= (_presence?.Version ?? -1)) return;
            _presence = counts;
        }
    }

    public void Offer(QnaView forHosts, QnaView forPublic)
    {
        lock (_lock)
        {
            if (forHosts.Version <= _sentQna || forHosts.Version <= (_qna?.Host.Version ?? -1)) return;
            _qna = (forHosts, forPublic);
        }
    }

    public void Offer(string deviceId, QuestionView question)
    {
        lock (_lock) _mine[(deviceId, question.Id)] = question;
    }

    public void Offer(CommentView comment)
    {
        lock (_lock)
        {
            _comments.Enqueue(comment);
            if (_comments.Count > CommentsPerTick) _comments.Dequeue();
        }
    }

    public void Offer(CommentQueueView queue)
    {
        lock (_lock)
        {
            if (queue.Version <= _sentCommentQueue || queue.Version <= (_commentQueue?.Version ?? -1)) return;
            _commentQueue = queue;
        }
    }

    /// <summary>Reactions merge: the newest totals, and the bursts of every update since the last tick added up.</summary>
    public void Offer(ReactionsView reactions)
    {
        lock (_lock)
        {
            if (reactions.Version <= _sentReactions) return;
            _reactions = _reactions is null ? reactions : ReactionMerge.Merge(_reactions, reactions);
        }
    }

    public void Offer(CheckInView forHosts, CheckInView forScreens)
    {
        lock (_lock)
        {
            if (forHosts.Version <= _sentCheckIns || forHosts.Version <= (_checkIns?.Host.Version ?? -1)) return;
            _checkIns = (forHosts, forScreens);
        }
    }

    public void Offer(DrawView forHosts, DrawView forScreens)
    {
        lock (_lock)
        {
            if (forHosts.Version <= _sentDraw || forHosts.Version <= (_draw?.Host.Version ?? -1)) return;
            _draw = (forHosts, forScreens);
        }
    }

    /// <summary>Every prize is news for its winner's phone: none is dropped or merged.</summary>
    public void Offer(string deviceId, PrizeView prize)
    {
        lock (_lock) _prizes.Add((deviceId, prize));
    }

    /// <summary>The newest news for a phone about its own check-in.</summary>
    public void Offer(string deviceId, CheckInResult? result)
    {
        lock (_lock) _myCheckIns[deviceId] = result;
    }

    /// <summary>
    /// Puts back a batch that could not be published (in cluster mode every send goes through the Redis backplane,
    /// so while Redis is down none arrives, not even on this node): the next tick sends it again, unless something
    /// newer is pending by then. Only what is state goes back (snapshots with versions, a phone's own question and
    /// check-in): after a 30 s outage a screen must show the tally the phones were told was saved, but 弹幕,
    /// reaction bursts and prize animations from before the outage are not replayed. A phone misses nothing that
    /// matters: GetState holds its prizes.
    /// </summary>
    public void PutBack(OutboxBatch batch)
    {
        lock (_lock)
        {
            // Each only if nothing newer went out meanwhile or is pending now; "sent" goes back so Take sends it.
            if (batch.Session is { } session && session.Version >= _sentSession && _session is null)
                (_session, _sentSession) = (session, session.Version - 1);
            foreach (var results in batch.Results)
            {
                if (_sentResults.GetValueOrDefault(results.PollId, -1) > results.Version || _results.ContainsKey(results.PollId)) continue;
                _sentResults[results.PollId] = results.Version - 1;
                _results[results.PollId] = results;
            }
            if (batch.Presence is { } presence && presence.Version >= _sentPresence && _presence is null)
                (_presence, _sentPresence) = (presence, presence.Version - 1);
            if (batch.Qna is { } qna && qna.Host.Version >= _sentQna && _qna is null)
                (_qna, _sentQna) = (qna, qna.Host.Version - 1);
            if (batch.CommentQueue is { } queue && queue.Version >= _sentCommentQueue && _commentQueue is null)
                (_commentQueue, _sentCommentQueue) = (queue, queue.Version - 1);
            if (batch.CheckIns is { } checkIns && checkIns.Host.Version >= _sentCheckIns && _checkIns is null)
                (_checkIns, _sentCheckIns) = (checkIns, checkIns.Host.Version - 1);
            if (batch.Draw is { } draw && draw.Host.Version >= _sentDraw && _draw is null)
                (_draw, _sentDraw) = (draw, draw.Host.Version - 1);
            foreach (var (device, question) in batch.MyQuestions) _mine.TryAdd((device, question.Id), question);
            foreach (var (device, result) in batch.MyCheckIns) _myCheckIns.TryAdd(device, result);
        }
    }

    // The newest state snapshots handed out, for Replay: one of each, updated in place on every Take (a tick's hot
    // path, so no copies there).
    private OutboxBatch _latest = new(null, [], null);
    private readonly Dictionary<string, PollResults> _latestResults = new(StringComparer.Ordinal);

    private void Remember(OutboxBatch batch)
    {
        foreach (var r in batch.Results) _latestResults[r.PollId] = r;
        if (batch.Session is null && batch.Presence is null && batch.Qna is null && batch.CommentQueue is null && batch.CheckIns is null && batch.Draw is null) return;
        _latest = new OutboxBatch(batch.Session ?? _latest.Session, [], batch.Presence ?? _latest.Presence)
        {
            Qna = batch.Qna ?? _latest.Qna,
            CommentQueue = batch.CommentQueue ?? _latest.CommentQueue,
            CheckIns = batch.CheckIns ?? _latest.CheckIns,
            Draw = batch.Draw ?? _latest.Draw,
        };
    }

    /// <summary>Queues the newest state snapshots already sent to go out again (after the backplane was down).</summary>
    public void Replay()
    {
        OutboxBatch latest;
        lock (_lock) latest = _latest with { Results = [.. _latestResults.Values] };
        PutBack(latest);
    }

    /// <summary>Takes what is pending, or null when nothing is.</summary>
    public OutboxBatch? Take()
    {
        lock (_lock)
        {
            if (_session is null && _results.Count == 0 && _presence is null && _qna is null && _mine.Count == 0
                && _comments.Count == 0 && _commentQueue is null && _reactions is null && _checkIns is null && _draw is null && _prizes.Count == 0 && _myCheckIns.Count == 0) return null;
            var batch = new OutboxBatch(_session, [.. _results.Values], _presence)
            {
                Qna = _qna,
                MyQuestions = _mine.Select(m => (m.Key.Device, m.Value)).ToList(),
                Comments = [.. _comments],
                CommentQueue = _commentQueue,
                Reactions = _reactions,
                CheckIns = _checkIns,
                Draw = _draw,
                Prizes = [.. _prizes],
                MyCheckIns = _myCheckIns.Select(m => (m.Key, m.Value)).ToList(),
            };
            Remember(batch);
            _myCheckIns.Clear();
            if (_draw is { } draw) _sentDraw = draw.Host.Version;
            _draw = null;
            _prizes.Clear();
            if (_checkIns is { } checkIns) _sentCheckIns = checkIns.Host.Version;
            _checkIns = null;
            if (_qna is { } qna) _sentQna = qna.Host.Version;
            if (_commentQueue is not null) _sentCommentQueue = _commentQueue.Version;
            if (_reactions is not null) _sentReactions = _reactions.Version;
            _qna = null;
            _mine.Clear();
            _comments.Clear();
            _commentQueue = null;
            _reactions = null;
            if (_session is not null) _sentSession = _session.Version;
            foreach (var r in _results.Values) _sentResults[r.PollId] = r.Version;
            if (_presence is not null) _sentPresence = _presence.Version;
            _session = null;
            _results.Clear();
            _presence = null;
            return batch;
        }
    }
}

public sealed record OutboxBatch(SessionView? Session, IReadOnlyList<PollResults> Results, PresenceCounts? Presence)
{
    public (QnaView Host, QnaView Public)? Qna { get; init; }
    public IReadOnlyList<(string DeviceId, QuestionView Question)> MyQuestions { get; init; } = [];
    public IReadOnlyList<CommentView> Comments { get; init; } = [];
    public CommentQueueView? CommentQueue { get; init; }
    public ReactionsView? Reactions { get; init; }
    public (CheckInView Host, CheckInView Screen)? CheckIns { get; init; }
    public (DrawView Host, DrawView Screen)? Draw { get; init; }
    public IReadOnlyList<(string DeviceId, PrizeView Prize)> Prizes { get; init; } = [];
    public IReadOnlyList<(string DeviceId, CheckInResult? Result)> MyCheckIns { get; init; } = [];
}
