using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Groups;
using Live.Grains.Common;

namespace Live.Grains.Groups;

/// <summary>
/// A session's discussion tables. Not reentrant: forming reads the check-in list or the phones in the room, and
/// nothing else may change the tables meanwhile. Each change is written before anyone is told; then hosts and
/// screens get the tables, and each phone whose table changed gets its own "Table 12" (never the whole list).
/// </summary>
public sealed class GroupsGrain : Grain, IGroupsGrain
{
    private readonly IPersistentState<GroupsState> _state;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private DiscussionTables _tables = new();
    /// <summary>Phones to tell of their table at the next write (their table, or its members, changed).</summary>
    private readonly HashSet<string> _phonesToTell = new(StringComparer.Ordinal);

    public GroupsGrain([PersistentState("groups", LiveSiloBuilderExtensions.StorageName)] IPersistentState<GroupsState> state,
        ILivePublisher publisher, TimeProvider time)
    {
        _state = state;
        _publisher = publisher;
        _time = time;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tables = new DiscussionTables(_state.State.Rounds.Select(r => r.ToDomain()), _state.State.Active);
        _commit.Load(_state.State.Version);
        return Task.CompletedTask;
    }

    public Task<GroupsView> Read() => Task.FromResult(_tables.ToView(_commit.Version));

    public Task<MyTableView> MyTable(string deviceId) => Task.FromResult(_tables.MyTable(deviceId));

    public Task<IReadOnlyList<string>?> MembersOf(IReadOnlyList<int> tables) => Task.FromResult(_tables.MembersOf(tables));

    public async Task<GroupsView> Form(FormGroupsRequest request)
    {
        _commit.RequireUsable();
        var options = DiscussionTables.Options(request.Source, request.TargetSize, request.Companies, request.By, request.KeepApart,
            request.Facilitators, request.FacilitatorCategory);
        var people = await Seatable(options.Source);
        TellPhonesOf(_tables.Current?.Seats().Select(s => s.Seat));
        var round = _tables.Form(people, options, Random.Shared.Next(), _time.GetUtcNow());
        TellPhonesOf(round.Seats().Select(s => s.Seat));
        return await Committed(changed: true);
    }

    public async Task<GroupsView> Move(MoveToTableRequest request)
    {
        _commit.RequireUsable();
        var moved = _tables.Move(request.MemberId, request.Table);
        if (moved is var (from, to))
        {
            var round = _tables.Current!;
            TellPhonesOf(round.Tables[from - 1].Concat(round.Tables[to - 1]));
        }
        return await Committed(moved is not null);
    }

    public async Task<GroupsView> End()
    {
        _commit.RequireUsable();
        var seated = _tables.Current?.Seats().Select(s => s.Seat).ToList();
        var ended = _tables.End();
        if (ended) TellPhonesOf(seated);
        return await Committed(ended);
    }

    /// <summary>Who forming seats: everyone checked in, or the phones in the room (as their person when they checked in).</summary>
    private async Task<List<Seatable>> Seatable(GroupSource source)
    {
        var people = await SessionPeople.ReadAsync(GrainFactory, Code);
        var found = source == GroupSource.CheckedIn
            ? people.Arrived
            // Online viewers are not in the room: they get no table.
            : (await SessionPeople.ConnectedAsync(GrainFactory, Code)).Where(d => d.Mode == "onsite")
                .Select(d => people.FromDevice(d.DeviceId, d.Nickname, d.Mode)).ToList();
        // Someone connected on two phones is seated once (at the first phone's place).
        return found.DistinctBy(p => p.Id, StringComparer.Ordinal).Select(p => new Seatable(p.Id, p.Name, p.Company, p.Category, p.DeviceId)).ToList();
    }

    private void TellPhonesOf(IEnumerable<TableSeat>? seats)
    {
        foreach (var seat in seats ?? []) if (seat.Person.DeviceId is { } device) _phonesToTell.Add(device);
    }

    private async Task<GroupsView> Committed(bool changed)
    {
        if (changed) _commit.Changed();
        await _commit.CommitAsync();
        return _tables.ToView(_commit.Version);
    }

    private StagedWrite Write(long version)
    {
        _state.State = new GroupsState { Rounds = _tables.Rounds.Select(r => r.ToStored()).ToList(), Active = _tables.Active, Version = version };
        var view = _tables.ToView(version);
        var phones = _phonesToTell.Select(d => (Device: d, Table: _tables.MyTable(d))).ToList();
        _phonesToTell.Clear();
        return new StagedWrite(_state.WriteStateAsync(), () =>
        {
            _publisher.Groups(Code, view);
            foreach (var (device, table) in phones) _publisher.MyTable(Code, device, table);
        });
    }

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
