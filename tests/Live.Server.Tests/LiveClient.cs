using System.Collections.Concurrent;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>A hub connection that keeps what the server pushed, and lets a test wait for a condition on it.</summary>
public sealed class LiveClient : IAsyncDisposable
{
    private readonly ConcurrentQueue<PollResults> _results = new();
    private readonly ConcurrentQueue<SessionView> _sessions = new();
    private readonly ConcurrentQueue<PresenceCounts> _presence = new();
    private readonly ConcurrentQueue<QnaView> _qna = new();
    private readonly ConcurrentQueue<QuestionView> _mine = new();
    private readonly ConcurrentQueue<CommentBatch> _comments = new();
    private readonly ConcurrentQueue<ReactionsView> _reactions = new();
    private readonly ConcurrentQueue<CheckInView> _checkIns = new();
    private readonly ConcurrentQueue<DrawView> _draws = new();
    private readonly ConcurrentQueue<PrizeView> _prizes = new();
    private readonly ConcurrentQueue<AgendaView> _agendas = new();
    private readonly ConcurrentQueue<GroupsView> _groups = new();
    private readonly ConcurrentQueue<MyTableView> _myTables = new();
    private readonly ConcurrentQueue<QuizView> _quizzes = new();
    private readonly ConcurrentQueue<MyQuizView> _myQuizzes = new();
    private readonly ConcurrentQueue<SurveyView> _surveys = new();
    private readonly ConcurrentQueue<Box<CheckInResult?>> _myCheckIns = new();
    private readonly SemaphoreSlim _pushed = new(0);

    public LiveClient(HubConnection connection)
    {
        Connection = connection;
        connection.On<PollResults>(nameof(ILiveClient.Results), r => Keep(_results, r));
        connection.On<SessionView>(nameof(ILiveClient.Session), s => Keep(_sessions, s));
        connection.On<PresenceCounts>(nameof(ILiveClient.Presence), p => Keep(_presence, p));
        connection.On<QnaView>(nameof(ILiveClient.Qna), q => Keep(_qna, q));
        connection.On<QuestionView>(nameof(ILiveClient.MyQuestion), q => Keep(_mine, q));
        connection.On<CommentBatch>(nameof(ILiveClient.Comments), c => Keep(_comments, c));
        connection.On<ReactionsView>(nameof(ILiveClient.Reactions), r => Keep(_reactions, r));
        connection.On<CheckInView>(nameof(ILiveClient.CheckIns), c => Keep(_checkIns, c));
        connection.On<DrawView>(nameof(ILiveClient.Draw), d => Keep(_draws, d));
        connection.On<PrizeView>(nameof(ILiveClient.MyPrize), p => Keep(_prizes, p));
        connection.On<AgendaView>(nameof(ILiveClient.Agenda), a => Keep(_agendas, a));
        connection.On<GroupsView>(nameof(ILiveClient.Groups), g => Keep(_groups, g));
        connection.On<MyTableView>(nameof(ILiveClient.MyTable), t => Keep(_myTables, t));
        connection.On<QuizView>(nameof(ILiveClient.Quiz), q => Keep(_quizzes, q));
        connection.On<MyQuizView>(nameof(ILiveClient.MyQuiz), q => Keep(_myQuizzes, q));
        connection.On<SurveyView>(nameof(ILiveClient.Survey), s => Keep(_surveys, s));
        connection.On<CheckInResult?>(nameof(ILiveClient.MyCheckIn), r => Keep(_myCheckIns, new Box<CheckInResult?>(r)));
    }

    public IReadOnlyCollection<QnaView> Qna => _qna;
    public IReadOnlyCollection<QuestionView> MyQuestions => _mine;
    public IReadOnlyCollection<CommentBatch> Comments => _comments;
    public IReadOnlyCollection<ReactionsView> Reactions => _reactions;
    public IReadOnlyCollection<CheckInView> CheckIns => _checkIns;
    public IReadOnlyCollection<DrawView> Draws => _draws;
    public IReadOnlyCollection<PrizeView> Prizes => _prizes;
    public IReadOnlyCollection<AgendaView> Agendas => _agendas;
    public IReadOnlyCollection<GroupsView> Groups => _groups;
    public IReadOnlyCollection<MyTableView> MyTables => _myTables;
    public IReadOnlyCollection<QuizView> Quizzes => _quizzes;
    public IReadOnlyCollection<MyQuizView> MyQuizzes => _myQuizzes;
    public IReadOnlyCollection<SurveyView> Surveys => _surveys;
    /// <summary>Pushed changes to this phone's own check-in; a null value means staff took it back.</summary>
    public IReadOnlyCollection<Box<CheckInResult?>> MyCheckIns => _myCheckIns;

    public Task<T> CallAsync<T>(string method, params object?[] args) => Connection.InvokeCoreAsync<T>(method, args);

    public HubConnection Connection { get; }
    public IReadOnlyCollection<PollResults> Results => _results;
    public IReadOnlyCollection<SessionView> Sessions => _sessions;
    public IReadOnlyCollection<PresenceCounts> Presence => _presence;

    public Task<LiveState> GetStateAsync() => Connection.InvokeAsync<LiveState>("GetState");

    public Task<VoteAck> VoteAsync(string pollId, params int[] optionIds) =>
        Connection.InvokeAsync<VoteAck>("Vote", new VoteRequest(pollId, optionIds, Guid.NewGuid().ToString("N")));

    /// <summary>Waits until something pushed satisfies the condition; fails after the timeout (a bound, not a timing goal).</summary>
    public async Task<T> WaitForAsync<T>(Func<LiveClient, T?> condition, int seconds = 15) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            if (condition(this) is { } found) return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException("the expected snapshot never arrived");
            await _pushed.WaitAsync(left);
        }
    }

    private void Keep<T>(ConcurrentQueue<T> queue, T item)
    {
        queue.Enqueue(item);
        _pushed.Release();
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}

/// <summary>Wraps a pushed value that may be null, so a test can wait for it.</summary>
public sealed record Box<T>(T Value);
