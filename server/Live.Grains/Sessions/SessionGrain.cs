using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Sessions;
using Orleans.Hosting;

namespace Live.Grains.Sessions;

/// <summary>
/// A session's structure. Host commands about polls pass through here so the poll list and the screen stay
/// in step with the polls; votes go straight to the poll grains and never touch this grain.
/// </summary>
public sealed class SessionGrain(
    [PersistentState("session", LiveSiloBuilderExtensions.StorageName)] IPersistentState<SessionState> state,
    ILivePublisher publisher) : Grain, ISessionGrain
{
    // Cached poll views, rebuilt from the poll grains on activation; the poll grains own them.
    private readonly Dictionary<string, PollView> _polls = new(StringComparer.Ordinal);

    private string Code => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var id in state.State.PollIds)
        {
            if (await Poll(id).GetView() is { } view) _polls[id] = view;
        }
    }

    public async Task<bool> Create(string title, string? language)
    {
        if (state.State.Title is not null || state.State.Deleted) return false;
        state.State.Title = SessionRules.Title(title);
        state.State.Language = SessionRules.Language(language);
        state.State.CreatedAt = DateTimeOffset.UtcNow;
        await SaveAsync();
        return true;
    }

    public Task<bool> Exists() => Task.FromResult(IsLive);

    public Task<SessionAccess> Access() => Task.FromResult(new SessionAccess(IsLive, new Dictionary<string, int>(state.State.KeyGenerations)));

    public async Task<SessionAccess> RotateKey(string role)
    {
        RequireCreated();
        role = KeyGenerations.RequireRotatable(role);
        state.State.KeyGenerations[role] = KeyGenerations.Current(state.State.KeyGenerations, role) + 1;
        state.State.Version++;
        await state.WriteStateAsync();
        return await Access();
    }

    /// <summary>
    /// Tombstone first (so no link opens it again), then erase every part, then forget the parts. A retry after a
    /// failure part-way erases what is left.
    /// </summary>
    public async Task Delete()
    {
        if (state.State.Title is null && !state.State.Deleted) throw new RuleViolation(ErrorCodes.SessionNotFound);
        if (!state.State.Deleted)
        {
            state.State.Deleted = true;
            await state.WriteStateAsync();
        }
        var parts = state.State.PollIds.Select(id => (IErasableGrain)Poll(id))
            .Concat([
                GrainFactory.GetGrain<IQnaGrain>(GrainKeys.Qna(Code)), GrainFactory.GetGrain<ICommentsGrain>(GrainKeys.Comments(Code)),
                GrainFactory.GetGrain<IReactionsGrain>(GrainKeys.Reactions(Code)), GrainFactory.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(Code)),
                GrainFactory.GetGrain<IDrawGrain>(GrainKeys.Draw(Code)), GrainFactory.GetGrain<IPresenceGrain>(GrainKeys.Presence(Code)),
                GrainFactory.GetGrain<IAgendaGrain>(GrainKeys.Agenda(Code)), GrainFactory.GetGrain<IGroupsGrain>(GrainKeys.Groups(Code)),
                GrainFactory.GetGrain<IQuizGrain>(GrainKeys.Quiz(Code)), GrainFactory.GetGrain<ISurveyGrain>(GrainKeys.Survey(Code)),
            ]);
        await Task.WhenAll(parts.Select(p => p.Erase()));
        var generations = state.State.KeyGenerations;
        state.State = new SessionState { Deleted = true, KeyGenerations = generations, Version = state.State.Version + 1 };
        await state.WriteStateAsync();
        _polls.Clear();
    }

    private bool IsLive => state.State.Title is not null && !state.State.Deleted;

    public Task<SessionView> GetView() => Task.FromResult(View());

    public async Task<SessionView> CreatePoll(PollDraft draft)
    {
        RequireCreated();
        var id = NextPollId();
        _polls[id] = await Poll(id).Create(draft);
        state.State.PollIds.Add(id);
        return await SaveAsync();
    }

    /// <summary>Deleted polls keep their ids (their grains hold the results), so a new poll never takes one.</summary>
    private string NextPollId() => $"p{state.State.PollIds.Count + state.State.DeletedPollIds.Count + 1}";

    public Task<SessionView> EditPoll(string pollId, PollDraft draft) => Update(pollId, p => p.Edit(draft));

    public async Task<SessionView> DuplicatePoll(string pollId)
    {
        RequireCreated();
        RequirePoll(pollId);
        var source = _polls[pollId];
        var id = NextPollId();
        var copy = Poll(id);
        var view = await copy.Create(new PollDraft(source.Question, source.Kind, source.Options.Select(o => o.Text).ToList(), source.MaxSelections,
            source.AllowVoteChange, source.ShowResultsToAttendees, source.Variant, source.AllowUpvotes, source.AttendeeResults));
        if (source.CheckedInOnly)
            view = await copy.SetSettings(new PollSettings(source.AllowVoteChange, source.ShowResultsToAttendees, true, source.AllowUpvotes, source.AttendeeResults));
        _polls[id] = view;
        state.State.PollIds.Insert(state.State.PollIds.IndexOf(pollId) + 1, id);
        return await SaveAsync();
    }

    public async Task<SessionView> DeletePoll(string pollId)
    {
        RequireCreated();
        RequirePoll(pollId);
        if (_polls[pollId].Status == "open") await ClosePoll(pollId); // no vote lands in a poll nobody can see
        state.State.PollIds.Remove(pollId);
        state.State.DeletedPollIds.Add(pollId);
        _polls.Remove(pollId);
        if (state.State.ScreenPollId == pollId) (state.State.ScreenPollId, state.State.ScreenView) = (null, "join");
        return await SaveAsync();
    }

    public async Task<SessionView> ReorderPolls(IReadOnlyList<string> pollIds)
    {
        RequireCreated();
        var current = state.State.PollIds;
        if (pollIds.Count != current.Count || pollIds.Distinct(StringComparer.Ordinal).Count() != current.Count || !pollIds.All(current.Contains))
            throw new RuleViolation(ErrorCodes.InvalidPollOrder);
        if (pollIds.SequenceEqual(current)) return View(); // a resent drag changes nothing
        state.State.PollIds = [.. pollIds];
        return await SaveAsync();
    }

    public async Task<IReadOnlyList<PollView>> DeletedPolls()
    {
        RequireCreated();
        var views = await Task.WhenAll(state.State.DeletedPollIds.Select(id => Poll(id).GetView()));
        return views.OfType<PollView>().Select(WithPresentAtClose).ToList();
    }

    private PollView WithPresentAtClose(PollView poll) =>
        state.State.PresentAtClose.TryGetValue(poll.Id, out var present) ? poll with { PresentAtClose = present } : poll;

    public Task<SessionView> OpenPoll(string pollId) => Update(pollId, p => p.Open());

    /// <summary>Closes the poll and keeps who was present then, so its participation rate survives people leaving.</summary>
    public Task<SessionView> ClosePoll(string pollId) => Update(pollId, async p =>
    {
        var view = await p.Close();
        var voters = (await p.GetResults())?.Voters ?? 0;
        var counts = await GrainFactory.GetGrain<IPresenceGrain>(GrainKeys.Presence(Code)).Get();
        var present = Participation.Present(counts.Onsite + counts.Online, voters);
        // Reopened and closed again: the bigger room of the two closes is the one it was asked in.
        state.State.PresentAtClose[pollId] = Math.Max(present, state.State.PresentAtClose.GetValueOrDefault(pollId));
        return view;
    });

    public Task<SessionView> ResetPoll(string pollId) => Update(pollId, p =>
    {
        state.State.PresentAtClose.Remove(pollId);
        return p.Reset();
    });

    public Task<SessionView> SetPollSettings(string pollId, PollSettings settings) => Update(pollId, p => p.SetSettings(settings));

    public Task<SessionView> SetResultHidden(string pollId, string key, bool hidden) => Update(pollId, p => p.SetResultHidden(key, hidden));

    public Task<SessionView> FeatureAnswer(string pollId, string? key) => Update(pollId, p => p.FeatureAnswer(key));

    public Task<SessionView> ShowOnScreen(string? pollId) => SetScreen(new ScreenRequest(pollId is null ? "join" : "poll", pollId));

    public async Task<SessionView> SetScreen(ScreenRequest request)
    {
        RequireCreated();
        var (view, pollId) = SessionRules.ScreenView(request.View, request.PollId);
        if (pollId is not null) RequirePoll(pollId);
        if (state.State.ScreenPollId == pollId && ScreenViewName() == view) return View();
        state.State.ScreenPollId = pollId;
        state.State.ScreenView = view;
        return await SaveAsync();
    }

    public async Task<SessionView> SetLanguage(string? language)
    {
        RequireCreated();
        var chosen = SessionRules.Language(language);
        if (state.State.Language == chosen) return View();
        state.State.Language = chosen;
        return await SaveAsync();
    }

    private string ScreenViewName() => state.State.ScreenView ?? (state.State.ScreenPollId is null ? "join" : "poll");

    private async Task<SessionView> Update(string pollId, Func<IPollGrain, Task<PollView>> command)
    {
        RequireCreated();
        RequirePoll(pollId);
        _polls[pollId] = await command(Poll(pollId));
        return await SaveAsync();
    }

    private async Task<SessionView> SaveAsync()
    {
        state.State.Version++;
        await state.WriteStateAsync();
        var view = View();
        publisher.Session(view);
        return view;
    }

    private SessionView View()
    {
        RequireCreated();
        var s = state.State;
        var polls = s.PollIds.Where(_polls.ContainsKey).Select(id => WithPresentAtClose(_polls[id])).ToList();
        return new SessionView(Code, s.Title!, s.Version, new ScreenView(s.ScreenPollId, ScreenViewName()), polls, s.Language);
    }

    private void RequireCreated()
    {
        if (!IsLive) throw new RuleViolation(ErrorCodes.SessionNotFound);
    }

    private void RequirePoll(string pollId)
    {
        if (!_polls.ContainsKey(pollId)) throw new RuleViolation(ErrorCodes.PollNotFound);
    }

    private IPollGrain Poll(string pollId) => GrainFactory.GetGrain<IPollGrain>(GrainKeys.Poll(Code, pollId));
}
