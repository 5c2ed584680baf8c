namespace Live.Contracts;

/// <summary>Grain keys, derived from the session code so everything of one session is easy to find.</summary>
public static class GrainKeys
{
    public static string Session(string code) => code;
    public static string Poll(string code, string pollId) => $"{code}/poll/{pollId}";
    public static string Presence(string code) => $"{code}/presence";
    public static string Qna(string code) => $"{code}/qna";
    public static string Comments(string code) => $"{code}/comments";
    public static string Reactions(string code) => $"{code}/reactions";
    public static string CheckIn(string code) => $"{code}/checkin";
    public static string Draw(string code) => $"{code}/draw";
    public static string Agenda(string code) => $"{code}/agenda";
    public static string Groups(string code) => $"{code}/groups";
    public static string Quiz(string code) => $"{code}/quiz";
    public static string Survey(string code) => $"{code}/survey";
}

/// <summary>A session's structure: title, the list of polls, what the screen shows. Key: the session code.</summary>
[Alias("live.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Creates the session; false when the code is already taken.</summary>
    [Alias("Create")] Task<bool> Create(string title, string? language);
    /// <summary>Throws session_not_found when the session was never created.</summary>
    [Alias("GetView")] Task<SessionView> GetView();
    [Alias("Exists")] Task<bool> Exists();
    [Alias("CreatePoll")] Task<SessionView> CreatePoll(PollDraft draft);
    [Alias("OpenPoll")] Task<SessionView> OpenPoll(string pollId);
    [Alias("ClosePoll")] Task<SessionView> ClosePoll(string pollId);
    [Alias("ResetPoll")] Task<SessionView> ResetPoll(string pollId);
    [Alias("SetPollSettings")] Task<SessionView> SetPollSettings(string pollId, PollSettings settings);
    /// <summary>Replaces a draft poll's question and options (poll_not_draft once it has opened; reset it first).</summary>
    [Alias("EditPoll")] Task<SessionView> EditPoll(string pollId, PollDraft draft);
    /// <summary>A draft copy of the poll, its settings included, placed right after it.</summary>
    [Alias("DuplicatePoll")] Task<SessionView> DuplicatePoll(string pollId);
    /// <summary>Takes the poll out of the session (closed first if open); its results stay in the host's exports.</summary>
    [Alias("DeletePoll")] Task<SessionView> DeletePoll(string pollId);
    /// <summary>The session's polls in this order: exactly the current poll ids, each once.</summary>
    [Alias("ReorderPolls")] Task<SessionView> ReorderPolls(IReadOnlyList<string> pollIds);
    /// <summary>The polls the host deleted, oldest first (with who was present at their close): for the exports, which keep their results.</summary>
    [Alias("DeletedPolls")] Task<IReadOnlyList<PollView>> DeletedPolls();
    /// <summary>Takes one result item (a word) off the screen and the phones, or puts it back.</summary>
    [Alias("SetResultHidden")] Task<SessionView> SetResultHidden(string pollId, string key, bool hidden);
    /// <summary>Spotlights one answer on the screen (null: none), replacing the one featured before.</summary>
    [Alias("FeatureAnswer")] Task<SessionView> FeatureAnswer(string pollId, string? key);
    [Alias("ShowOnScreen")] Task<SessionView> ShowOnScreen(string? pollId);
    [Alias("SetScreen")] Task<SessionView> SetScreen(ScreenRequest request);
    [Alias("SetLanguage")] Task<SessionView> SetLanguage(string? language);
    /// <summary>Read on every staff call and cached briefly for attendees; answers for deleted sessions too.</summary>
    [Alias("Access")] Task<SessionAccess> Access();
    /// <summary>Makes every earlier link of this role ("host", "moderator", "screen") invalid.</summary>
    [Alias("RotateKey")] Task<SessionAccess> RotateKey(string role);
    /// <summary>Erases everything of the session; the code is never handed out again.</summary>
    [Alias("Delete")] Task Delete();
}

/// <summary>One poll: definition, status, ballots. Key: "{code}/poll/{id}". Votes are group-committed.</summary>
[Alias("live.IPollGrain")]
public interface IPollGrain : IGrainWithStringKey, IErasableGrain
{
    [Alias("Create")] Task<PollView> Create(PollDraft draft);
    [Alias("GetView")] Task<PollView?> GetView();
    [Alias("Open")] Task<PollView> Open();
    [Alias("Close")] Task<PollView> Close();
    [Alias("Reset")] Task<PollView> Reset();
    [Alias("SetSettings")] Task<PollView> SetSettings(PollSettings settings);
    /// <summary>A draft's new question, options and settings; poll_not_draft once it has opened.</summary>
    [Alias("Edit")] Task<PollView> Edit(PollDraft draft);
    [Alias("SetResultHidden")] Task<PollView> SetResultHidden(string key, bool hidden);
    [Alias("FeatureAnswer")] Task<PollView> FeatureAnswer(string? key);
    /// <summary>Returns only after the upvote is durable; results carry the new count on the next tick.</summary>
    [Alias("UpvoteAnswer")] Task<AnswerUpvoteAck> UpvoteAnswer(string deviceId, AnswerUpvoteRequest request);
    /// <summary>The answer keys this device upvoted.</summary>
    [Alias("MyUpvotes")] Task<IReadOnlyList<string>> MyUpvotes(string deviceId);
    /// <summary>Returns only after the ballot is durable.</summary>
    [Alias("Vote")] Task<VoteAck> Vote(string deviceId, VoteRequest vote);
    [Alias("GetResults")] Task<PollResults?> GetResults();
    [Alias("GetBallot")] Task<BallotView?> GetBallot(string deviceId);
    /// <summary>Devices holding a ballot in this poll (for draws among voters).</summary>
    [Alias("Voters")] Task<IReadOnlyList<string>> Voters();
    /// <summary>The host's result table, every row included (hidden and held ones marked); null before the poll exists.</summary>
    [Alias("ExportResults")] Task<PollTable?> ExportResults();
    /// <summary>One row per response, oldest first; respondents appear as keys made with <paramref name="respondentSecret"/>, never as device ids.</summary>
    [Alias("ExportResponses")] Task<PollTable?> ExportResponses(byte[] respondentSecret);
}

/// <summary>
/// Who is connected to a session now. In memory; each node (web server) owns its share of the connections: when
/// this grain is lost with its node, every other node restores its share into the new activation (it notices the
/// new <see cref="PresenceCheck.Epoch"/>), and the share of a node that died is dropped.
/// </summary>
[Alias("live.IPresenceGrain")]
public interface IPresenceGrain : IGrainWithStringKey, IErasableGrain
{
    /// <param name="node">The node holding the connection (its silo address).</param>
    [Alias("Connect")] Task Connect(string node, string connectionId, string deviceId, string mode, string? nickname = null);
    [Alias("Disconnect")] Task Disconnect(string connectionId);
    /// <summary>The cheap per-tick question of each node: which activation answers, and how many of the node's connections it holds.</summary>
    [Alias("Check")] Task<PresenceCheck> Check(string node);
    /// <summary>Makes <paramref name="connections"/> the node's whole share; returns the epoch it now holds it in.</summary>
    [Alias("Restore")] Task<Guid> Restore(string node, IReadOnlyList<PresenceEntry> connections);
    [Alias("Get")] Task<PresenceCounts> Get();
    /// <summary>Attendee devices connected now, each once, with the nickname they joined under.</summary>
    [Alias("Devices")] Task<IReadOnlyList<ConnectedDevice>> Devices();
}

/// <summary>Whether a session exists and which generation of each shared link is valid (see KeyGenerations).</summary>
[GenerateSerializer, Immutable, Alias("live.session-access")]
public sealed record SessionAccess(
    [property: Id(0)] bool Exists,
    [property: Id(1)] IReadOnlyDictionary<string, int> Generations);
