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

        var polls = session.Polls.Select(p => grains.Poll(me.Code, p.Id)).ToList();
        var results = (await Task.WhenAll(polls.Select(p => p.GetResults())))
            .OfType<PollResults>()
            .Where(r => !attendee || r.VisibleToAttendees)
            .ToList();
        var ballots = attendee
            ? (await Task.WhenAll(polls.Select(p => p.GetBallot(me.DeviceId!)))).OfType<BallotView>().ToList()
            : [];
        var presence = await grains.Presence(me.Code).Get();
        var self = attendee ? new MeView(me.DeviceId!, me.Nickname, me.Mode!) : null;
        var qna = await grains.Qna(me.Code).Read(me.IsStaff, attendee ? me.DeviceId : null);
        var comments = await grains.Comments(me.Code).GetQueue();
        if (!me.IsStaff) comments = comments with { Pending = [] };
        var reactions = await grains.Reactions(me.Code).Get();
        // Moderators staff the check-in desk, so they see the list as the host does.
        var checkIn = await grains.CheckIn(me.Code).Read(me.IsStaff ? Roles.Host : me.Role, attendee ? me.DeviceId : null);
        var draw = await grains.Draw(me.Code).Read(me.Role, attendee ? me.DeviceId : null);
        return new LiveState(me.Role, session, results, presence, ballots, self, qna.View, comments, reactions, qna.Mine, qna.MyUpvotes,
            checkIn.View, checkIn.Mine, draw.View, draw.MyPrizes);
    }
}
