using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Moderation;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Grains.Common;
using Orleans.Concurrency;
using Orleans.Hosting;

namespace Live.Grains.Polls;

/// <summary>
/// One poll. Plumbing only: load, apply a rule, group-commit, publish. Reentrant so votes queue behind an
/// in-flight write instead of each waiting for its own; every mutation happens synchronously before the first await.
/// </summary>
[Reentrant]
public sealed class PollGrain : Grain, IPollGrain
{
    private readonly IPersistentState<PollState> _state;
    private readonly IPersistentState<PollJournal> _journal;
    // Voters whose ballot changed since the last snapshot: what the next journal write holds.
    private readonly HashSet<string> _changedSinceSnapshot = new(StringComparer.Ordinal);
    // Voters whose upvotes changed since the last snapshot: the journal carries their whole upvote sets.
    private readonly HashSet<string> _upvotersSinceSnapshot = new(StringComparer.Ordinal);
    private bool _snapshotDue; // the definition, status or whole book changed: the next write is a snapshot
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private PollDefinition? _definition;
    private PollStatus _status;
    private BallotBook _book = new();
    private WordFilter? _filter; // the session's word filter, for kinds whose results show attendees' text

    public PollGrain(
        [PersistentState("poll", LiveSiloBuilderExtensions.StorageName)] IPersistentState<PollState> state,
        [PersistentState("poll-journal", LiveSiloBuilderExtensions.StorageName)] IPersistentState<PollJournal> journal,
        ILivePublisher publisher, TimeProvider time)
    {
        _state = state;
        _journal = journal;
        _publisher = publisher;
        _time = time;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private string PollId => this.GetPrimaryKeyString().Split('/')[^1];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var (state, journal) = (_state.State, _journal.State);
        _definition = state.Definition?.ToDomain();
        _status = PollMapping.ParseStatus(state.Status);
        _book = state.ToBook(journal, _definition);
        _changedSinceSnapshot.Clear();
        _upvotersSinceSnapshot.Clear();
        _snapshotDue = false;
        var extended = journal.ExtendsSnapshot(state);
        // The journal's ballots and upvotes are not in the snapshot: the next journal write must carry them again.
        if (extended)
        {
            _changedSinceSnapshot.UnionWith(journal.Ballots.Keys);
            _upvotersSinceSnapshot.UnionWith(journal.Upvotes?.Keys ?? Enumerable.Empty<string>());
        }
        _commit.Load(extended ? Math.Max(state.Version, journal.Version) : state.Version);
        return LoadFilterAsync();
    }

    /// <summary>
    /// The session's word filter, read when the poll is activated and opened (the kinds that show attendees' text hold
    /// back what it matches). A blocklist changed while a poll is open applies from its next opening.
    /// </summary>
    private async Task LoadFilterAsync()
    {
        if (_definition?.Kind.ShowsAttendeeText != true) return;
        var policy = await GrainFactory.GetGrain<IQnaGrain>(GrainKeys.Qna(Code)).GetPolicy();
        _filter = new WordFilter(policy.Blocklist);
    }

    public async Task<PollView> Create(PollDraft draft)
    {
        if (_definition is not null) return View(); // a retried create is harmless
        var definition = PollDrafts.Validate(draft.ToInput());
        Change(() => { _definition = definition; _book = new BallotBook(definition); _status = PollStatus.Draft; });
        await _commit.CommitAsync();
        return View();
    }

    public Task<PollView?> GetView() => Task.FromResult(_definition is null ? null : View());

    public async Task<PollView> Open()
    {
        RequireDefinition();
        await LoadFilterAsync();
        return await Transition(PollLifecycle.Open);
    }

    public Task<PollView> Close() => Transition(PollLifecycle.Close);

    public async Task<PollView> Reset()
    {
        RequireDefinition();
        var definition = RequireDefinition();
        Change(() => { _book.Clear(definition); _definition = definition with { FeaturedKey = null }; _status = PollLifecycle.Reset(_status); });
        await _commit.CommitAsync();
        return View();
    }

    public async Task<PollView> SetSettings(PollSettings settings)
    {
        var definition = RequireDefinition();
        VoterKeys.RequireChangeAllowed(definition.CheckedInOnly, settings.CheckedInOnly, _book.Ballots.Count);
        PollDrafts.RequireUpvotesTaken(definition.Kind, settings.AllowUpvotes);
        // Absent (a console from before the setting): kept as it is.
        var timing = settings.AttendeeResults is null ? definition.AttendeeResults : ResultsTimings.Parse(settings.AttendeeResults);
        Change(() => _definition = definition with
        {
            AttendeeResults = timing,
            AllowVoteChange = settings.AllowVoteChange,
            ShowResultsToAttendees = settings.ShowResultsToAttendees,
            CheckedInOnly = settings.CheckedInOnly,
            AllowUpvotes = settings.AllowUpvotes,
        });
        await _commit.CommitAsync();
        return View();
    }

    /// <summary>
    /// Only a draft: once a poll has opened, phones have seen it (and may have voted), so its question and options are
    /// what they answered. Settings the draft does not carry (checked-in only) stay as they are.
    /// </summary>
    public async Task<PollView> Edit(PollDraft draft)
    {
        var current = RequireDefinition();
        if (_status != PollStatus.Draft) throw new RuleViolation(ErrorCodes.PollNotDraft);
        var definition = PollDrafts.Validate(draft.ToInput()) with { CheckedInOnly = current.CheckedInOnly };
        Change(() => { _definition = definition; _book = new BallotBook(definition); });
        await _commit.CommitAsync();
        return View();
    }

    public async Task<PollView> SetResultHidden(string key, bool hidden)
    {
        var definition = RequireDefinition().WithHidden(key, hidden);
        if (definition != _definition) Change(() => _definition = definition);
        await _commit.CommitAsync();
        return View();
    }

    public async Task<PollView> FeatureAnswer(string? key)
    {
        var definition = _book.Feature(RequireDefinition(), key, _filter);
        if (definition != _definition) Change(() => _definition = definition);
        await _commit.CommitAsync();
        return View();
    }

    /// <summary>
    /// Like a vote: applied to the book synchronously, acknowledged once durable, and published only with the next
    /// coalesced results (the commit marks the poll changed; nothing is pushed per upvote).
    /// </summary>
    public async Task<AnswerUpvoteAck> UpvoteAnswer(string deviceId, AnswerUpvoteRequest request)
    {
        var voter = RequireDefinition().CheckedInOnly ? await CheckedInVoterAsync(deviceId) : deviceId;
        var definition = RequireDefinition(); // read again: the settings may have changed during the lookup
        var outcome = _book.Upvote(definition, _status, voter, request.Key, request.Up, request.OpId, _filter);
        if (outcome != UpvoteOutcome.Retry)
        {
            _upvotersSinceSnapshot.Add(voter);
            _commit.Changed();
        }
        await _commit.CommitAsync(); // also covers a retry whose first attempt is still in the current batch
        var key = request.Key!;
        return new AnswerUpvoteAck(PollId, key, _book.Upvotes.Of(voter).Contains(key), _book.Upvotes.CountOf(key));
    }

    public async Task<IReadOnlyList<string>> MyUpvotes(string deviceId)
    {
        if (_definition is null) return [];
        string voter;
        try { voter = _definition.CheckedInOnly ? await CheckedInVoterAsync(deviceId) : deviceId; }
        catch (RuleViolation) { return []; }
        return _book.Upvotes.Of(voter);
    }

    public async Task<VoteAck> Vote(string deviceId, VoteRequest vote)
    {
        var voter = RequireDefinition().CheckedInOnly ? await CheckedInVoterAsync(deviceId) : deviceId;
        var definition = RequireDefinition(); // read again: the settings may have changed during the lookup
        if (definition.CheckedInOnly != (VoterKeys.PersonOf(voter) is not null)) throw new RuleViolation(ErrorCodes.PollHasVotes);
        var outcome = _book.Cast(definition, _status, voter, vote.ToInput(), vote.OpId, _time.GetUtcNow()); // mutates, or throws and changes nothing
        if (outcome != CastOutcome.Unchanged)
        {
            _changedSinceSnapshot.Add(voter);
            _commit.Changed();
        }
        await _commit.CommitAsync(); // also covers a retry whose first attempt is still in the current batch
        return _book.BallotOf(voter)!.ToAck(RequireDefinition(), PollId, vote.OpId!);
    }

    /// <summary>In a checked-in-only poll, the person this device checked in as (checkin_required if none).</summary>
    private async Task<string> CheckedInVoterAsync(string deviceId)
    {
        var person = await GrainFactory.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(Code)).PersonOf(deviceId);
        return VoterKeys.KeyFor(checkedInOnly: true, deviceId, person);
    }

    public Task<PollResults?> GetResults() => Task.FromResult(_definition is null ? null : Results());

    public async Task<BallotView?> GetBallot(string deviceId)
    {
        if (_definition is null) return null;
        string voter;
        try { voter = _definition.CheckedInOnly ? await CheckedInVoterAsync(deviceId) : deviceId; }
        catch (RuleViolation) { return null; } // not checked in: no ballot in a checked-in-only poll
        return _book.BallotOf(voter)?.ToView(_definition, PollId);
    }

    public Task<PollTable?> ExportResults() =>
        Task.FromResult(_definition is null ? null : PollExports.Results(_definition, _book, _filter).ToWire());

    public Task<PollTable?> ExportResponses(byte[] respondentSecret) =>
        Task.FromResult(_definition is null ? null : PollExports.Responses(_definition, _book, respondentSecret, _filter).ToWire());

    public Task<IReadOnlyList<string>> Voters() => Task.FromResult<IReadOnlyList<string>>([.. _book.Ballots.Keys]);

    private async Task<PollView> Transition(Func<PollStatus, PollStatus> rule)
    {
        RequireDefinition();
        var next = rule(_status);
        if (next != _status) Change(() => _status = next);
        await _commit.CommitAsync();
        return View();
    }

    private PollDefinition RequireDefinition()
    {
        _commit.RequireUsable();
        return _definition ?? throw new RuleViolation(ErrorCodes.PollNotFound);
    }

    /// <summary>A change to the definition, the status or the whole book (reset): written as a full snapshot.</summary>
    private void Change(Action mutate)
    {
        mutate();
        _snapshotDue = true;
        _commit.Changed();
    }

    /// <summary>
    /// Copies synchronously what this version holds (later changes belong to the next batch), then writes it: a
    /// journal of the ballots changed since the last snapshot, or, when the host changed the poll or the journal grew
    /// past an eighth of the book, a full snapshot (BallotJournal). A vote costs its share of a small write instead of
    /// a rewrite of every ballot (docs/PERFORMANCE.md, 2026-11-30).
    /// </summary>
    private StagedWrite Write(long version)
    {
        var written = _definition is null ? null : Results();
        Action? publish = written is null ? null : () => _publisher.Results(Code, written);
        if (_snapshotDue || BallotJournal.ShouldSnapshot(
                _changedSinceSnapshot.Count + _upvotersSinceSnapshot.Count, _book.Voters + _book.Upvotes.Voters.Count))
        {
            _snapshotDue = false;
            _changedSinceSnapshot.Clear();
            _upvotersSinceSnapshot.Clear();
            // Any journal in storage now extends an older snapshot, so it is ignored on load: no need to clear it.
            _state.State = new PollState
            {
                Definition = _definition?.ToStored(),
                Status = _status.ToWire(),
                Ballots = _book.ToStored(),
                Version = version,
                Upvotes = _book.ToStoredUpvotes(),
            };
            return new StagedWrite(_state.WriteStateAsync(), publish);
        }
        _journal.State = new PollJournal
        {
            BaseVersion = _state.State.Version,
            Ballots = _book.ToStored(_changedSinceSnapshot),
            Version = version,
            Upvotes = _upvotersSinceSnapshot.Count == 0 ? null : _book.ToStoredUpvotes(_upvotersSinceSnapshot),
        };
        return new StagedWrite(_journal.WriteStateAsync(), publish);
    }

    private PollView View() => _definition!.ToView(PollId, _status);

    private PollResults Results()
    {
        var tally = _book.Read(_definition!, _filter);
        return new(PollId, _commit.Version, _status.ToWire(), tally.Counts, _book.Voters, _definition!.ResultsVisibleToAttendees(_status), tally.Items.ToWire());
    }

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state, _journal);
}
