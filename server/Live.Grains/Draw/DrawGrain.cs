using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Draw;
using Live.Grains.Common;

namespace Live.Grains.Draw;

/// <summary>
/// A session's lucky draw. Not reentrant: rounds are rare, and while a round gathers its entrants from the other
/// grains nothing else may change the draw. A round's winners are written before anyone is told.
/// </summary>
public sealed class DrawGrain : Grain, IDrawGrain
{
    private readonly IPersistentState<DrawState> _state;
    private readonly ILivePublisher _publisher;
    private readonly VersionedCommit _commit;
    private LuckyDraw _draw = new();
    private DrawSettings _settings = DrawSettings.Default;
    private readonly List<Winner> _newWinners = [];

    public DrawGrain([PersistentState("draw", LiveSiloBuilderExtensions.StorageName)] IPersistentState<DrawState> state, ILivePublisher publisher)
    {
        _state = state;
        _publisher = publisher;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _settings = s.Settings ?? DrawSettings.Default;
        _draw = new LuckyDraw(s.Tiers.Select(t => t.ToDomain()), s.Rounds.Select(r => r.ToDomain()), _settings.AllowRepeatWins);
        _commit.Load(s.Version);
        return Task.CompletedTask;
    }

    public async Task<DrawView> SaveTier(TierRequest request)
    {
        _commit.RequireUsable();
        _draw.SaveTier(request.Id, request.Name, request.Count, request.Order, request.Image, request.Eligibility.ToDomain());
        _commit.Changed();
        await _commit.CommitAsync();
        return View(masked: false);
    }

    public async Task<DrawView> SetSettings(DrawSettings settings)
    {
        _commit.RequireUsable();
        if (settings != _settings)
        {
            _settings = settings;
            _draw.AllowRepeatWins = settings.AllowRepeatWins;
            _commit.Changed();
        }
        await _commit.CommitAsync();
        return View(masked: false);
    }

    public async Task<RoundView> Arm(ArmRequest request)
    {
        _commit.RequireUsable();
        var before = _draw.Rounds.Count;
        var round = _draw.Arm(request.TierId, request.Count, request.Replaces, DrawSelection.NewSeed());
        if (_draw.Rounds.Count != before) _commit.Changed();
        await _commit.CommitAsync();
        return round.ToView(maskNames: false, !_settings.HideCompanies);
    }

    public async Task<RoundView> Draw(int number)
    {
        _commit.RequireUsable();
        var round = _draw.Round(number);
        if (!round.Drawn)
        {
            var rule = _draw.Tier(round.TierId).Eligibility;
            var candidates = await EntrantsFor(rule);
            // Who sits at the tier's tables is read now, with the entrants: the list fixed by this draw is what the proof shows.
            var seated = rule.ByTable ? await GrainFactory.GetGrain<IGroupsGrain>(GrainKeys.Groups(Code)).MembersOf(rule.Tables!) : null;
            _draw.Draw(number, candidates, seated);
            _newWinners.AddRange(round.Winners);
            _commit.Changed();
        }
        await _commit.CommitAsync();
        return round.ToView(maskNames: false, !_settings.HideCompanies);
    }

    public Task<RoundView> Reveal(int number) => Change(() => { var r = _draw.Round(number); var was = r.Revealed; _draw.Reveal(number); return (r, !was); });

    public Task<RoundView> MarkAbsent(AbsentRequest request) => Change(() =>
    {
        var r = _draw.Round(request.Round);
        var was = r.Winners.FirstOrDefault(w => w.EntrantId == request.EntrantId)?.Absent ?? false;
        _draw.MarkAbsent(request.Round, request.EntrantId);
        return (r, !was);
    });

    public Task<DrawReadout> Read(string role, string? deviceId) => Task.FromResult(role switch
    {
        "host" => new DrawReadout(View(masked: false), []),
        "screen" => new DrawReadout(View(_settings.MaskNames), []),
        _ => new DrawReadout(null, deviceId is null ? [] : _draw.Rounds.SelectMany(r => r.Winners)
            .Where(w => !w.Absent && w.DeviceId == deviceId).Select(Prize).ToList()),
    });

    /// <summary>The proof, with the tier's name and the winners' names as the screen shows them, for the public page.</summary>
    public Task<DrawProofView> Proof(int number)
    {
        var proof = _draw.Proof(number).ToView();
        var round = _draw.Round(number).ToView(_settings.MaskNames, showCompanies: false);
        return Task.FromResult(proof with { TierName = _draw.Tier(proof.TierId).Name, WinnerNames = round.Winners.Select(w => w.Name).ToList() });
    }

    private async Task<RoundView> Change(Func<(DrawRound Round, bool Changed)> change)
    {
        _commit.RequireUsable();
        var (round, changed) = change();
        if (changed) _commit.Changed();
        await _commit.CommitAsync();
        return round.ToView(maskNames: false, !_settings.HideCompanies);
    }

    /// <summary>
    /// Who may win, from the session's other grains. A device that checked in counts as its person (one entrant,
    /// named), so someone does not get two tickets by being both on the list and connected.
    /// </summary>
    private async Task<List<Entrant>> EntrantsFor(Eligibility rule)
    {
        var people = await SessionPeople.ReadAsync(GrainFactory, Code);
        static Entrant Of(EntrantInfo p) => new(p.Id, p.Name, p.Category, p.DeviceId, p.Company);

        switch (rule.Source)
        {
            case EntrantSource.CheckedIn:
                return people.Arrived.Select(Of).ToList();
            case EntrantSource.VotedInPoll:
                var voters = await GrainFactory.GetGrain<IPollGrain>(GrainKeys.Poll(Code, rule.PollId!)).Voters();
                // A checked-in-only poll keys ballots by person, other polls by device.
                var byId = people.Arrived.ToDictionary(p => p.Id);
                return voters.Select(v => Of(Live.Domain.Polls.VoterKeys.PersonOf(v) is { } id && byId.TryGetValue(id, out var p)
                    ? p : people.FromDevice(v, null, "voter"))).ToList();
            default:
                var devices = await SessionPeople.ConnectedAsync(GrainFactory, Code);
                return devices.Where(d => rule.Source == EntrantSource.Joined || d.Mode == "online")
                    .Select(d => Of(people.FromDevice(d.DeviceId, d.Nickname, d.Mode))).ToList();
        }
    }

    private PrizeView Prize(Winner w) => new(w.TierId, _draw.Tier(w.TierId).Name, w.Round, w.Name);

    private StagedWrite Write(long version)
    {
        _state.State = new DrawState
        {
            Tiers = _draw.Tiers.Select(t => t.ToStored()).ToList(),
            Rounds = _draw.Rounds.Select(r => r.ToStored()).ToList(),
            Settings = _settings,
            Version = version,
        };
        var host = View(masked: false);
        var screen = _settings.MaskNames ? View(masked: true) : host;
        var prizes = _newWinners.Where(w => w.DeviceId is not null).Select(w => (w.DeviceId!, Prize(w))).ToList();
        _newWinners.Clear();
        return new StagedWrite(_state.WriteStateAsync(), () =>
        {
            _publisher.Draw(Code, host, screen);
            foreach (var (device, prize) in prizes) _publisher.Prize(Code, device, prize);
        });
    }

    private DrawView View(bool masked) => new(_commit.Version, _settings,
        _draw.Tiers.Select(t => new TierView(t.Id, t.Name, t.Count, t.Order, t.Image, t.Eligibility.ToView(),
            _draw.Rounds.Where(r => r.TierId == t.Id).Sum(r => r.Winners.Count(w => !w.Absent)), _draw.OpenPlaces(t.Id))).ToList(),
        _draw.Rounds.Select(r => r.ToView(masked, !_settings.HideCompanies)).ToList());

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
