using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Agenda;
using Live.Grains.Common;

namespace Live.Grains.Agenda;

/// <summary>
/// A session's run of show. Not reentrant: host commands are rare and each is validated, applied, written and only
/// then published. The timer is stored as a state (running since a server time), so nothing ticks here: clients
/// compute the second they show from the pushed state and the server's <c>now</c> in it.
/// </summary>
public sealed class AgendaGrain : Grain, IAgendaGrain
{
    private readonly IPersistentState<AgendaState> _state;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private RunOfShow _agenda = new();

    public AgendaGrain([PersistentState("agenda", LiveSiloBuilderExtensions.StorageName)] IPersistentState<AgendaState> state,
        ILivePublisher publisher, TimeProvider time)
    {
        _state = state;
        _publisher = publisher;
        _time = time;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private long Now => _time.GetUtcNow().ToUnixTimeMilliseconds();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _agenda = new RunOfShow(s.Segments.Select(x => x.ToDomain()), s.NextId, s.LiveSegmentId, s.TimerOnScreen, s.RecentAdjustments);
        _commit.Load(s.Version);
        return Task.CompletedTask;
    }

    public Task<AgendaView> Read() => Task.FromResult(View());

    public Task<AgendaView> SaveSegment(SegmentRequest request) =>
        Change(() => { _agenda.Save(request.Id, new SegmentDraft(request.Title, request.Speaker, request.PlannedStart, request.DurationMinutes, request.Notes)); return true; });

    public Task<AgendaView> DeleteSegment(string segmentId) => Change(() => { _agenda.Delete(segmentId); return true; });

    public Task<AgendaView> Reorder(IReadOnlyList<string> segmentIds) => Change(() => _agenda.Reorder(segmentIds));

    public Task<AgendaView> GoLive(string? segmentId) => Change(() => _agenda.GoLive(segmentId, Now));

    public Task<AgendaView> StartTimer(string segmentId) => Change(() => _agenda.Timer(segmentId, t => t.Start(Now)));

    public Task<AgendaView> PauseTimer(string segmentId) => Change(() => _agenda.Timer(segmentId, t => t.Pause(Now)));

    public Task<AgendaView> AdjustTimer(TimerAdjustRequest request) => Change(() => _agenda.Adjust(request.SegmentId!, request.Seconds, request.OpId!));

    public Task<AgendaView> ResetTimer(string segmentId) => Change(() => _agenda.Timer(segmentId, t => t.Reset()));

    public Task<AgendaView> SetTimerSettings(TimerSettingsRequest request) => Change(() =>
    {
        var mode = SpeakerTimer.ParseMode(request.Mode);
        return _agenda.Timer(request.SegmentId!, t => t.WithSettings(mode, request.WrapUpSeconds, request.RedSeconds));
    });

    public Task<AgendaView> ShowTimerOnScreen(bool show) => Change(() => _agenda.ShowTimerOnScreen(show));

    /// <summary>Runs a rule (which throws before touching anything when it says no), then writes and publishes a real change.</summary>
    private async Task<AgendaView> Change(Func<bool> change)
    {
        _commit.RequireUsable();
        if (change()) _commit.Changed();
        await _commit.CommitAsync();
        return View();
    }

    private StagedWrite Write(long version)
    {
        _state.State = new AgendaState
        {
            Segments = _agenda.Segments.Select(s => s.ToStored()).ToList(),
            LiveSegmentId = _agenda.LiveId,
            TimerOnScreen = _agenda.TimerOnScreen,
            NextId = _agenda.NextId,
            RecentAdjustments = [.. _agenda.RecentAdjustments],
            Version = version,
        };
        var view = _agenda.ToView(version, Now);
        return new StagedWrite(_state.WriteStateAsync(), () => _publisher.Agenda(Code, view with { Now = Now }));
    }

    private AgendaView View() => _agenda.ToView(_commit.Version, Now);

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
