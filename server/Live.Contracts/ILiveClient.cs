namespace Live.Contracts;

/// <summary>Events the server pushes to phones, consoles and screens (names: session, results, presence, qna, myQuestion, comments, commentQueue, reactions, checkins, myCheckIn, draw, myPrize, agenda, groups, myTable, quiz, myQuiz, survey, credentialRevoked, sessionDeleted).</summary>
public interface ILiveClient
{
    Task Session(SessionView view);
    Task Results(PollResults results);
    Task Presence(PresenceCounts counts);
    Task Qna(QnaView qna);
    Task MyQuestion(QuestionView question);
    Task Comments(CommentBatch batch);
    Task CommentQueue(CommentQueueView queue);
    Task Reactions(ReactionsView reactions);
    Task CheckIns(CheckInView view);
    Task MyCheckIn(CheckInResult? result);
    Task Draw(DrawView view);
    Task MyPrize(PrizeView prize);
    Task Agenda(AgendaView agenda);
    Task Groups(GroupsView groups);
    Task MyTable(MyTableView table);
    Task Quiz(QuizView quiz);
    Task MyQuiz(MyQuizView mine);
    Task Survey(SurveyView survey);
    /// <summary>This connection's link was replaced; it is dropped next and must not reconnect with the old key.</summary>
    Task CredentialRevoked(CredentialRevokedEvent revoked);
    /// <summary>The host deleted the session; every connection is dropped next.</summary>
    Task SessionDeleted();
}

public sealed record CredentialRevokedEvent(string Role);
