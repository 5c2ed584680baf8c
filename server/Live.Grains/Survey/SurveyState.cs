using Live.Contracts;

namespace Live.Grains.Survey;

/// <summary>What a survey grain persists: the form as the host wrote it, the status and every response.</summary>
[GenerateSerializer, Alias("live.survey-state")]
public sealed class SurveyState
{
    [Id(0)] public SurveyRequest? Form { get; set; }
    [Id(1)] public string Status { get; set; } = "draft";
    [Id(2)] public List<StoredSurveyResponse> Responses { get; set; } = [];
    [Id(3)] public long Version { get; set; }
    [Id(4)] public List<string> Tags { get; set; } = [];
    [Id(5)] public List<SurveyTagged> Tagged { get; set; } = [];
}

/// <summary>One person's response (respondent: "p:{person}" for someone checked in, else the device id).</summary>
[GenerateSerializer, Immutable, Alias("live.stored-survey-response")]
public sealed record StoredSurveyResponse(
    [property: Id(0)] string Respondent, [property: Id(1)] List<StoredSurveyAnswer> Answers, [property: Id(2)] bool Submitted);

[GenerateSerializer, Immutable, Alias("live.stored-survey-answer")]
public sealed record StoredSurveyAnswer([property: Id(0)] string QuestionId, [property: Id(1)] int[] Numbers, [property: Id(2)] string[]? Texts);
