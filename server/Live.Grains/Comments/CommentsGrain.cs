using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Comments;
using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Sessions;
using Live.Grains.Common;
using Live.Grains.Qna;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Hosting;

namespace Live.Grains.Comments;

/// <summary>
/// A session's 弹幕. Enforces the Q&A grain's policy (held as a copy the Q&A grain pushes on every change) and
/// its own rate limit. A comment is acknowledged after it is durable; shown ones go to the screens' outbox.
/// </summary>
[Reentrant]
public sealed class CommentsGrain : Grain, ICommentsGrain
{
    private readonly IPersistentState<CommentsState> _state;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private readonly RateGate _gate;
    private CommentStream _stream = new();
    private ModerationPolicy _policy = ModerationPolicy.Default;
    private long _policyVersion = -1;

    public CommentsGrain(
        [PersistentState("comments", LiveSiloBuilderExtensions.StorageName)] IPersistentState<CommentsState> state,
        ILivePublisher publisher, TimeProvider time, IOptions<QnaOptions> options)
    {
        _state = state;
        _publisher = publisher;
        _time = time;
        _gate = new RateGate(TimeSpan.FromSeconds(options.Value.CommentIntervalSeconds));
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _stream = new CommentStream(s.LastNumber, s.Pending.Select(ToDomain), s.Cleared);
        _commit.Load(s.Version);
        Adopt(await GrainFactory.GetGrain<IQnaGrain>(GrainKeys.Qna(Code)).GetPolicy());
    }

    public async Task<CommentView> Send(Poster poster, CommentRequest request)
    {
        _commit.RequireUsable();
        var last = _stream.LastNumber;
        var comment = _stream.Send(_policy, _gate, poster.DeviceId, poster.Nickname, SessionRules.ParseMode(poster.Mode),
            request.Text, OpIds.Require(request.OpId), _time.GetUtcNow());
        if (_stream.LastNumber != last) Changed(comment.State == CommentState.Shown ? [comment] : []);
        await _commit.CommitAsync();
        return ToView(comment, host: false);
    }

    public async Task<CommentQueueView> Moderate(ModerateCommentsRequest request)
    {
        _commit.RequireUsable();
        var (approved, changed) = _stream.Moderate(request.CommentIds, request.Approve);
        if (changed) Changed(approved);
        await _commit.CommitAsync();
        return QueueView(host: true);
    }

    public async Task<CommentQueueView> Clear()
    {
        _commit.RequireUsable();
        _stream.Clear();
        Changed([]);
        await _commit.CommitAsync();
        return QueueView(host: true);
    }

    public Task<CommentQueueView> GetQueue() => Task.FromResult(QueueView(host: true));

    public Task UsePolicy(PolicySnapshot policy)
    {
        Adopt(policy);
        return Task.CompletedTask;
    }

    // Policy pushes may arrive out of order (the Q&A grain is reentrant): keep the newest.
    private void Adopt(PolicySnapshot policy)
    {
        if (policy.Version < _policyVersion) return;
        _policyVersion = policy.Version;
        _policy = policy.ToDomain();
    }

    private readonly List<Comment> _toShow = [];

    private void Changed(IEnumerable<Comment> shown)
    {
        _commit.Changed();
        _toShow.AddRange(shown);
    }

    private StagedWrite Write(long version)
    {
        _state.State = new CommentsState
        {
            LastNumber = _stream.LastNumber,
            Pending = _stream.Pending.Select(c => ToView(c, host: true)).ToList(),
            Cleared = _stream.Cleared,
            Version = version,
        };
        var queue = QueueView(host: true);
        var shown = _toShow.Select(c => ToView(c, host: false)).ToList();
        _toShow.Clear();
        return new StagedWrite(_state.WriteStateAsync(), () =>
        {
            _publisher.CommentQueue(Code, queue);
            foreach (var c in shown) _publisher.CommentShown(Code, c);
        });
    }

    private CommentQueueView QueueView(bool host) =>
        new(_commit.Version, host ? _stream.Pending.Select(c => ToView(c, host: true)).ToList() : [], _stream.Cleared);

    private CommentView ToView(Comment c, bool host) => new(
        c.Id, c.Text, _policy.Settings.ShowCommentNicknames || host ? c.Author : null, c.Channel.ToWire(), c.At,
        c.State switch { CommentState.Pending => "pending", CommentState.Shown => "shown", _ => "dismissed" },
        host && c.Flagged, host ? c.DeviceId : null);

    private static Comment ToDomain(CommentView v) => new(
        long.Parse(v.Id.AsSpan(1)), v.Text, v.Author, SessionRules.ParseMode(v.Channel), v.DeviceId ?? string.Empty, v.At,
        CommentState.Pending, v.Flagged);

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
