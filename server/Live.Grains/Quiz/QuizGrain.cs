using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Quiz;
using Live.Grains.Common;
using Orleans.Concurrency;

namespace Live.Grains.Quiz;

/// <summary>
/// A session's quiz. Plumbing over <see cref="QuizRun"/>: load, apply a rule, group-commit, publish. Reentrant so a
/// burst of answers queues behind one in-flight write instead of each waiting for its own; every change happens
/// synchronously before the first await. The deadline is the clock's (the run settles whenever it is read); a grain
/// timer only makes the close visible the moment it happens. The answer key is in the host's view alone until the
/// reveal; screens and phones get the public view, and each phone its own standing at the reveal.
/// </summary>
[Reentrant]
public sealed class QuizGrain : Grain, IQuizGrain
{
    private static readonly Audience ModeratorsAndScreens = new(["moderator", "screen"]);
    private readonly IPersistentState<QuizState> _state;
    private readonly IPersistentState<QuizJournal> _journal;
    private readonly ILivePublisher _publisher;
    private readonly TimeProvider _time;
    private readonly VersionedCommit _commit;
    private List<QuizQuestion> _questions = [];
    private int _nextId = 1;
    private QuizSettings _settings = QuizSettings.Default;
    private Scoreboard _scores = new();
    private QuizRun? _run;
    private Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private Dictionary<string, string> _playerOfDevice = new(StringComparer.Ordinal);
    private int _expected;
    /// <summary>Who is here, read once per question on its first answer: the check-in list and, for teams by table, the tables.</summary>
    private Task<(SessionPeople People, Dictionary<string, int> TableOf)>? _people;
    private IGrainTimer? _deadline;
    /// <summary>The phase and question phones last heard of: they get the public view only when that changes.</summary>
    private (QuizPhase, int) _toldPhones = (QuizPhase.Lobby, -1);
    private bool _tellStandings;
    /// <summary>A change other than an answer: the next write is a full snapshot.</summary>
    private bool _snapshotDue;
    /// <summary>Players (with their answers) and phones added since the last snapshot: what a journal write carries.</summary>
    private readonly HashSet<string> _playersSinceSnapshot = new(StringComparer.Ordinal);
    private readonly HashSet<string> _devicesSinceSnapshot = new(StringComparer.Ordinal);

    public QuizGrain([PersistentState("quiz", LiveSiloBuilderExtensions.StorageName)] IPersistentState<QuizState> state,
        [PersistentState("quiz-journal", LiveSiloBuilderExtensions.StorageName)] IPersistentState<QuizJournal> journal,
        ILivePublisher publisher, TimeProvider time)
    {
        _state = state;
        _journal = journal;
        _publisher = publisher;
        _time = time;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];
    private DateTimeOffset Now => _time.GetUtcNow();
    private QuizPhase Phase => _run?.Phase ?? QuizPhase.Lobby;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        // The journal holds what answering added after this snapshot, when it extends this very snapshot.
        var j = _journal.State.BaseVersion == s.Version && _journal.State.Version > s.Version ? _journal.State : new QuizJournal();
        _questions = s.Questions.Select(q => q.ToDomain()).ToList();
        _nextId = s.NextId;
        _settings = s.Settings;
        var players = s.Players.Concat(j.Players).DistinctBy(p => p.Id).ToList();
        _scores = new Scoreboard(players.Select(p => p.ToDomain()));
        _names = players.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        _playerOfDevice = new Dictionary<string, string>(s.PlayerOfDevice, StringComparer.Ordinal);
        foreach (var (device, player) in j.PlayerOfDevice) _playerOfDevice[device] = player;
        _expected = s.Expected;
        _commit.Load(Math.Max(s.Version, j.Version));
        _snapshotDue = j.Version > s.Version; // fold the journal into the next write
        var phase = QuizOptions.Phase(s.Phase);
        if (phase != QuizPhase.Lobby && _questions.Count > 0)
        {
            _run = NewRun();
            _run.Restore(phase, s.Index, s.ShownAtMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
                s.Answers.Concat(j.Answers).DistinctBy(a => a.PlayerId).Select(a => a.ToDomain()),
                s.History.Select(h => new QuestionResult(h.QuestionId, h.Answered, h.Correct, h.MeanElapsedMs)));
            _toldPhones = (phase, s.Index);
            // Down past the deadline (a restart mid-question): closed now, on time as far as any answer can tell.
            if (_run.Settle(Now))
            {
                Changed();
                await _commit.CommitAsync();
            }
            else ScheduleDeadline();
        }
    }

    private QuizRun NewRun()
    {
        var options = _settings.ToOptions();
        return new QuizRun(_questions, options.Rules, options.ReadSeconds, _scores);
    }

    public Task<QuizReadout> Read(string role, string? deviceId)
    {
        Settled();
        var view = role == "host" ? HostView(_commit.Version) : PublicView(_commit.Version);
        return Task.FromResult(new QuizReadout(view, deviceId is null ? null : Standing(deviceId, _scores.Standings().ToDictionary(s => s.Id, StringComparer.Ordinal))));
    }

    public Task<QuizView> SaveQuestion(QuizQuestionRequest request) => Edit(() =>
    {
        var kind = QuizOptions.Kind(request.Kind);
        var index = request.Id is null ? -1 : _questions.FindIndex(q => q.Id == request.Id);
        if (request.Id is not null && index < 0) throw new RuleViolation(ErrorCodes.QuizQuestionNotFound);
        if (index < 0 && _questions.Count >= QuizLimits.MaxQuestions) throw new RuleViolation(ErrorCodes.QuizFull);
        var question = QuizQuestion.Create(request.Id ?? $"q{_nextId}", kind, request.Text, request.Options, request.Correct, request.Accepted,
            request.TimeLimitSeconds, request.Points);
        if (index < 0) { _questions.Add(question); _nextId++; }
        else _questions[index] = question;
    });

    public Task<QuizView> DeleteQuestion(string questionId) => Edit(() =>
    {
        if (_questions.RemoveAll(q => q.Id == questionId) == 0) throw new RuleViolation(ErrorCodes.QuizQuestionNotFound);
    });

    /// <summary>Settings apply from the next question on; questions change only in the lobby (a run holds its questions).</summary>
    public async Task<QuizView> SetSettings(QuizSettings settings)
    {
        _commit.RequireUsable();
        var options = settings.ToOptions();
        var normalized = new QuizSettings(options.Rules.StreakBonus, options.Rules.WrongPenalty, options.ReadSeconds,
            options.Leaderboard == LeaderboardMode.Never ? "never" : "betweenQuestions", QuizOptions.Name(options.Teams), options.TeamNames);
        if (!normalized.SameAs(_settings))
        {
            if (Phase is not (QuizPhase.Lobby or QuizPhase.Finished)) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
            // A team no longer on offer is dropped by whoever has not played yet: they get one anew (or pick again).
            if (normalized.Teams != _settings.Teams || !(normalized.TeamNames ?? []).SequenceEqual(_settings.TeamNames ?? []))
                foreach (var p in _scores.Players.Where(p => p.Answered == 0)) p.Team = null;
            _settings = normalized;
            Changed();
        }
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    /// <summary>Shows question <paramref name="number"/> (from 1); the one already on show again changes nothing.</summary>
    public async Task<QuizView> Show(int number)
    {
        _commit.RequireUsable();
        if (_run is null)
        {
            if (_questions.Count == 0) throw new RuleViolation(ErrorCodes.QuizEmpty);
            if (number != 1) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
            _run = NewRun();
        }
        if (_run.Show(number, Now))
        {
            _people = null;
            _expected = 0;
            Changed();
            ScheduleDeadline();
            _ = CountExpectedAsync(_run.Index);
        }
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    public Task<QuizView> Close() => Step(run => run.Close(Now));

    public Task<QuizView> Reveal() => Step(run =>
    {
        var revealed = run.Reveal(Now);
        _tellStandings |= revealed;
        return revealed;
    });

    public Task<QuizView> ShowLeaderboard() => Step(run =>
    {
        if (!run.ShowLeaderboard()) return false;
        run.Scores.MarkShown(); // the next board's arrows compare with this one
        return true;
    });

    public Task<QuizView> Finish() => Step(run => run.Finish());

    public async Task<QuizView> Reset()
    {
        _commit.RequireUsable();
        if (_run is not null || _scores.Players.Count > 0)
        {
            _deadline?.Dispose();
            (_run, _scores, _names, _playerOfDevice, _expected, _people) = (null, new Scoreboard(), new(StringComparer.Ordinal), new(StringComparer.Ordinal), 0, null);
            Changed();
        }
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    public async Task<QuizAnswerAck> Answer(string deviceId, string? nickname, QuizAnswerRequest request)
    {
        _commit.RequireUsable();
        if (string.IsNullOrEmpty(request.OpId) || request.OpId.Length > Domain.Polls.PollLimits.OpIdMax) throw new RuleViolation(ErrorCodes.InvalidOpId);
        RequireOnShow(request.QuestionId);
        var player = _playerOfDevice.TryGetValue(deviceId, out var known) ? known : await JoinAsync(deviceId, nickname);
        var run = RequireOnShow(request.QuestionId); // the question may have moved on during the lookup
        var (taken, isNew) = run.Answer(player, new QuizAnswer(request.Options ?? [], request.Text), request.OpId, Now, request.ElapsedMs);
        if (isNew)
        {
            _playersSinceSnapshot.Add(player);
            _commit.Changed(); // an answer: journaled, not a snapshot
            if (run.AllAnswered(_expected)) _ = CloseIfAllAnsweredAsync(run.Index);
        }
        await _commit.CommitAsync();
        return taken.ToAck(request.QuestionId!);
    }

    /// <summary>
    /// Teams by pick. The team is fixed at the phone's first answer: moving a scored player would shift two teams'
    /// means after the fact. Choosing the team it already has answers its standing again (a retry changes nothing).
    /// </summary>
    public async Task<MyQuizView> ChooseTeam(string deviceId, string? nickname, string? team)
    {
        _commit.RequireUsable();
        var name = _settings.Teams == "pick" ? _settings.TeamNames?.FirstOrDefault(n => string.Equals(n, team?.Trim(), StringComparison.OrdinalIgnoreCase)) : null;
        if (name is null) throw new RuleViolation(ErrorCodes.QuizTeamNotFound);
        var player = _playerOfDevice.TryGetValue(deviceId, out var known) ? known : await JoinAsync(deviceId, nickname);
        var score = _scores.Player(player);
        if (score.Team != name)
        {
            if (score.Answered > 0 || _run?.Answers.Any(a => a.PlayerId == player) == true) throw new RuleViolation(ErrorCodes.QuizTeamLocked);
            score.Team = name;
            _playersSinceSnapshot.Add(player);
            _commit.Changed(); // journaled with the player, as an answer is
        }
        await _commit.CommitAsync();
        return Standing(deviceId, _scores.Standings().ToDictionary(s => s.Id, StringComparer.Ordinal))!;
    }

    private QuizRun RequireOnShow(string? questionId)
    {
        Settled();
        if (_run is not { Phase: QuizPhase.Question } run || run.Current!.Id != questionId) throw new RuleViolation(ErrorCodes.QuestionClosed);
        return run;
    }

    /// <summary>A phone's first answer: it plays as its checked-in person (same score on any phone) or as itself, in its team.</summary>
    private async Task<string> JoinAsync(string deviceId, string? nickname)
    {
        var (people, tableOf) = await (_people ??= ReadPeopleAsync());
        if (_playerOfDevice.TryGetValue(deviceId, out var known)) return known; // joined meanwhile
        var entrant = people.FromDevice(deviceId, nickname, "attendee");
        _playerOfDevice[deviceId] = entrant.Id;
        _devicesSinceSnapshot.Add(deviceId);
        _playersSinceSnapshot.Add(entrant.Id);
        _names[entrant.Id] = entrant.Name;
        var team = _settings.Teams switch
        {
            "tables" => tableOf.TryGetValue(entrant.Id, out var table) ? table.ToString() : null,
            "category" => entrant.Id.StartsWith("d:", StringComparison.Ordinal) ? null : entrant.Category,
            "company" => string.IsNullOrWhiteSpace(entrant.Company) ? null : entrant.Company.Trim(),
            _ => null, // "pick": ChooseTeam sets it
        };
        _scores.Player(entrant.Id, team).Team ??= team;
        return entrant.Id;
    }

    private async Task<(SessionPeople, Dictionary<string, int>)> ReadPeopleAsync()
    {
        var people = await SessionPeople.ReadAsync(GrainFactory, Code);
        var tableOf = new Dictionary<string, int>(StringComparer.Ordinal);
        if (_settings.Teams == "tables")
        {
            var groups = await GrainFactory.GetGrain<IGroupsGrain>(GrainKeys.Groups(Code)).Read();
            if (groups.Active) foreach (var t in groups.Tables) foreach (var m in t.Members) tableOf[m.Id] = t.Number;
        }
        return (people, tableOf);
    }

    private async Task CountExpectedAsync(int index)
    {
        try
        {
            var presence = await GrainFactory.GetGrain<IPresenceGrain>(GrainKeys.Presence(Code)).Get();
            if (_run?.Index == index) _expected = presence.Onsite + presence.Online;
        }
        catch (Exception) { } // without the count the question simply runs to its deadline
    }

    /// <summary>
    /// Everyone counted at the show has answered: closes early if the phones connected now have all answered too
    /// (the count at the show may lag behind a phone that had only just joined; cutting it off would cost it the question).
    /// </summary>
    private async Task CloseIfAllAnsweredAsync(int index)
    {
        try
        {
            var presence = await GrainFactory.GetGrain<IPresenceGrain>(GrainKeys.Presence(Code)).Get();
            if (_run is not { } run || run.Index != index || !run.AllAnswered(Math.Max(_expected, presence.Onsite + presence.Online))) return;
            if (!run.Close(Now)) return;
            _deadline?.Dispose();
            Changed();
            await _commit.CommitAsync();
        }
        catch (Exception) { } // the question then runs to its deadline
    }

    private void ScheduleDeadline()
    {
        _deadline?.Dispose();
        if (_run?.Deadline is not { } deadline || _run.Phase != QuizPhase.Question) return;
        var due = deadline - Now + TimeSpan.FromMilliseconds(20);
        _deadline = this.RegisterGrainTimer(async () =>
        {
            if (_run?.Settle(Now) == true)
            {
                Changed();
                await _commit.CommitAsync();
            }
        }, new GrainTimerCreationOptions(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    /// <summary>Catches up with the clock: a question past its deadline closes (and is written) whoever asks.</summary>
    private void Settled()
    {
        if (_run?.Settle(Now) == true) Changed(); // written with the next commit; the timer commits it too
    }

    private async Task<QuizView> Edit(Action edit)
    {
        _commit.RequireUsable();
        if (Phase != QuizPhase.Lobby) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        edit();
        Changed();
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    private async Task<QuizView> Step(Func<QuizRun, bool> step)
    {
        _commit.RequireUsable();
        if (_run is null) throw new RuleViolation(ErrorCodes.InvalidQuizStep);
        Settled();
        if (step(_run)) Changed();
        if (_run.Phase != QuizPhase.Question) _deadline?.Dispose();
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    /// <summary>A change other than an answer: written as a full snapshot.</summary>
    private void Changed()
    {
        _snapshotDue = true;
        _commit.Changed();
    }

    /// <summary>
    /// Copies synchronously what this version holds, then writes it: during a burst of answers, a journal of the players,
    /// answers and phones added since the last snapshot; a full snapshot after any other change or once the journal
    /// outgrows an eighth of the players (as polls do, docs/PERFORMANCE.md 2026-11-30). A burst of 5,000 answers then
    /// rewrites the whole quiz about eight times instead of on every group commit.
    /// </summary>
    private StagedWrite Write(long version)
    {
        var publish = Publishing(version);
        if (!_snapshotDue && !Domain.Polls.BallotJournal.ShouldSnapshot(_playersSinceSnapshot.Count, _scores.Players.Count))
        {
            _journal.State = new QuizJournal
            {
                BaseVersion = _state.State.Version,
                Answers = _run?.Answers.Where(a => _playersSinceSnapshot.Contains(a.PlayerId)).Select(a => a.ToStored()).ToList() ?? [],
                Players = _playersSinceSnapshot.Select(id => _scores.Player(id).ToStored(_names.GetValueOrDefault(id, id))).ToList(),
                PlayerOfDevice = _devicesSinceSnapshot.ToDictionary(d => d, d => _playerOfDevice[d], StringComparer.Ordinal),
                Version = version,
            };
            return new StagedWrite(_journal.WriteStateAsync(), publish);
        }
        _snapshotDue = false;
        _playersSinceSnapshot.Clear();
        _devicesSinceSnapshot.Clear();
        // Any journal in storage now extends an older snapshot, so it is ignored on load: no need to clear it.
        _state.State = new QuizState
        {
            Questions = _questions.Select(q => q.ToView()).ToList(),
            NextId = _nextId,
            Settings = _settings,
            Phase = QuizOptions.Name(Phase),
            Index = _run?.Index ?? -1,
            ShownAtMs = _run?.ShownAt?.ToUnixTimeMilliseconds(),
            Answers = _run?.Answers.Select(a => a.ToStored()).ToList() ?? [],
            Players = _scores.Players.Select(p => p.ToStored(_names.GetValueOrDefault(p.Id, p.Id))).ToList(),
            PlayerOfDevice = new Dictionary<string, string>(_playerOfDevice),
            Expected = _expected,
            History = _run?.History.Select(h => new StoredQuestionResult(h.QuestionId, h.Answered, h.Correct, h.MeanElapsedMs)).ToList() ?? [],
            Version = version,
        };
        return new StagedWrite(_state.WriteStateAsync(), publish);
    }

    /// <summary>What this version tells hosts, screens and phones once it is durable.</summary>
    private Action Publishing(long version)
    {
        var host = HostView(version);
        var shown = PublicView(version);
        var step = (Phase, _run?.Index ?? -1);
        var tellPhones = step != _toldPhones;
        _toldPhones = step;
        var ranks = _tellStandings ? _scores.Standings().ToDictionary(s => s.Id, StringComparer.Ordinal) : null;
        var standings = ranks is null ? null : _playerOfDevice.Keys.Select(d => (Device: d, Mine: Standing(d, ranks)!)).ToList();
        _tellStandings = false;
        return () =>
        {
            _publisher.Quiz(Code, host, shown, tellPhones);
            foreach (var (device, mine) in standings ?? []) _publisher.MyQuiz(Code, device, mine);
        };
    }

    private QuizView HostView(long version) => View(version, forHost: true);

    private QuizView PublicView(long version) => View(version, forHost: false);

    private QuizView View(long version, bool forHost)
    {
        var phase = Phase;
        var revealed = phase is QuizPhase.Revealed or QuizPhase.Leaderboard or QuizPhase.Finished;
        LiveQuizQuestion? current = null;
        if (_run?.Current is { } q && phase != QuizPhase.Lobby)
        {
            var key = forHost || revealed;
            current = new LiveQuizQuestion(q.Id, _run.Index + 1, QuizOptions.Name(q.Kind), q.Text, q.Options, q.TimeLimitSeconds, q.Points,
                _run.ShownAt!.Value.ToUnixTimeMilliseconds(), _run.AnswersAt!.Value.ToUnixTimeMilliseconds(), _run.Deadline!.Value.ToUnixTimeMilliseconds(),
                key ? q.Correct : [], key ? q.Accepted : [], key ? _run.Distribution() : null);
        }
        var board = phase == QuizPhase.Finished || (phase == QuizPhase.Leaderboard && _settings.Leaderboard != "never") || forHost;
        var leaders = board
            ? _scores.Standings().Take(10).Select(s => new QuizLeader(s.Rank, _names.GetValueOrDefault(s.Id, s.Id), s.Total, s.Movement,
                _scores.Player(s.Id).Team)).ToList()
            : [];
        var teams = board ? _scores.Teams().Select(t => new QuizTeamView(t.Rank, t.Team, t.Score, t.Members)).ToList() : [];
        return new QuizView(version, Now.ToUnixTimeMilliseconds(), QuizOptions.Name(phase), _questions.Count, _settings, current,
            _run?.Answers.Count ?? 0, _scores.Players.Count, leaders, teams, forHost ? _questions.Select(x => x.ToView()).ToList() : []);
    }

    /// <summary>A phone's own standing (rank 0 before it has answered anything); its answer to the question on show.</summary>
    private MyQuizView? Standing(string deviceId, IReadOnlyDictionary<string, Standing> ranks)
    {
        if (!_playerOfDevice.TryGetValue(deviceId, out var player)) return null;
        var mine = ranks.GetValueOrDefault(player);
        var score = _scores.Player(player);
        var answer = _run?.Answers.FirstOrDefault(a => a.PlayerId == player);
        var revealed = Phase is QuizPhase.Revealed or QuizPhase.Leaderboard or QuizPhase.Finished;
        return new MyQuizView(_names.GetValueOrDefault(player, player), score.Total, mine?.Rank ?? 0, ranks.Count, mine?.GapToNext ?? 0, score.Streak,
            revealed ? score.LastPoints : null, revealed ? score.LastCorrect : null, score.Team, answer?.ToAck(_run!.Current!.Id));
    }

    public Task<QuizExport> Export()
    {
        Settled();
        var players = _scores.Standings().Select(s =>
        {
            var p = _scores.Player(s.Id);
            return new QuizPlayerRow(s.Rank, _names.GetValueOrDefault(s.Id, s.Id), p.Team, p.Total, p.Correct, p.Answered, p.CorrectTimeMs);
        }).ToList();
        var byId = _questions.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x => x);
        var questions = (_run?.History ?? []).Where(h => byId.ContainsKey(h.QuestionId)).Select(h =>
        {
            var (q, i) = byId[h.QuestionId];
            return new QuizQuestionRow(i + 1, q.Text, QuizOptions.Name(q.Kind), h.Answered, h.Correct, h.MeanElapsedMs);
        }).ToList();
        return Task.FromResult(new QuizExport(players, questions));
    }

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase()
    {
        _deadline?.Dispose();
        return this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state, _journal);
    }
}
