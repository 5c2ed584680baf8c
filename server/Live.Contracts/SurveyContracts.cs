namespace Live.Contracts;

// Wire types of the satisfaction survey. See docs/API.md ("Survey"). Never renumber an [Id]. A survey question is
// shaped as a poll (PollDraft in, PollView out, VoteRequest answers, PollResults results), so every client shows it
// with its poll-kind modules.

/// <summary>One question as the host writes it: a poll draft (kinds single, multiple, rating, text) and whether it must be answered.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-question-request")]
public sealed record SurveyQuestionRequest([property: Id(0)] PollDraft? Question, [property: Id(1)] bool Required);

/// <summary>SaveSurvey's argument: the whole form, replacing the one before (only while nobody has answered).</summary>
[GenerateSerializer, Immutable, Alias("live.survey-request")]
public sealed record SurveyRequest([property: Id(0)] string? Title, [property: Id(1)] IReadOnlyList<SurveyQuestionRequest>? Questions);

/// <summary>A question as everyone sees it: Question.Id is "s1", "s2"…, Question.Status the survey's.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-question-view")]
public sealed record SurveyQuestionView([property: Id(0)] PollView Question, [property: Id(1)] bool Required);

/// <summary>
/// The survey. Status: "draft", "open" or "closed". Started: people who saved any answer; Submitted: who sent it.
/// Results (one per question, PollId = the question id, Voters = who answered it), Tags, Tagged and TagCounts: the host's
/// view only; screens and phones never see a survey's answers.
/// </summary>
[GenerateSerializer, Immutable, Alias("live.survey-view")]
public sealed record SurveyView(
    [property: Id(0)] long Version,
    [property: Id(1)] string Status,
    [property: Id(2)] string Title,
    [property: Id(3)] IReadOnlyList<SurveyQuestionView> Questions,
    [property: Id(4)] int Started,
    [property: Id(5)] int Submitted,
    [property: Id(6)] IReadOnlyList<PollResults> Results,
    [property: Id(7)] IReadOnlyList<string>? Tags = null,
    [property: Id(8)] IReadOnlyList<SurveyTagged>? Tagged = null,
    [property: Id(9)] IReadOnlyList<SurveyTagCount>? TagCounts = null);

/// <summary>A comment's tags: QuestionId and Key (the result item's key) name the comment.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-tagged")]
public sealed record SurveyTagged([property: Id(0)] string QuestionId, [property: Id(1)] string Key, [property: Id(2)] IReadOnlyList<string> Tags);

/// <summary>How many people's comments carry the tag.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-tag-count")]
public sealed record SurveyTagCount([property: Id(0)] string Tag, [property: Id(1)] int Count);

/// <summary>TagSurveyAnswer's argument: put the tag on the comment (its result item key) or take it off.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-tag-request")]
public sealed record SurveyTagRequest([property: Id(0)] string? QuestionId, [property: Id(1)] string? Key, [property: Id(2)] string? Tag, [property: Id(3)] bool On);

/// <summary>A phone's answers to save (PollId = the question id; OpId is not needed: saving is idempotent) and, with Submit, the survey sent.</summary>
[GenerateSerializer, Immutable, Alias("live.survey-answer-request")]
public sealed record SurveyAnswerRequest([property: Id(0)] IReadOnlyList<VoteRequest>? Answers, [property: Id(1)] bool Submit);

/// <summary>What the server holds of this person's survey (on any phone they checked in with).</summary>
[GenerateSerializer, Immutable, Alias("live.my-survey")]
public sealed record MySurveyView([property: Id(0)] IReadOnlyList<BallotView> Answers, [property: Id(1)] bool Submitted);

[GenerateSerializer, Immutable, Alias("live.survey-readout")]
public sealed record SurveyReadout([property: Id(0)] SurveyView View, [property: Id(1)] MySurveyView? Mine);

/// <summary>A session's satisfaction survey: its form, status and every response. Key: "{code}/survey".</summary>
[Alias("live.ISurveyGrain")]
public interface ISurveyGrain : IGrainWithStringKey, IErasableGrain
{
    /// <summary>The host's view has the results; a phone's readout has its own answers.</summary>
    [Alias("Read")] Task<SurveyReadout> Read(string role, string? deviceId);
    [Alias("Save")] Task<SurveyView> Save(SurveyRequest request);
    [Alias("Open")] Task<SurveyView> Open();
    [Alias("Close")] Task<SurveyView> Close();
    /// <summary>Every response cleared, back to a draft; the form stays.</summary>
    [Alias("Reset")] Task<SurveyView> Reset();
    /// <summary>Returns once the answers are durable.</summary>
    [Alias("Answer")] Task<MySurveyView> Answer(string deviceId, SurveyAnswerRequest request);
    /// <summary>The host's tag names for comments (0–10), replacing the list; a tag left out comes off every comment.</summary>
    [Alias("SetTags")] Task<SurveyView> SetTags(IReadOnlyList<string?> tags);
    [Alias("Tag")] Task<SurveyView> Tag(SurveyTagRequest request);
    /// <summary>Every response, one row per person (pseudonymous respondent keys made with the secret), for the host's export.</summary>
    [Alias("ExportResponses")] Task<PollTable> ExportResponses(byte[] respondentSecret);
}
