namespace Live.Contracts.Realtime;

/// <summary>
/// Every kind of pushed state. A new kind is one registration: its field and its line in <see cref="All"/> here, its
/// typed helper in <see cref="LivePushes"/>, and its <see cref="ILiveClient"/> event. The outbox, the relay, the replay
/// after an outage and the client reducer handle it from there.
/// </summary>
public static class PushKinds
{
    public static readonly SnapshotKind<SessionView> Session = new(nameof(ILiveClient.Session));
    public static readonly SnapshotKind<PollResults> Results = new(nameof(ILiveClient.Results));
    public static readonly SnapshotKind<PresenceCounts> Presence = new(nameof(ILiveClient.Presence));
    public static readonly SnapshotKind<QnaView> Qna = new(nameof(ILiveClient.Qna));
    public static readonly SnapshotKind<QuestionView> MyQuestion = new(nameof(ILiveClient.MyQuestion), versioned: false);
    public static readonly SnapshotKind<CommentBatch> Comments = new(nameof(ILiveClient.Comments), versioned: false, merge: LivePushes.AppendComments);
    public static readonly SnapshotKind<CommentQueueView> CommentQueue = new(nameof(ILiveClient.CommentQueue));
    public static readonly SnapshotKind<ReactionsView> Reactions = new(nameof(ILiveClient.Reactions), merge: LivePushes.MergeReactions);
    public static readonly SnapshotKind<CheckInView> CheckIns = new(nameof(ILiveClient.CheckIns));
    public static readonly SnapshotKind<CheckInResult?> MyCheckIn = new(nameof(ILiveClient.MyCheckIn), versioned: false);
    public static readonly SnapshotKind<DrawView> Draw = new(nameof(ILiveClient.Draw));
    public static readonly SnapshotKind<PrizeView> MyPrize = new(nameof(ILiveClient.MyPrize), versioned: false);
    public static readonly SnapshotKind<AgendaView> Agenda = new(nameof(ILiveClient.Agenda));
    public static readonly SnapshotKind<GroupsView> Groups = new(nameof(ILiveClient.Groups));
    public static readonly SnapshotKind<MyTableView> MyTable = new(nameof(ILiveClient.MyTable), versioned: false);
    public static readonly SnapshotKind<QuizView> Quiz = new(nameof(ILiveClient.Quiz));
    public static readonly SnapshotKind<MyQuizView> MyQuiz = new(nameof(ILiveClient.MyQuiz), versioned: false);
    public static readonly SnapshotKind<SurveyView> Survey = new(nameof(ILiveClient.Survey));

    /// <summary>Every kind, in the order a tick sends them (the session's structure first).</summary>
    public static readonly IReadOnlyList<SnapshotKind> All =
        [Session, Results, Presence, Qna, MyQuestion, Comments, CommentQueue, Reactions, CheckIns, MyCheckIn, Draw, MyPrize, Agenda, Groups, MyTable, Quiz, MyQuiz, Survey];
}

/// <summary>The typed helpers grains publish with: who gets which view of each kind.</summary>
public static class LivePushes
{
    /// <summary>Most 弹幕 one tick carries to the screen; in a flood the newest win.</summary>
    public const int CommentsPerTick = 100;

    /// <summary>Phones never see drafts: the host may be preparing a surprise.</summary>
    public static void Session(this ILivePublisher p, SessionView view) =>
        p.Publish(view.Code, PushKinds.Session.Push("", view.Version, (Audience.Staff, view), (Audience.Attendees, view.ForAttendees())));

    /// <summary>Phones get a poll's results only when the host lets attendees see them.</summary>
    public static void Results(this ILivePublisher p, string code, PollResults results) =>
        p.Publish(code, results.VisibleToAttendees
            ? PushKinds.Results.Push(results.PollId, results.Version, (Audience.Staff, results), (Audience.Attendees, results))
            : PushKinds.Results.Push(results.PollId, results.Version, (Audience.Staff, results)));

    /// <summary>
    /// Hosts and screens show the live count; phones do not: pushing it to every phone on every tick of a join burst
    /// cost O(attendees) frames a tick (docs/PERFORMANCE.md). Phones read it from GetState.
    /// </summary>
    public static void Presence(this ILivePublisher p, string code, PresenceCounts counts) =>
        p.Publish(code, PushKinds.Presence.Push("", counts.Version, (Audience.Staff, counts)));

    /// <summary>The queue for hosts and moderators and, trimmed, for screens and phones.</summary>
    public static void Qna(this ILivePublisher p, string code, QnaView forHosts, QnaView forPublic) =>
        p.Publish(code, PushKinds.Qna.Push("", forHosts.Version, (Audience.Moderators, forHosts), (Audience.Public, forPublic)));

    /// <summary>One of a device's own questions changed; only that device hears of it.</summary>
    public static void MyQuestion(this ILivePublisher p, string code, string deviceId, QuestionView question) =>
        p.Publish(code, PushKinds.MyQuestion.Push($"{deviceId}/{question.Id}", 0, (Audience.DeviceOf(deviceId), question)));

    /// <summary>A comment went on the screen: hosts, moderators and screens get it in the next tick's batch.</summary>
    public static void CommentShown(this ILivePublisher p, string code, CommentView comment)
    {
        var batch = new CommentBatch([comment]);
        p.Publish(code, PushKinds.Comments.Push("", 0, (Audience.Moderators, batch), (Audience.Screens, batch)));
    }

    /// <summary>Held 弹幕 are for moderators; screens get the counter that clears their lanes.</summary>
    public static void CommentQueue(this ILivePublisher p, string code, CommentQueueView queue) =>
        p.Publish(code, PushKinds.CommentQueue.Push("", queue.Version, (Audience.Moderators, queue), (Audience.Screens, queue with { Pending = [] })));

    public static void Reactions(this ILivePublisher p, string code, ReactionsView reactions) =>
        p.Publish(code, PushKinds.Reactions.Push("", reactions.Version, (Audience.Everyone, reactions)));

    /// <summary>Check-in figures for hosts and moderators (the door) and, names masked when the host asks, for screens.</summary>
    public static void CheckIns(this ILivePublisher p, string code, CheckInView forHosts, CheckInView forScreens) =>
        p.Publish(code, PushKinds.CheckIns.Push("", forHosts.Version, (Audience.Moderators, forHosts), (Audience.Screens, forScreens)));

    /// <summary>A phone's own check-in changed (null: staff took it back).</summary>
    public static void MyCheckIn(this ILivePublisher p, string code, string deviceId, CheckInResult? result) =>
        p.Publish(code, PushKinds.MyCheckIn.Push(deviceId, 0, (Audience.DeviceOf(deviceId), result)));

    /// <summary>The draw for hosts and, names masked when the host asks, for screens.</summary>
    public static void Draw(this ILivePublisher p, string code, DrawView forHosts, DrawView forScreens) =>
        p.Publish(code, PushKinds.Draw.Push("", forHosts.Version, (Audience.Host, forHosts), (Audience.Screens, forScreens)));

    /// <summary>A winner's phone is told; every prize is news, none replaces another.</summary>
    public static void Prize(this ILivePublisher p, string code, string deviceId, PrizeView prize) =>
        p.Publish(code, PushKinds.MyPrize.Push($"{deviceId}/{prize.Round}/{prize.TierId}", 0, (Audience.DeviceOf(deviceId), prize)));

    /// <summary>
    /// The agenda and its timers for hosts, moderators and screens (the speaker monitor is a screen); phones never get
    /// it: the notes are for the speaker. A timer change is rare, so it rides the same coalesced path.
    /// </summary>
    public static void Agenda(this ILivePublisher p, string code, AgendaView view) =>
        p.Publish(code, PushKinds.Agenda.Push("", view.Version, (Audience.Staff, view)));

    /// <summary>The discussion tables for hosts, moderators and screens (the table list); phones get only their own table.</summary>
    public static void Groups(this ILivePublisher p, string code, GroupsView view) =>
        p.Publish(code, PushKinds.Groups.Push("", view.Version, (Audience.Staff, view)));

    /// <summary>A phone's table, or its mates, changed (Table null: the tables were ended).</summary>
    public static void MyTable(this ILivePublisher p, string code, string deviceId, MyTableView table) =>
        p.Publish(code, PushKinds.MyTable.Push(deviceId, 0, (Audience.DeviceOf(deviceId), table)));

    /// <summary>
    /// The quiz: the host's view (answer keys, live counts) to the host, the public view to moderators and screens at
    /// every change, and to phones only when the phase or the question changes (<paramref name="tellPhones"/>), in a
    /// slot of their own so a later staff-only push never coalesces it away: the answered count of a 5,000-phone burst
    /// is for the screen, not for every phone ten times a second.
    /// </summary>
    /// <summary>
    /// The survey: the host's view (with the results) to the host, and the form without them to moderators, screens
    /// and phones, in a slot of their own pushed only when the form or the status changes, never per answer.
    /// </summary>
    public static void Survey(this ILivePublisher p, string code, SurveyView forHost, SurveyView? forPublic)
    {
        p.Publish(code, PushKinds.Survey.Push("", forHost.Version, (Audience.Host, forHost)));
        if (forPublic is not null)
            p.Publish(code, PushKinds.Survey.Push("public", forPublic.Version, (new Audience(["moderator", "screen", "attendee"]), forPublic)));
    }

    public static void Quiz(this ILivePublisher p, string code, QuizView forHost, QuizView forPublic, bool tellPhones)
    {
        p.Publish(code, PushKinds.Quiz.Push("", forHost.Version, (Audience.Host, forHost), (new Audience(["moderator", "screen"]), forPublic)));
        if (tellPhones) p.Publish(code, PushKinds.Quiz.Push("phones", forPublic.Version, (Audience.Attendees, forPublic)));
    }

    /// <summary>A phone's own score, rank and gap to the next place, at each reveal: one small message per phone, never the board.</summary>
    public static void MyQuiz(this ILivePublisher p, string code, string deviceId, MyQuizView mine) =>
        p.Publish(code, PushKinds.MyQuiz.Push(deviceId, 0, (Audience.DeviceOf(deviceId), mine)));

    /// <summary>Comments waiting for one tick: all of them in order, the newest hundred in a flood.</summary>
    internal static CommentBatch AppendComments(CommentBatch waiting, CommentBatch newer) =>
        new([.. waiting.Items.Concat(newer.Items).TakeLast(CommentsPerTick)]);

    /// <summary>Two reaction updates as one: the newer totals, both bursts added (no tap is lost from the screen).</summary>
    internal static ReactionsView MergeReactions(ReactionsView older, ReactionsView newer)
    {
        if (newer.Version < older.Version) (older, newer) = (newer, older);
        var bursts = older.Counts.ToDictionary(c => c.Emoji, c => c.Burst, StringComparer.Ordinal);
        return newer with
        {
            Counts = newer.Counts.Select(c => c with { Burst = c.Burst + bursts.GetValueOrDefault(c.Emoji) }).ToList(),
        };
    }
}
