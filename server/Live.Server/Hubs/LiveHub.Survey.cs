using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

// The satisfaction survey: the host writes it, opens and closes it; phones save their answers as they go and send it
// once. Each host call answers the host's view (with the results), which is also pushed (`survey`); everyone else
// gets the form only, when it or its status changes.
public sealed partial class LiveHub
{
    [HubRoles(Roles.Host)]
    public Task<SurveyView> SaveSurvey(SurveyRequest request) => grains.Survey(Me.Code).Save(Require(request));

    [HubRoles(Roles.Host)]
    public Task<SurveyView> OpenSurvey() => grains.Survey(Me.Code).Open();

    [HubRoles(Roles.Host)]
    public Task<SurveyView> CloseSurvey() => grains.Survey(Me.Code).Close();

    [HubRoles(Roles.Host)]
    public Task<SurveyView> ResetSurvey() => grains.Survey(Me.Code).Reset();

    /// <summary>The tag names for comments (0–10 of 1–20 characters), replacing the list.</summary>
    [HubRoles(Roles.Host)]
    public Task<SurveyView> SetSurveyTags(IReadOnlyList<string?> tags) => grains.Survey(Me.Code).SetTags(Require(tags));

    /// <summary>Puts one of the tags on a comment (an open-text answer's result item) or takes it off.</summary>
    [HubRoles(Roles.Host)]
    public Task<SurveyView> TagSurveyAnswer(SurveyTagRequest request) => grains.Survey(Me.Code).Tag(Require(request));

    /// <summary>The survey as this caller's role sees it, with a phone's own answers.</summary>
    [HubRoles($"{Roles.Host},{Roles.Moderator},{Roles.Screen},{Roles.Attendee}")]
    public Task<SurveyReadout> GetSurvey() => grains.Survey(Me.Code).Read(Me.Role, Me.Role == Roles.Attendee ? Me.DeviceId : null);

    /// <summary>Answered once the answers are durable: what the server holds of this person's survey.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<MySurveyView> AnswerSurvey(SurveyAnswerRequest request) => grains.Survey(Me.Code).Answer(Me.DeviceId!, Require(request));
}
