using System.Net.Http.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.LoadTests;

// Live's wire types as docs/API.md describes them: only the fields the harness reads. Kept here instead of
// referencing Live.Contracts so the load generator talks to Live exactly as any outside client would.
public sealed record CreatedSession(string Code, string HostKey, string ScreenKey);
public sealed record Joined(string AttendeeToken, string DeviceId);
public sealed record PollDraft(string Question, string Kind, string[] Options, int? MaxSelections, bool AllowVoteChange, bool ShowResultsToAttendees);
public sealed record PollView(string Id, string Status);
public sealed record SessionView(string Code, long Version, PollView[] Polls);
public sealed record PollResults(string PollId, long Version, string Status, int[] Counts, int Voters, bool VisibleToAttendees);
/// <summary>
/// What a listening phone or screen reads of a Results frame. A plain class: the positional <see cref="PollResults"/>
/// goes through System.Text.Json's path for constructors of more than four parameters, which allocates its argument
/// state per frame; with 10,000 phones that was half of the load generator's garbage and its GC pauses were timed as
/// delivery latency (docs/PERFORMANCE.md, "Fan-out"). Counts are skipped unread.
/// </summary>
public sealed class ResultsTick
{
    public string? PollId { get; set; }
    public long Version { get; set; }
    public int Voters { get; set; }
}
public sealed record VoteRequest(string PollId, int[] OptionIds, string OpId);
public sealed record VoteAck(string PollId, int[] OptionIds, string OpId, string[]? Texts = null);
public sealed record WordsRequest(string PollId, string OpId, string[] Texts);
public sealed record WordDraft(string Question, string Kind, string[] Options, int MaxSelections, bool AllowVoteChange, bool ShowResultsToAttendees);
public sealed record ResultItem(string Key, string? Text, int Count);
public sealed record WordResults(string PollId, long Version, int Voters, ResultItem[]? Items);
public sealed record WordState(WordResults[] Results);
public sealed record ReactionCount(string Emoji, long Total, long Burst);
public sealed record ReactionsView(long Version, ReactionCount[] Counts);
public sealed record ReactRequest(string Emoji, int Count);
public sealed record LiveState(string Role, PollResults[] Results, ReactionsView Reactions);

/// <summary>
/// One Live server, or the nodes of one Live cluster, as seen from outside: REST calls (to the first) and hub
/// connections (spread over all, in turn), loopback only.
/// </summary>
public sealed class LiveTarget(IReadOnlyList<Uri> baseUrls) : IDisposable
{
    private int _connections = -1;
    public IReadOnlyList<Uri> HubUrls { get; } = baseUrls.Select(RunOptions.RequireLoopback).ToList();

    // Many phones join at once; a bounded pool keeps the load generator from exhausting its own ports.
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256 })
    {
        BaseAddress = RunOptions.RequireLoopback(baseUrls[0]),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Uri BaseUrl => _http.BaseAddress!;

    public async Task<CreatedSession> CreateSessionAsync(string title)
    {
        var response = await _http.PostAsJsonAsync("/api/sessions", new { title });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CreatedSession>())!;
    }

    public async Task<Joined> JoinAsync(string code, CancellationToken cancel)
    {
        var response = await _http.PostAsJsonAsync($"/api/sessions/{code}/join", new { mode = "onsite" }, cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Joined>(cancel))!;
    }

    /// <summary>A started hub connection over WebSockets. Negotiation is skipped: one round trip less per phone.</summary>
    public async Task<HubConnection> ConnectAsync(string credential, CancellationToken cancel, Action<HubConnection>? handlers = null)
    {
        var node = HubUrls[(int)((uint)Interlocked.Increment(ref _connections) % HubUrls.Count)];
        var connection = Build(new Uri(node, "/hubs/live"), credential);
        handlers?.Invoke(connection);
        await connection.StartAsync(cancel);
        // As every Live client does on (re)connect, so an "idle" phone costs the server what a real one does.
        await connection.InvokeAsync<LiveState>("GetState", cancel);
        return connection;
    }

    public static HubConnection Build(Uri hub, string? credential) => new HubConnectionBuilder()
        .WithUrl(hub, HttpTransportType.WebSockets, o =>
        {
            o.SkipNegotiation = true;
            if (credential is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(credential);
        })
        .Build();

    /// <summary>Creates a single-choice poll with four options and opens it; returns its id.</summary>
    public static async Task<string> OpenPollAsync(HubConnection host, bool allowVoteChange, bool showResultsToAttendees)
    {
        var draft = new PollDraft("Which launch excites you most?", "single", ["A", "B", "C", "D"], null, allowVoteChange, showResultsToAttendees);
        var view = await host.InvokeAsync<SessionView>("CreatePoll", draft);
        var pollId = view.Polls[^1].Id;
        await host.InvokeAsync<SessionView>("OpenPoll", pollId);
        return pollId;
    }

    /// <summary>The poll's tally read directly (GetState), not from a pushed snapshot: the reference for reconciliation.</summary>
    public static async Task<PollResults> ReadResultsAsync(HubConnection host, string pollId) =>
        (await host.InvokeAsync<LiveState>("GetState")).Results.Single(r => r.PollId == pollId);

    public void Dispose() => _http.Dispose();
}

// The quiz, as docs/API.md ("Quiz") describes it: only the fields the quiz-burst scenario reads or sends.
public sealed record QuizQuestionRequest(string? Id, string Kind, string Text, string[] Options, int[] Correct, string[]? Accepted, int TimeLimitSeconds, int Points);
public sealed record QuizSettingsRequest(bool StreakBonus, int WrongPenalty, int ReadSeconds, string Leaderboard, string Teams);
public sealed record QuizAnswerRequest(string QuestionId, int[] Options, string? Text, long? ElapsedMs, string OpId);
public sealed record QuizAnswerAck(string QuestionId, int[] Options, string? Text, long ElapsedMs);
public sealed record LiveQuizQuestion(string Id, int Number, long AnswersAt, long Deadline, int[] Correct);
public sealed record QuizView(long Version, string Phase, LiveQuizQuestion? Current, int Answered, int Players);
public sealed record MyQuizView(string Name, int Score, int Rank, int Players, int GapToNext, int? LastPoints, bool? LastCorrect);
