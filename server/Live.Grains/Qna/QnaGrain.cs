using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Qna;
using Live.Domain.Sessions;
using Live.Grains.Common;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Hosting;

namespace Live.Grains.Qna;

/// <summary>
/// A session's Q&A queue. Plumbing only: apply a domain rule, group-commit, publish. Reentrant like the poll
/// grain so a burst of upvotes shares writes; every mutation happens before the first await.
/// </summary>
[Reentrant]
public sealed class QnaGrain : Grain, IQnaGrain
{
    private readonly IPersistentState<QnaState> _state;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly QnaOptions _options;
    private readonly VersionedCommit _commit;
    private readonly RateGate _gate;
    private QuestionQueue _queue = new(ModerationPolicy.Default);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private long _policyVersion;

    public QnaGrain(
        [PersistentState("qna", LiveSiloBuilderExtensions.StorageName)] IPersistentState<QnaState> state,
        ILivePublisher publisher, TimeProvider time, IOptions<QnaOptions> options)
    {
        _state = state;
        _publisher = publisher;
        _time = time;
        _options = options.Value;
        _gate = new RateGate(TimeSpan.FromSeconds(_options.QuestionIntervalSeconds));
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private DateTimeOffset Now => _time.GetUtcNow();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _queue = new QuestionQueue(s.Policy(), s.Questions.Select(q => q.ToDomain()), s.Log.Select(e => e.ToDomain()));
        _commit.Load(s.Version);
        _policyVersion = s.Version;
        return Task.CompletedTask;
    }

    public async Task<QuestionView> Ask(Poster poster, AskRequest request)
    {
        _commit.RequireUsable();
        var count = _queue.Questions.Count;
        var input = new AskInput(poster.DeviceId, poster.Nickname, SessionRules.ParseMode(poster.Mode), request.Text, request.Anonymous, OpIds.Require(request.OpId));
        var question = _queue.Ask(input, _gate, Now);
        if (_queue.Questions.Count != count) Changed(question.Id);
        await _commit.CommitAsync();
        return question.ForPublic();
    }

    public async Task<UpvoteAck> Upvote(string deviceId, UpvoteRequest request)
    {
        _commit.RequireUsable();
        OpIds.Require(request.OpId);
        if (_queue.Upvote(deviceId, request.QuestionId, request.Up)) Changed();
        await _commit.CommitAsync();
        var question = _queue.Find(request.QuestionId);
        return new UpvoteAck(question.Id, request.Up, question.Votes);
    }

    public Task<QnaView> Move(MoveQuestionsRequest request) => Moderate(() =>
    {
        var before = _queue.Spotlight?.Id;
        var changed = _queue.Move(request.QuestionIds, request.To, Now);
        return changed ? [.. request.QuestionIds!.OfType<string>(), .. before is null ? Array.Empty<string>() : [before]] : null;
    });

    public Task<QnaView> Star(string? questionId, bool starred) =>
        Moderate(() => _queue.Star(questionId, starred, Now) ? [questionId!] : null);

    public Task<QnaView> Edit(string? questionId, string? text) =>
        Moderate(() => _queue.Edit(questionId, text, Now) ? [questionId!] : null);

    public Task<QnaView> Ban(BanRequest request) => ChangePolicy(p =>
        p.WithBan(string.IsNullOrWhiteSpace(request.DeviceId) ? throw new RuleViolation(ErrorCodes.BadRequest) : request.DeviceId, request.Reason, Now));

    public Task<QnaView> Unban(string? deviceId) => ChangePolicy(p => p.WithoutBan(deviceId ?? string.Empty));

    public Task<QnaView> SetSettings(QnaSettings settings) => ChangePolicy(p => p with { Settings = settings.ToDomain() });

    public Task<QnaView> SetBlocklist(IReadOnlyList<string?>? words) => ChangePolicy(p => p.WithBlocklist(words));

    public Task<QnaReadout> Read(bool host, string? deviceId)
    {
        if (host) return Task.FromResult(new QnaReadout(HostView(), [], []));
        var mine = deviceId is null ? [] : _queue.AskedBy(deviceId).Select(q => q.ForPublic()).ToList();
        var upvotes = deviceId is null ? [] : _queue.UpvotedBy(deviceId).ToList();
        return Task.FromResult(new QnaReadout(PublicView(), mine, upvotes));
    }

    public Task<QnaExport> Export() =>
        Task.FromResult(new QnaExport(_queue.Questions.Select(q => q.ForHost()).ToList(), _queue.Log.Select(e => e.ToContract()).ToList()));

    public Task<PolicySnapshot> GetPolicy() => Task.FromResult(_queue.Policy.ToSnapshot() with { Version = _policyVersion });

    private async Task<QnaView> Moderate(Func<IEnumerable<string>?> change)
    {
        _commit.RequireUsable();
        if (change() is { } ids) Changed([.. ids]);
        await _commit.CommitAsync();
        return HostView();
    }

    private async Task<QnaView> ChangePolicy(Func<ModerationPolicy, ModerationPolicy> change)
    {
        _commit.RequireUsable();
        var next = change(_queue.Policy);
        if (next != _queue.Policy)
        {
            _queue.Policy = next;
            Changed();
            _policyVersion = _commit.Version;
        }
        var snapshot = _queue.Policy.ToSnapshot() with { Version = _policyVersion };
        await _commit.CommitAsync();
        await GrainFactory.GetGrain<ICommentsGrain>(GrainKeys.Comments(Code)).UsePolicy(snapshot);
        return HostView();
    }

    private void Changed(params string[] questionIds)
    {
        _commit.Changed();
        foreach (var id in questionIds) _changed.Add(id);
    }

    private StagedWrite Write(long version)
    {
        // Snapshot synchronously: changes made while this write is in flight belong to the next one.
        _state.State = new QnaState
        {
            Questions = _queue.Questions.Select(q => q.ToStored()).ToList(),
            Settings = _queue.Policy.Settings.ToContract(),
            Blocklist = [.. _queue.Policy.Blocklist],
            Bans = _queue.Policy.ToSnapshot().Bans.ToList(),
            Log = _queue.Log.Select(e => e.ToContract()).ToList(),
            Version = version,
        };
        var host = HostView();
        var pub = PublicView();
        var mine = _changed.Select(id => _queue.Find(id)).Select(q => (q.DeviceId, View: q.ForPublic())).ToList();
        _changed.Clear();
        return new StagedWrite(_state.WriteStateAsync(), () =>
        {
            _publisher.Qna(Code, host, pub);
            foreach (var (device, view) in mine) _publisher.MyQuestion(Code, device, view);
        });
    }

    private QnaView HostView() => new(
        _commit.Version, _queue.Policy.Settings.ToContract(), _queue.Questions.Select(q => q.ForHost()).ToList(), _queue.Spotlight?.Id,
        _queue.Policy.Blocklist, _queue.Policy.ToSnapshot().Bans);

    private QnaView PublicView() => new(
        _commit.Version, _queue.Policy.Settings.ToContract(),
        QuestionOrder.PublicTop(_queue.Questions, _options.PublicQuestionLimit).Select(q => q.ForPublic()).ToList(),
        _queue.Spotlight?.Id, null, null);

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
