using Live.Contracts;
using Live.Server.Security;

namespace Live.Server.Hubs;

/// <summary>Builds the full <see cref="LiveState"/> a client asks for on (re)connect, trimmed to its role.</summary>
public sealed class LiveStateReader(IGrainFactory grains)
{
    public async Task<LiveState> ReadAsync(Caller me)
    {
        var session = await grains.Session(me.Code).GetView();
        var attendee = me.Role == Roles.Attendee;
        if (attendee) session = session.ForAttendees();

        // The other grains are asked all at once: a GetState costs one round of grain calls instead of ten in a row
        // (it is what every client of a dead node asks on reconnect, on a busy node), and a grain still unreachable
        // after a node died fails it at once rather than after the calls before it.
        var polls = session.Polls.Select(p => grains.Poll(me.Code, p.Id)).ToList();
        var resultsTask = Task.WhenAll(polls.Select(p => p.GetResults()));
        var ballotsTask = attendee ? Task.WhenAll(polls.Select(p => p.GetBallot(me.DeviceId!))) : Task.FromResult(Array.Empty<BallotView?>());
        var presenceTask = grains.Presence(me.Code).Get();
        var qnaTask = grains.Qna(me.Code).Read(me.IsStaff, attendee ? me.DeviceId : null);
        var commentsTask = grains.Comments(me.Code).GetQueue();
        var reactionsTask = grains.Reactions(me.Code).Get();
        // Moderators staff the check-in desk, so they see the list as the host does.
        var checkInTask = grains.CheckIn(me.Code).Read(me.IsStaff ? Roles.Host : me.Role, attendee ? me.DeviceId : null);
        var drawTask = grains.Draw(me.Code).Read(me.Role, attendee ? me.DeviceId : null);
        // The agenda (and its speaker notes) is for staff and screens only.
        var agendaTask = attendee ? Task.FromResult<AgendaView?>(null) : ReadAgenda(me.Code);
        // The table list for staff and screens; a phone gets only its own table.
        var groupsTask = attendee ? Task.FromResult<GroupsView?>(null) : ReadGroups(me.Code);
        var myTableTask = attendee ? ReadMyTable(me.Code, me.DeviceId!) : Task.FromResult<MyTableView?>(null);
        var quizTask = grains.Quiz(me.Code).Read(me.Role, attendee ? me.DeviceId : null);
        var surveyTask = grains.Survey(me.Code).Read(me.Role, attendee ? me.DeviceId : null);
        await Task.WhenAll(resultsTask, ballotsTask, presenceTask, qnaTask, commentsTask, reactionsTask, checkInTask, drawTask, agendaTask, groupsTask, myTableTask, quizTask, surveyTask);

        var results = resultsTask.Result.OfType<PollResults>().Where(r => !attendee || r.VisibleToAttendees).ToList();
        var ballots = ballotsTask.Result.OfType<BallotView>().ToList();
        var self = attendee ? new MeView(me.DeviceId!, me.Nickname, me.Mode!) : null;
        var qna = qnaTask.Result;
        var comments = commentsTask.Result;
        if (!me.IsStaff) comments = comments with { Pending = [] };
        var checkIn = checkInTask.Result;
        var draw = drawTask.Result;
        return new LiveState(me.Role, session, results, presenceTask.Result, ballots, self, qna.View, comments, reactionsTask.Result, qna.Mine, qna.MyUpvotes,
            checkIn.View, checkIn.Mine, draw.View, draw.MyPrizes, agendaTask.Result, groupsTask.Result, myTableTask.Result,
            quizTask.Result.View, quizTask.Result.Mine, surveyTask.Result.View, surveyTask.Result.Mine);
    }

    private async Task<AgendaView?> ReadAgenda(string code) => await grains.Agenda(code).Read();

    private async Task<GroupsView?> ReadGroups(string code) => await grains.Groups(code).Read();

    private async Task<MyTableView?> ReadMyTable(string code, string deviceId) => await grains.Groups(code).MyTable(deviceId);
}
