using Live.Contracts;
using Live.Contracts.Realtime;
using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;
using Live.Domain.Survey;
using Live.Grains.Common;
using Live.Grains.Polls;
using Orleans.Concurrency;

namespace Live.Grains.Survey;

/// <summary>
/// A session's satisfaction survey. Plumbing over <see cref="SurveyForm"/> and <see cref="SurveyBook"/>: load, apply a
/// rule, group-commit, publish. Reentrant so the end-of-event rush of answers shares writes; every change happens
/// synchronously before the first await. A checked-in person answers once whatever phone they use (their respondent
/// key is their person); anyone else answers once per device.
/// </summary>
[Reentrant]
public sealed class SurveyGrain : Grain, ISurveyGrain
{
    private readonly IPersistentState<SurveyState> _state;
    private readonly ILivePublisher _publisher;
    private readonly VersionedCommit _commit;
    private SurveyRequest _request = new("", []);
    private SurveyForm _form = SurveyForm.Empty;
    private PollStatus _status = PollStatus.Draft;
    private SurveyBook _book = new(SurveyForm.Empty);
    private SurveyTags _tags = new();
    /// <summary>The form or the status changed: screens and phones hear of it with the next write (answers they never hear of).</summary>
    private bool _tellPublic;

    public SurveyGrain([PersistentState("survey", LiveSiloBuilderExtensions.StorageName)] IPersistentState<SurveyState> state, ILivePublisher publisher)
    {
        _state = state;
        _publisher = publisher;
        _commit = new VersionedCommit(Write, () => this.DeactivateOnIdle(), this.CommitMetrics());
    }

    private string Code => this.GetPrimaryKeyString().Split('/')[0];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var s = _state.State;
        _request = s.Form ?? new SurveyRequest("", []);
        _form = s.Form is null ? SurveyForm.Empty : SurveyForms.FromRequest(s.Form);
        _status = PollMapping.ParseStatus(s.Status);
        _book = new SurveyBook(_form);
        foreach (var r in s.Responses)
            _book.Restore(_form, r.Respondent, r.Answers.Select(a => (a.QuestionId, new Answer(a.Numbers, a.Texts))), r.Submitted);
        _tags = new SurveyTags();
        _tags.Restore(s.Tags, s.Tagged.Select(t => (t.QuestionId, t.Key, t.Tags.AsEnumerable())));
        _commit.Load(s.Version);
        return Task.CompletedTask;
    }

    public async Task<SurveyReadout> Read(string role, string? deviceId)
    {
        var view = role == "host" ? HostView(_commit.Version) : PublicView(_commit.Version);
        return new SurveyReadout(view, deviceId is null ? null : Mine(await RespondentAsync(deviceId)));
    }

    /// <summary>The whole form, replaced: only while nobody has answered, so no answer ever meets another question.</summary>
    public Task<SurveyView> Save(SurveyRequest request) => Change(() =>
    {
        var form = SurveyForms.FromRequest(request);
        if (_book.Started > 0) throw new RuleViolation(ErrorCodes.SurveyHasResponses);
        (_request, _form, _book) = (request with { Title = form.Title }, form, new SurveyBook(form));
        _tags.Restore(_tags.Names, []); // the comments tagged belonged to the old questions
    });

    public Task<SurveyView> Open() => Change(() =>
    {
        if (_form.Questions.Count == 0) throw new RuleViolation(ErrorCodes.SurveyEmpty);
        _status = PollStatus.Open;
    });

    public Task<SurveyView> Close() => Change(() =>
    {
        if (_status == PollStatus.Draft) throw new RuleViolation(ErrorCodes.PollNotOpen);
        _status = PollStatus.Closed;
    });

    public Task<SurveyView> Reset() => Change(() =>
    {
        _book.Clear(_form);
        _status = PollStatus.Draft;
    });

    public Task<SurveyView> SetTags(IReadOnlyList<string?> tags) => HostChange(() => { _tags.SetNames(tags); return true; });

    public Task<SurveyView> Tag(SurveyTagRequest request) => HostChange(() => _tags.Set(_form, request.QuestionId, request.Key, request.Tag, request.On));

    /// <summary>A change only the host's view shows (tags): screens and phones hear nothing of it.</summary>
    private async Task<SurveyView> HostChange(Func<bool> change)
    {
        _commit.RequireUsable();
        if (change()) _commit.Changed();
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    public async Task<MySurveyView> Answer(string deviceId, SurveyAnswerRequest request)
    {
        _commit.RequireUsable();
        var respondent = await RespondentAsync(deviceId);
        var answers = (request.Answers ?? []).Select(a => (a.PollId, PollMapping.ToInput(a ?? throw new RuleViolation(ErrorCodes.BadRequest)))).ToList();
        if (_book.Save(_form, _status, respondent, answers, request.Submit)) _commit.Changed(); // host hears it with the next tick
        await _commit.CommitAsync();
        return Mine(respondent);
    }

    private async Task<string> RespondentAsync(string deviceId)
    {
        var person = await GrainFactory.GetGrain<ICheckInGrain>(GrainKeys.CheckIn(Code)).PersonOf(deviceId);
        return VoterKeys.KeyFor(person is not null, deviceId, person);
    }

    private MySurveyView Mine(string respondent)
    {
        var response = _book.Responses.GetValueOrDefault(respondent);
        var answers = response?.Answers.Select(a =>
        {
            var shown = _form.Find(a.Key)!.Definition.Kind.Show(a.Value);
            return new BallotView(a.Key, shown.OptionIds ?? [], shown.Ranking, shown.Ratings, shown.Texts?.Select(t => t!).ToList());
        }).ToList() ?? [];
        return new MySurveyView(answers, response?.Submitted ?? false);
    }

    private async Task<SurveyView> Change(Action change)
    {
        _commit.RequireUsable();
        change();
        _tellPublic = true;
        _commit.Changed();
        await _commit.CommitAsync();
        return HostView(_commit.Version);
    }

    private StagedWrite Write(long version)
    {
        var host = HostView(version);
        var shown = _tellPublic ? PublicView(version) : null;
        _tellPublic = false;
        _state.State = new SurveyState
        {
            Form = _request,
            Status = _status.ToWire(),
            Responses = _book.Responses.Select(r => new StoredSurveyResponse(r.Key,
                r.Value.Answers.Select(a => new StoredSurveyAnswer(a.Key, a.Value.Numbers, a.Value.Texts)).ToList(), r.Value.Submitted)).ToList(),
            Version = version,
            Tags = [.. _tags.Names],
            Tagged = [.. _tags.Tagged.Select(t => new SurveyTagged(t.Question, t.Key, [.. t.Tags]))],
        };
        return new StagedWrite(_state.WriteStateAsync(), () => _publisher.Survey(Code, host, shown));
    }

    private SurveyView HostView(long version) => View(version, withResults: true);

    private SurveyView PublicView(long version) => View(version, withResults: false);

    private SurveyView View(long version, bool withResults)
    {
        var questions = _form.Questions.Select(q => new SurveyQuestionView(q.Definition.ToView(q.Id, _status), q.Required)).ToList();
        var results = withResults
            ? _form.Questions.Select(q =>
            {
                var (tally, answered) = _book.ResultsOf(q);
                return new PollResults(q.Id, version, _status.ToWire(), tally.Counts, answered, false, tally.Items.ToWire());
            }).ToList()
            : [];
        var view = new SurveyView(version, _status.ToWire(), _form.Title, questions, _book.Started, _book.Submitted, results);
        return withResults
            ? view with
            {
                Tags = [.. _tags.Names],
                Tagged = [.. _tags.Tagged.Select(t => new SurveyTagged(t.Question, t.Key, [.. t.Tags]))],
                TagCounts = [.. _tags.Count(_form, _book).Select(c => new SurveyTagCount(c.Tag, c.Count))],
            }
            : view;
    }

    public Task<PollTable> ExportResponses(byte[] respondentSecret) => Task.FromResult(SurveyExports.Responses(_form, _book, respondentSecret).ToWire());

    /// <summary>The host deleted the session: nothing of it stays in storage, and this activation goes away.</summary>
    public Task Erase() => this.EraseAsync(() => OnActivateAsync(CancellationToken.None), _state);
}
