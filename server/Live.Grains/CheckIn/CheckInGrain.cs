using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.CheckIn;
using Live.Domain.CheckIn.Import;
using Live.Domain.Common;
using Live.Grains.Common;
using Orleans.Concurrency;

namespace Live.Grains.CheckIn;

/// <summary>
/// A session's check-in desk. Plumbing only: apply a roster rule, group-commit, publish. Reentrant so a crowd
/// at the door shares writes; every change happens before the first await.
/// </summary>
[Reentrant]
public sealed class CheckInGrain : Grain, ICheckInGrain
{
    private readonly IPersistentState<CheckInState> _state;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private Roster _roster = new();
    private CheckInSettings _settings = CheckInSettings.Default;
    private readonly List<string> _untold = [];

    public CheckInGrain(
        [PersistentState("checkin", LiveSiloBuilderExtensions.StorageName)] IPersistentState<CheckInState> state,
        ILivePublisher publisher, TimeProvider time)
    {
        _state = state;
        _publisher = publisher;
        _time = time;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private DateTimeOffset Now => _time.GetUtcNow();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _roster = new Roster(s.People.Select(p => p.ToDomain()), s.Log.Select(e => e.ToDomain()));
        // Settings stored before there was a WallDetail read it as null: the default.
        _settings = s.Settings is { } stored ? stored with { WallDetail = WallDetail.Parse(stored.WallDetail) } : CheckInSettings.Default;
        _commit.Load(s.Version);
        return Task.CompletedTask;
    }

    public async Task<ImportReportView> Import(byte[] file)
    {
        _commit.RequireUsable();
        var before = _roster.Revision;
        var report = _roster.Import(RosterFile.Read(file ?? []));
        if (_roster.Revision != before) _commit.Changed();
        await _commit.CommitAsync();
        return report.ToView();
    }

    public async Task<CheckInResult> CheckIn(Poster poster, CheckInRequest request)
    {
        _commit.RequireUsable();
        OpIds.Require(request.OpId);
        var before = _roster.Revision;
        var (person, already) = request.WalkIn
            ? _roster.WalkIn(request.Name, request.Phone, request.Company, poster.DeviceId, _settings.AllowWalkIns, Now)
            : _roster.CheckIn(request.Phone, request.Name, request.Last4, poster.DeviceId, Now);
        // A re-scan changes nothing and costs no write; binding the phone to someone staff checked in does.
        if (_roster.Revision != before) _commit.Changed();
        await _commit.CommitAsync();
        return person.ToResult(already);
    }

    public Task<RosterEntry> StaffCheckIn(string? personId) => Change(() => _roster.StaffCheckIn(personId, Now), personId);

    public Task<RosterEntry> Undo(string? personId) => Change(() =>
    {
        var device = _roster.Find(personId).DeviceId;
        if (!_roster.Undo(personId, Now)) return false;
        // The phone that checked in still shows "checked in": tell it, once this is durable.
        if (device is not null) _untold.Add(device);
        return true;
    }, personId);

    public Task<RosterSearchResult> Search(RosterSearchRequest request)
    {
        var found = _roster.Search(request.Query, request.Limit ?? Roster.SearchLimitDefault);
        return Task.FromResult(new RosterSearchResult(found.People.Select(p => p.ToEntry()).ToList(), found.Total));
    }

    public async Task<CheckInView> SetSettings(CheckInSettings settings)
    {
        _commit.RequireUsable();
        var next = (settings ?? throw new RuleViolation(ErrorCodes.BadRequest)) with { WallDetail = WallDetail.Parse(settings.WallDetail) };
        if (next != _settings)
        {
            _settings = next;
            _commit.Changed();
        }
        await _commit.CommitAsync();
        return View(masked: false);
    }

    public Task<string?> PersonOf(string deviceId) => Task.FromResult(_roster.CheckedInBy(deviceId)?.Id);

    public Task<CheckInReadout> Read(string role, string? deviceId) => Task.FromResult(role switch
    {
        "host" => new CheckInReadout(View(masked: false), null),
        "screen" => new CheckInReadout(View(_settings.MaskNamesOnWall), null),
        _ => new CheckInReadout(null, deviceId is null ? null : _roster.CheckedInBy(deviceId)?.ToResult(already: true)),
    });

    public Task<IReadOnlyList<RosterEntry>> Export() =>
        Task.FromResult<IReadOnlyList<RosterEntry>>(_roster.People.Select(p => p.ToEntry()).ToList());

    public Task<IReadOnlyList<EntrantInfo>> Arrived() => Task.FromResult<IReadOnlyList<EntrantInfo>>(_roster.People.Where(p => p.Arrived)
        .Select(p => new EntrantInfo(p.Id, p.Name, p.WalkIn ? Roster.WalkInCategory : p.Category, p.DeviceId, p.Company)).ToList());

    private async Task<RosterEntry> Change(Func<bool> change, string? personId)
    {
        _commit.RequireUsable();
        if (change()) _commit.Changed();
        await _commit.CommitAsync();
        return _roster.Find(personId).ToEntry();
    }

    private StagedWrite Write(long version)
    {
        // Snapshot synchronously: changes made while this write is in flight belong to the next one.
        _state.State = new CheckInState
        {
            People = _roster.People.Select(p => p.ToStored()).ToList(),
            Log = _roster.Log.Select(e => e.ToStored()).ToList(),
            Settings = _settings,
            Version = version,
        };
        var figures = _roster.Figures();
        var host = figures.ToView(version, _settings, masked: false);
        var screen = _settings.MaskNamesOnWall ? figures.ToView(version, _settings, masked: true) : host;
        var undone = _untold.Select(d => (Device: d, Now: _roster.CheckedInBy(d)?.ToResult(already: true))).ToList();
        _untold.Clear();
        return new StagedWrite(_state.WriteStateAsync(), () =>
        {
            _publisher.CheckIns(Code, host, screen);
            foreach (var (device, now) in undone) _publisher.MyCheckIn(Code, device, now);
        });
    }

    private CheckInView View(bool masked) => _roster.Figures().ToView(_commit.Version, _settings, masked);

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
