using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>A quiz through the real hub and real SignalR clients: keys kept until the reveal, scores by the server's clock, rejoin keeps the score.</summary>
public sealed class QuizHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly QuizQuestionRequest Capital = new(null, "single", "中国的首都是？", ["上海", "北京", "广州"], [1], null, 20, 1000);
    private static readonly QuizQuestionRequest Primes = new(null, "multiple", "Which are primes?", ["2", "3", "4"], [0, 1], null, 20, 2000);

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    private static Task<QuizAnswerAck> AnswerAsync(LiveClient phone, string questionId, params int[] options) =>
        phone.CallAsync<QuizAnswerAck>("AnswerQuiz", new QuizAnswerRequest(questionId, options, null, null, Guid.NewGuid().ToString("N")));

    private async Task<(CreatedSession Session, LiveClient Host, LiveClient Screen)> QuizAsync(int readSeconds = 0, params QuizQuestionRequest[] questions)
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        foreach (var q in questions.Length == 0 ? [Capital, Primes] : questions) await host.CallAsync<QuizView>("SaveQuizQuestion", q);
        await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: readSeconds));
        return (session, host, screen);
    }

    private async Task<string> CsvAsync(CreatedSession session, string file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/quiz/{file}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
    }

    private async Task<LiveClient> PhoneAsync(string code, string? nickname = null) =>
        await _server.ConnectAsync((await _server.JoinAsync(code, nickname: nickname)).AttendeeToken);

    [Fact]
    public async Task A_whole_quiz_keeps_the_key_from_screens_and_phones_until_the_reveal_and_tells_each_phone_its_rank()
    {
        var (session, host, screen) = await QuizAsync();
        var phones = await Task.WhenAll(new[] { "Ann", "Bob", "Cat" }.Select(n => PhoneAsync(session.Code, n)));

        var shown = await host.CallAsync<QuizView>("ShowQuizQuestion", 1);
        Assert.Equal(("question", 1), (shown.Phase, shown.Current!.Number));
        Assert.Equal([1], shown.Current.Correct); // the host sees the key
        var again = await host.CallAsync<QuizView>("ShowQuizQuestion", 1); // a double click
        Assert.Equal(shown.Version, again.Version);
        var q1 = shown.Current.Id;
        await phones[0].WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Phase == "question"));

        Assert.Equal(q1, (await AnswerAsync(phones[0], q1, 1)).QuestionId); // right
        var first = await AnswerAsync(phones[1], q1, 0);                     // wrong
        var second = await AnswerAsync(phones[1], q1, 1);                    // a second tap keeps the first answer
        Assert.Equal(first.ElapsedMs, second.ElapsedMs);
        Assert.Equal([0], second.Options);
        await AnswerAsync(phones[2], q1, 1);                                   // right: everyone answered, closes early
        var closed = await screen.WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Phase == "closed"));
        Assert.Equal(3, closed.Answered);

        // Before the reveal, nothing a screen or phone got holds the key.
        foreach (var view in screen.Quizzes.Concat(phones.SelectMany(p => p.Quizzes)).Append((await phones[0].GetStateAsync()).Quiz!))
        {
            Assert.Empty(view.Questions);
            if (view.Current is { } c) Assert.True(c.Correct.Count == 0 && c.Accepted.Count == 0 && c.Distribution is null, JsonSerializer.Serialize(view));
        }
        Assert.Empty(phones.SelectMany(p => p.MyQuizzes)); // and no standing yet

        var revealed = await host.CallAsync<QuizView>("RevealQuizAnswer");
        var onScreen = await screen.WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Phase == "revealed"));
        Assert.Equal([1], onScreen.Current!.Correct);
        Assert.Equal([1, 2, 0], onScreen.Current.Distribution!);
        var standings = await Task.WhenAll(phones.Select(p => p.WaitForAsync(c => c.MyQuizzes.LastOrDefault())));
        Assert.Equal([true, false, true], standings.Select(s => s.LastCorrect));
        Assert.Equal(0, standings[1].Score);
        Assert.All(standings, s => Assert.Equal(3, s.Players));
        Assert.Equal([1, 2], standings.Where(s => s.LastCorrect == true).Select(s => s.Rank).Order()); // both right, ranked by time
        Assert.Equal(3, standings[1].Rank);
        Assert.True(standings[1].GapToNext > 0);

        var board = await host.CallAsync<QuizView>("ShowQuizLeaderboard");
        var boardOnScreen = await screen.WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Phase == "leaderboard"));
        Assert.Equal(new[] { "Ann", "Bob", "Cat" }, boardOnScreen.Leaders.Select(l => l.Name).Order());
        Assert.Equal("Bob", boardOnScreen.Leaders[2].Name);

        await host.CallAsync<QuizView>("ShowQuizQuestion", 2);
        var q2 = (await phones[0].WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Current?.Number == 2))).Current!.Id;
        await AnswerAsync(phones[1], q2, 0, 1);
        await host.CallAsync<QuizView>("CloseQuizQuestion");
        Assert.Equal("question_closed", await Refused(phones[0], "AnswerQuiz", new QuizAnswerRequest(q2, [0], null, null, "late")));
        await host.CallAsync<QuizView>("RevealQuizAnswer");
        var done = await host.CallAsync<QuizView>("FinishQuiz");
        Assert.Equal("finished", done.Phase);
        var podium = await screen.WaitForAsync(c => c.Quizzes.LastOrDefault(q => q.Phase == "finished"));
        Assert.Equal("Bob", podium.Leaders[0].Name); // 2,000 + for the second question lifts him to the top
        Assert.Equal(3, podium.Leaders.Count);

        // The host's exports: players in rank order, each closed question's correct rate and mean time.
        var players = (await CsvAsync(session, "players.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"rank\",\"name\",\"team\",\"score\",\"correct\",\"answered\",\"correct_time_ms\"", players[0]);
        Assert.StartsWith($"\"1\",\"Bob\",\"\",\"{podium.Leaders[0].Score}\",\"1\",\"2\",", players[1]);
        Assert.Equal(4, players.Length);
        var questions = (await CsvAsync(session, "questions.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"1\",\"中国的首都是？\",\"single\",\"3\",\"2\",\"0.667\",", questions[1]);
        Assert.StartsWith("\"2\",\"Which are primes?\",\"multiple\",\"1\",\"1\",\"1\",", questions[2]);
        using var anonymous = await _server.Http.GetAsync($"/api/sessions/{session.Code}/quiz/players.csv");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_refreshed_phone_and_a_checked_in_person_on_a_new_phone_keep_their_score()
    {
        var (session, host, _) = await QuizAsync();
        var csv = "姓名,手机\n王芳,13800000001\n";
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);

        var joined = await _server.JoinAsync(session.Code, nickname: "Leo");
        var leo = await _server.ConnectAsync(joined.AttendeeToken);
        var fang = await PhoneAsync(session.Code);
        await fang.CallAsync<CheckInResult>("CheckIn", new CheckInRequest("13800000001", null, null, false, "ci1"));

        var q1 = (await host.CallAsync<QuizView>("ShowQuizQuestion", 1)).Current!.Id;
        await AnswerAsync(leo, q1, 1);
        await AnswerAsync(fang, q1, 1);
        await host.CallAsync<QuizView>("CloseQuizQuestion");
        await host.CallAsync<QuizView>("RevealQuizAnswer");
        var leoScore = (await leo.WaitForAsync(c => c.MyQuizzes.LastOrDefault())).Score;
        var fangScore = (await fang.WaitForAsync(c => c.MyQuizzes.LastOrDefault())).Score;
        Assert.True(leoScore > 0 && fangScore > 0);

        // Leo's page reloads: the same device token, a new connection.
        await leo.DisposeAsync();
        var rejoined = await _server.JoinAsync(session.Code, deviceToken: joined.DeviceToken, nickname: "Leo");
        await using var leoAgain = await _server.ConnectAsync(rejoined.AttendeeToken);
        Assert.Equal((leoScore, "Leo"), ((await leoAgain.GetStateAsync()).MyQuiz!.Score, (await leoAgain.GetStateAsync()).MyQuiz!.Name));

        // 王芳's battery dies; she checks in again on a colleague's phone and plays on.
        await using var newPhone = await PhoneAsync(session.Code);
        await newPhone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest("13800000001", null, null, false, "ci2"));
        await host.CallAsync<QuizView>("ShowQuizQuestion", 2);
        var q2 = (await host.CallAsync<QuizReadout>("GetQuiz")).View.Current!.Id;
        await AnswerAsync(newPhone, q2, 0, 1);
        await host.CallAsync<QuizView>("CloseQuizQuestion");
        await host.CallAsync<QuizView>("RevealQuizAnswer");
        var mine = await newPhone.WaitForAsync(c => c.MyQuizzes.LastOrDefault());
        Assert.Equal("王芳", mine.Name);
        Assert.True(mine.Score > fangScore);
        Assert.Equal(2, (await host.CallAsync<QuizReadout>("GetQuiz")).View.Players);
    }

    [Fact]
    public async Task A_question_closes_on_time_across_a_server_restart_and_late_answers_are_refused()
    {
        var quick = new QuizQuestionRequest(null, "trueFalse", "Founded in 1998?", null, [0], null, 5, 1000);
        var (session, host, _) = await QuizAsync(0, quick);
        var joined = await _server.JoinAsync(session.Code);
        var phone = await _server.ConnectAsync(joined.AttendeeToken);
        var late = await PhoneAsync(session.Code);
        var question = (await host.CallAsync<QuizView>("ShowQuizQuestion", 1)).Current!;
        await AnswerAsync(phone, question.Id, 0);
        foreach (var c in new[] { host, phone, late }) await c.DisposeAsync();
        var directory = _server.DataDirectory;
        await _server.DisposeAsync();

        var wait = DateTimeOffset.FromUnixTimeMilliseconds(question.Deadline) - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300);
        if (wait > TimeSpan.Zero) await Task.Delay(wait); // bounded: the question's 5 s
        await using var restarted = new LiveServer(directory);
        await using var hostAgain = await restarted.ConnectAsync(session.HostKey);
        await using var lateAgain = await restarted.ConnectAsync((await restarted.JoinAsync(session.Code)).AttendeeToken);
        Assert.Equal("question_closed", await Refused(lateAgain, "AnswerQuiz", new QuizAnswerRequest(question.Id, [0], null, null, "late")));
        var view = (await hostAgain.CallAsync<QuizReadout>("GetQuiz")).View;
        Assert.Equal(("closed", 1, 1), (view.Phase, view.Answered, view.Players));
        Assert.True(view.Leaders.Single().Score > 500); // scored at the close, from the answer taken before the restart
    }

    [Fact]
    public async Task Bad_input_gets_its_code_and_only_the_host_runs_the_quiz()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await using var phone = await PhoneAsync(session.Code);

        Assert.Equal("quiz_empty", await Refused(host, "ShowQuizQuestion", 1));
        Assert.Equal("answer_key_required", await Refused(host, "SaveQuizQuestion", Capital with { Correct = [] }));
        Assert.Equal("invalid_time_limit", await Refused(host, "SaveQuizQuestion", Capital with { TimeLimitSeconds = 121 }));
        Assert.Equal("invalid_points", await Refused(host, "SaveQuizQuestion", Capital with { Points = -1 }));
        Assert.Equal("invalid_poll_kind", await Refused(host, "SaveQuizQuestion", Capital with { Kind = "essay" }));
        Assert.Equal("quiz_question_not_found", await Refused(host, "SaveQuizQuestion", Capital with { Id = "q99" }));
        Assert.Equal("invalid_quiz_settings", await Refused(host, "SetQuizSettings", new QuizSettings(ReadSeconds: 11)));
        Assert.Equal("invalid_quiz_settings", await Refused(host, "SetQuizSettings", new QuizSettings(Teams: "houses")));
        Assert.Equal("bad_request", await Refused(host, "SaveQuizQuestion", [null]));

        var view = await host.CallAsync<QuizView>("SaveQuizQuestion", Capital);
        Assert.Equal("q1", view.Questions.Single().Id);
        Assert.Equal("invalid_quiz_step", await Refused(host, "ShowQuizQuestion", 2));
        Assert.Equal("invalid_quiz_step", await Refused(host, "RevealQuizAnswer"));
        Assert.Equal("forbidden", await Refused(phone, "ShowQuizQuestion", 1));
        Assert.Equal("forbidden", await Refused(screen, "SaveQuizQuestion", Capital));
        Assert.Equal("forbidden", await Refused(host, "AnswerQuiz", new QuizAnswerRequest("q1", [0], null, null, "op")));
        Assert.Equal("question_closed", await Refused(phone, "AnswerQuiz", new QuizAnswerRequest("q1", [0], null, null, "op")));

        await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: 10));
        await host.CallAsync<QuizView>("ShowQuizQuestion", 1);
        Assert.Equal("answers_not_shown", await Refused(phone, "AnswerQuiz", new QuizAnswerRequest("q1", [1], null, null, "op")));
        Assert.Equal("invalid_quiz_step", await Refused(host, "SaveQuizQuestion", Primes)); // questions change only in the lobby
        Assert.Equal("invalid_op_id", await Refused(phone, "AnswerQuiz", new QuizAnswerRequest("q1", [1], null, null, "")));
        var reset = await host.CallAsync<QuizView>("ResetQuiz");
        Assert.Equal(("lobby", 0), (reset.Phase, reset.Players));
    }
}
