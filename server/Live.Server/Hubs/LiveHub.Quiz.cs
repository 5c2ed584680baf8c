using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

// The quiz: the host writes the questions and steps through the run; phones answer. Each host call answers the
// host's view (with the answer keys), which is also pushed (`quiz`); screens and phones get the public view, and
// each phone its own standing at every reveal (`myQuiz`).
public sealed partial class LiveHub
{
    [HubRoles(Roles.Host)]
    public Task<QuizView> SaveQuizQuestion(QuizQuestionRequest request) => grains.Quiz(Me.Code).SaveQuestion(Require(request));

    [HubRoles(Roles.Host)]
    public Task<QuizView> DeleteQuizQuestion(string questionId) => grains.Quiz(Me.Code).DeleteQuestion(Require(questionId));

    [HubRoles(Roles.Host)]
    public Task<QuizView> SetQuizSettings(QuizSettings settings) => grains.Quiz(Me.Code).SetSettings(Require(settings));

    /// <summary>Shows question <paramref name="number"/> (from 1). Asking for the one on show again changes nothing, so a double click never skips one.</summary>
    [HubRoles(Roles.Host)]
    public Task<QuizView> ShowQuizQuestion(int number) => grains.Quiz(Me.Code).Show(number);

    [HubRoles(Roles.Host)]
    public Task<QuizView> CloseQuizQuestion() => grains.Quiz(Me.Code).Close();

    [HubRoles(Roles.Host)]
    public Task<QuizView> RevealQuizAnswer() => grains.Quiz(Me.Code).Reveal();

    [HubRoles(Roles.Host)]
    public Task<QuizView> ShowQuizLeaderboard() => grains.Quiz(Me.Code).ShowLeaderboard();

    [HubRoles(Roles.Host)]
    public Task<QuizView> FinishQuiz() => grains.Quiz(Me.Code).Finish();

    [HubRoles(Roles.Host)]
    public Task<QuizView> ResetQuiz() => grains.Quiz(Me.Code).Reset();

    /// <summary>The quiz as this caller's role sees it, with a phone's own standing.</summary>
    [HubRoles($"{Roles.Host},{Roles.Moderator},{Roles.Screen},{Roles.Attendee}")]
    public Task<QuizReadout> GetQuiz() => grains.Quiz(Me.Code).Read(Me.Role, Me.Role == Roles.Attendee ? Me.DeviceId : null);

    /// <summary>Answered once the answer is durable; the same phone answering again gets its first answer back.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<QuizAnswerAck> AnswerQuiz(QuizAnswerRequest request) => grains.Quiz(Me.Code).Answer(Me.DeviceId!, Me.Nickname, Require(request));

    /// <summary>Teams by pick: this phone plays for one of the host's team names, until its first answer.</summary>
    [HubRoles(Roles.Attendee)]
    public Task<MyQuizView> ChooseQuizTeam(string team) => grains.Quiz(Me.Code).ChooseTeam(Me.DeviceId!, Me.Nickname, Require(team));
}
