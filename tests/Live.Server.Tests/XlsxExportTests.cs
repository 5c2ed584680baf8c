using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Live.Domain.CheckIn.Import;
using Live.Server.Apis;
using Live.Server.Apis.Exports;

namespace Live.Server.Tests;

/// <summary>
/// Every host export is offered as CSV and as XLSX. Through real HTTP after real SignalR clients made the data: each
/// .xlsx, read back with the roster import's XlsxTable, holds the table of its .csv twin cell for cell (the CSV's
/// apostrophe before a formula-like cell aside: an XLSX text cell is never run, so it keeps the text exactly), with
/// numbers as number cells, and is refused to exactly the callers its twin is refused to.
/// </summary>
public sealed class XlsxExportTests : IAsyncDisposable
{
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?> { ["Qna:QuestionIntervalSeconds"] = "0" });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static async Task<string?> CodeOf(HttpResponseMessage problem) =>
        JsonDocument.Parse(await problem.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static readonly EligibilityView CheckedIn = new("checkedIn", null, null, null, null);

    private const string Roster = "姓名,手机,公司,座位\n张三,13800138000,=HYPERLINK(\"http://evil\"),T1\n李四,+852 9123 4567,\"上海, 中国\",007\n王五,13800138002,,\n";

    private async Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _server.Http.SendAsync(request);
    }

    /// <summary>
    /// Downloads {path}.csv and {path}.xlsx, checks each one's type and file name, asserts they hold the same table,
    /// and returns the XLSX's cells by reference with their types.
    /// </summary>
    private async Task<Dictionary<string, (string? Type, string Value)>> TwinsAsync(string path, string key, string fileName, int rows)
    {
        using var csvResponse = await GetAsync(path + ".csv", key);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal(fileName + ".csv", csvResponse.Content.Headers.ContentDisposition!.FileName);
        var csv = Csv.Parse(Encoding.UTF8.GetString((await csvResponse.Content.ReadAsByteArrayAsync())[3..]));

        using var xlsxResponse = await GetAsync(path + ".xlsx", key);
        Assert.Equal(HttpStatusCode.OK, xlsxResponse.StatusCode);
        Assert.Equal(XlsxWriter.ContentType, xlsxResponse.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName + ".xlsx", xlsxResponse.Content.Headers.ContentDisposition!.FileName);
        var file = await xlsxResponse.Content.ReadAsByteArrayAsync();
        // XlsxTable gives a row up to its last cell (an empty cell is no cell): pad to the header's width.
        var xlsx = XlsxTable.Read(file).Select(r => r.Cells.Concat(Enumerable.Repeat("", csv[0].Length - r.Cells.Count)).ToArray()).ToList();

        Assert.Equal(rows + 1, csv.Count);
        Assert.Equal(csv, xlsx.Select(r => r.Select(CsvWriter.Defuse).ToArray()));
        return XlsxWriterTests.Cells(file);
    }

    private async Task<(CreatedSession Session, LiveClient Host, LiveClient[] Phones)> CheckedInAsync()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Roster)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        var phones = new List<LiveClient>();
        foreach (var (phone, i) in new[] { "13800138000", "+85291234567" }.Select((p, i) => (p, i)))
        {
            var client = await _server.ConnectAsync((await _server.JoinAsync(session.Code, nickname: i == 0 ? "张三" : "Li")).AttendeeToken);
            await client.CallAsync<CheckInResult>("CheckIn", new CheckInRequest(phone, null, null, false, $"ci{i}"));
            phones.Add(client);
        }
        return (session, host, [.. phones]);
    }

    [Fact]
    public async Task Checkins_and_winners_as_xlsx_hold_the_csv_table_with_phones_and_seats_as_text()
    {
        var (session, host, _) = await CheckedInAsync();
        var code = session.Code;
        var checkins = await TwinsAsync($"/api/sessions/{code}/checkins", session.HostKey, $"checkins-{code}", rows: 3);
        Assert.Equal(("inlineStr", "张三"), checkins["A2"]);
        Assert.Equal(("inlineStr", "13800138000"), checkins["B2"]); // never 1.38E+10
        Assert.Equal(("inlineStr", "=HYPERLINK(\"http://evil\")"), checkins["C2"]);
        Assert.Equal(("inlineStr", "007"), checkins["E3"]);
        Assert.Equal(("inlineStr", "no"), checkins["F4"]);

        var tier = Assert.Single((await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "一等奖", 2, 1, null, CheckedIn))).Tiers);
        var armed = await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 2, null));
        await host.CallAsync<RoundView>("DrawRound", armed.Number);
        await host.CallAsync<RoundView>("RevealRound", armed.Number);
        var winners = await TwinsAsync($"/api/sessions/{code}/winners", session.HostKey, $"winners-{code}", rows: 2);
        Assert.Equal(("inlineStr", "一等奖"), winners["A2"]);
        Assert.Equal((null, "1"), winners["B2"]); // the round is a number
        Assert.Contains(winners["D2"].Value, new[] { "张三", "李四" });
        Assert.Equal("inlineStr", winners["H2"].Type); // the seed, 64 hex digits, stays text
    }

    [Fact]
    public async Task Questions_moderation_log_and_poll_exports_as_xlsx_hold_the_csv_table_with_counts_as_numbers()
    {
        var (session, host, phones) = await CheckedInAsync();
        var code = session.Code;
        var asked = await phones[0].CallAsync<QuestionView>("AskQuestion", new AskRequest("=HYPERLINK(\"http://evil\") 张三问：新品价格？", false, "ask-1"));
        await host.CallAsync<QnaView>("MoveQuestions", new MoveQuestionsRequest([asked.Id], "answering"));
        var questions = await TwinsAsync($"/api/sessions/{code}/questions", session.HostKey, $"questions-{code}", rows: 1);
        Assert.Equal(("inlineStr", "=HYPERLINK(\"http://evil\") 张三问：新品价格？"), questions["B2"]);
        Assert.Equal((null, "0"), questions["I2"]); // votes
        var log = await TwinsAsync($"/api/sessions/{code}/moderation-log", session.HostKey, $"moderation-log-{code}", rows: 2);
        Assert.Equal(["asked", "moved"], new[] { "C2", "C3" }.Select(c => log[c].Value));

        var poll = (await host.CallAsync<SessionView>("CreatePoll", new PollDraft("明年去哪？", "single", ["上海, 中国", "=cmd|' /C calc'!A0"], null, true, true))).Polls[^1].Id;
        await host.CallAsync<SessionView>("OpenPoll", poll);
        await phones[0].VoteAsync(poll, 0);
        await phones[1].VoteAsync(poll, 1);
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("NPS 推荐度", "rating", [], null, true, true, "nps"));
        var results = await TwinsAsync($"/api/sessions/{code}/polls/{poll}/results", session.HostKey, $"poll-{poll}-results-{code}", rows: 2);
        Assert.Equal([(null, "0"), ("inlineStr", "上海, 中国"), (null, "1"), (null, "50")], new[] { "A2", "B2", "C2", "D2" }.Select(c => results[c]));
        Assert.Equal(("inlineStr", "=cmd|' /C calc'!A0"), results["B3"]);
        var responses = await TwinsAsync($"/api/sessions/{code}/polls/{poll}/responses", session.HostKey, $"poll-{poll}-responses-{code}", rows: 2);
        Assert.Equal(["inlineStr", "inlineStr", null, "inlineStr"], new[] { "A2", "B2", "C2", "D2" }.Select(c => responses[c].Type));
        var overview = await TwinsAsync($"/api/sessions/{code}/polls", session.HostKey, $"polls-{code}", rows: 2);
        Assert.Equal(("inlineStr", "NPS 推荐度"), overview["D3"]);
        Assert.Equal((null, "2"), overview["F2"]);
    }

    [Fact]
    public async Task Quiz_players_and_questions_as_xlsx_hold_the_csv_table_with_scores_and_rates_as_numbers()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await TwinsAsync($"/api/sessions/{session.Code}/quiz/players", session.HostKey, $"quiz-players-{session.Code}", rows: 0); // only the header
        await host.CallAsync<QuizView>("SaveQuizQuestion", new QuizQuestionRequest(null, "single", "中国的首都是？", ["上海", "北京"], [1], null, 20, 1000));
        await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: 0));
        var phones = await Task.WhenAll(new[] { "张三", "Bob" }.Select(async n => await _server.ConnectAsync((await _server.JoinAsync(session.Code, nickname: n)).AttendeeToken)));
        var question = (await host.CallAsync<QuizView>("ShowQuizQuestion", 1)).Current!.Id;
        await phones[0].CallAsync<QuizAnswerAck>("AnswerQuiz", new QuizAnswerRequest(question, [1], null, null, "a0"));
        await phones[1].CallAsync<QuizAnswerAck>("AnswerQuiz", new QuizAnswerRequest(question, [0], null, null, "a1"));
        await host.CallAsync<QuizView>("CloseQuizQuestion");
        await host.CallAsync<QuizView>("RevealQuizAnswer");

        var players = await TwinsAsync($"/api/sessions/{session.Code}/quiz/players", session.HostKey, $"quiz-players-{session.Code}", rows: 2);
        Assert.Equal([(null, "1"), ("inlineStr", "张三")], new[] { "A2", "B2" }.Select(c => players[c]));
        Assert.Null(players["D2"].Type); // the score
        var questions = await TwinsAsync($"/api/sessions/{session.Code}/quiz/questions", session.HostKey, $"quiz-questions-{session.Code}", rows: 1);
        Assert.Equal([(null, "1"), ("inlineStr", "中国的首都是？"), (null, "2"), (null, "1"), (null, "0.5")],
            new[] { "A2", "B2", "D2", "E2", "F2" }.Select(c => questions[c]));
    }

    [Fact]
    public async Task Every_xlsx_export_is_refused_exactly_as_its_csv_twin()
    {
        var session = await _server.CreateSessionAsync();
        var other = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var poll = (await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Q", "single", ["A", "B"], null, true, true))).Polls[^1].Id;
        var attendee = (await _server.JoinAsync(session.Code)).AttendeeToken;
        string[] exports = ["checkins", "winners", "questions", "moderation-log", "polls", $"polls/{poll}/results", $"polls/{poll}/responses",
            "polls/p99/results", "quiz/players", "quiz/questions"];
        foreach (var export in exports)
        foreach (var key in new[] { null, "not-a-key", session.ScreenKey, session.ModeratorKey, attendee, other.HostKey })
        {
            using var csv = await GetAsync($"/api/sessions/{session.Code}/{export}.csv", key);
            using var xlsx = await GetAsync($"/api/sessions/{session.Code}/{export}.xlsx", key);
            Assert.True(csv.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{export}.csv with {key}: {csv.StatusCode}");
            Assert.Equal((csv.StatusCode, await CodeOf(csv)), (xlsx.StatusCode, await CodeOf(xlsx)));
        }
        using var unknownPoll = await GetAsync($"/api/sessions/{session.Code}/polls/p99/results.xlsx", session.HostKey);
        Assert.Equal(HttpStatusCode.NotFound, unknownPoll.StatusCode);
    }
}
