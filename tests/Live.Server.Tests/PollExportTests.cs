using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Live.Contracts;

namespace Live.Server.Tests;

/// <summary>
/// The host's poll exports through real HTTP after real SignalR phones voted: every kind's result table and responses
/// cell by cell, the session's overview, and who may not download them.
/// </summary>
public sealed class PollExportTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<(Apis.CreatedSession Session, LiveClient Host, LiveClient[] Phones, string[] DeviceIds)> SessionAsync(int phones)
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var joined = new List<Apis.Joined>();
        for (var i = 0; i < phones; i++) joined.Add(await _server.JoinAsync(session.Code));
        var clients = await Task.WhenAll(joined.Select(j => _server.ConnectAsync(j.AttendeeToken)));
        return (session, host, clients, [.. joined.Select(j => j.DeviceId)]);
    }

    private static async Task<string> OpenAsync(LiveClient host, PollDraft draft)
    {
        var pollId = (await host.CallAsync<SessionView>("CreatePoll", draft)).Polls[^1].Id;
        await host.CallAsync<SessionView>("OpenPoll", pollId);
        return pollId;
    }

    /// <summary>Votes one phone at a time, so the responses' order (oldest first) is the phones' order.</summary>
    private static async Task VoteEachAsync(LiveClient[] phones, string pollId, Func<int, VoteRequest> vote)
    {
        for (var i = 0; i < phones.Length; i++) await phones[i].CallAsync<VoteAck>("Vote", vote(i) with { PollId = pollId, OpId = $"{pollId}-{i}" });
    }

    private static VoteRequest Vote(int[]? ids = null, int[]? ranking = null, int[]? ratings = null, string[]? texts = null) =>
        new("", ids, "", ranking, ratings, texts);

    private async Task<HttpResponseMessage> GetAsync(string path, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _server.Http.SendAsync(request);
    }

    /// <summary>The CSV as rows of cells, after checking the byte-order mark, the type and the file name.</summary>
    private async Task<List<string[]>> CsvAsync(string path, string key, string fileName)
    {
        using var response = await GetAsync(path, key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("\r\n", text);
        return Csv.Parse(text);
    }

    [Fact]
    public async Task Choice_results_responses_and_the_overview_of_every_poll()
    {
        var (session, host, phones, devices) = await SessionAsync(3);
        var code = session.Code;
        var choice = await OpenAsync(host, new PollDraft("明年去哪？ Next city", "single", ["上海, 中国", "Lisbon \"PT\"", "=cmd|' /C calc'!A0"], null, true, true));
        await VoteEachAsync(phones, choice, i => Vote(ids: [i == 2 ? 2 : 0]));
        var rating = await OpenAsync(host, new PollDraft("NPS", "rating", [], null, true, true, "nps"));
        await VoteEachAsync(phones, rating, i => Vote(ratings: [new[] { 10, 3, 0 }[i]]));
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Draft 草稿", "ranking", ["A", "B"], null, true, true));
        await host.WaitForAsync(c => c.Presence.LastOrDefault(p => p.Onsite + p.Online == 3));
        await host.CallAsync<SessionView>("ClosePoll", choice);

        var results = await CsvAsync($"/api/sessions/{code}/polls/{choice}/results.csv", session.HostKey, $"poll-{choice}-results-{code}.csv");
        Assert.Equal([
            ["option_id", "option", "count", "percent"],
            ["0", "上海, 中国", "2", "66.7"],
            ["1", "Lisbon \"PT\"", "0", "0"],
            ["2", "'=cmd|' /C calc'!A0", "1", "33.3"], // never a formula in a spreadsheet
        ], results);

        var responses = await CsvAsync($"/api/sessions/{code}/polls/{choice}/responses.csv", session.HostKey, $"poll-{choice}-responses-{code}.csv");
        Assert.Equal(["respondent", "answered_at", "option_id", "option"], responses[0]);
        Assert.Equal([["0", "上海, 中国"], ["0", "上海, 中国"], ["2", "'=cmd|' /C calc'!A0"]], responses.Skip(1).Select(r => r[2..]));
        var keys = responses.Skip(1).Select(r => r[0]).ToList();
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{12}$", k));
        Assert.Equal(3, keys.Distinct().Count());
        var times = responses.Skip(1).Select(r => DateTimeOffset.Parse(r[1])).ToList();
        Assert.Equal(times.Order(), times);
        Assert.All(times, t => Assert.InRange(t, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow));
        var everything = string.Join(",", responses.SelectMany(r => r));
        Assert.All(devices, d => Assert.DoesNotContain(d, everything));

        // The NPS is a plain negative number, and each phone has the same respondent key in both polls.
        var nps = await CsvAsync($"/api/sessions/{code}/polls/{rating}/results.csv", session.HostKey, $"poll-{rating}-results-{code}.csv");
        Assert.Equal(["statement_id", "statement", "count", "mean", "nps", "rated_0", "rated_1", "rated_2", "rated_3"], nps[0][..9]);
        Assert.Equal(["0", "NPS", "3", "4.33", "-33", "1", "0", "0", "1", "0", "0", "0", "0", "0", "0", "1"], nps[1]);
        var ratings = await CsvAsync($"/api/sessions/{code}/polls/{rating}/responses.csv", session.HostKey, $"poll-{rating}-responses-{code}.csv");
        Assert.Equal(["respondent", "answered_at", "rating_0"], ratings[0]);
        Assert.Equal(keys.Zip(["10", "3", "0"]).Select(x => new[] { x.First, x.Second }), ratings.Skip(1).Select(r => new[] { r[0], r[2] }));

        var overview = await CsvAsync($"/api/sessions/{code}/polls.csv", session.HostKey, $"polls-{code}.csv");
        Assert.Equal([
            ["poll_id", "kind", "variant", "question", "status", "respondents", "present_at_close", "participation_percent"],
            [choice, "single", "", "明年去哪？ Next city", "closed", "3", "3", "100"],
            [rating, "rating", "nps", "NPS", "open", "3", "", ""],
            ["p3", "ranking", "", "Draft 草稿", "draft", "0", "", ""],
        ], overview);
    }

    [Fact]
    public async Task Ranking_results_and_responses()
    {
        var (session, host, phones, _) = await SessionAsync(3);
        var poll = await OpenAsync(host, new PollDraft("排序 Rank", "ranking", ["新品 A", "B, \"b\"", "C"], null, true, true));
        int[][] orders = [[0, 1, 2], [0, 2, 1], [2, 1, 0]];
        await VoteEachAsync(phones, poll, i => Vote(ranking: orders[i]));

        var results = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/results.csv", session.HostKey, $"poll-{poll}-results-{session.Code}.csv");
        Assert.Equal([
            ["option_id", "option", "count", "mean_points", "points", "rank_1", "rank_2", "rank_3"],
            ["0", "新品 A", "3", "2.33", "7", "2", "0", "1"],
            ["1", "B, \"b\"", "3", "1.67", "5", "0", "2", "1"],
            ["2", "C", "3", "2", "6", "1", "1", "1"],
        ], results);
        var responses = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/responses.csv", session.HostKey, $"poll-{poll}-responses-{session.Code}.csv");
        Assert.Equal(["respondent", "answered_at", "rank_1", "rank_2", "rank_3", "ranking_ids"], responses[0]);
        Assert.Equal([["新品 A", "B, \"b\"", "C", "0;1;2"], ["新品 A", "C", "B, \"b\"", "0;2;1"], ["C", "B, \"b\"", "新品 A", "2;1;0"]],
            responses.Skip(1).Select(r => r[2..]));
    }

    [Fact]
    public async Task Word_cloud_keeps_every_entry_as_given_and_normalised_with_hidden_held_and_stop_words_marked()
    {
        var (session, host, phones, _) = await SessionAsync(3);
        var poll = await OpenAsync(host, new PollDraft("One word 一个词", "wordcloud", [], 2, true, true));
        string[][] answers = [["ＡＩ", "Team"], ["ai", "你是傻逼"], ["AI!", "的"]];
        await VoteEachAsync(phones, poll, i => Vote(texts: answers[i]));
        await host.CallAsync<SessionView>("SetResultHidden", poll, "team", true);

        var results = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/results.csv", session.HostKey, $"poll-{poll}-results-{session.Code}.csv");
        Assert.Equal([
            ["word", "normalized", "count", "percent", "status"],
            ["AI", "ai", "3", "100", "shown"],
            ["Team", "team", "1", "33.3", "hidden"],
            ["你是傻逼", "你是傻逼", "1", "33.3", "held"],
            ["的", "的", "1", "33.3", "stop_word"],
        ], results);
        var responses = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/responses.csv", session.HostKey, $"poll-{poll}-responses-{session.Code}.csv");
        Assert.Equal(["respondent", "answered_at", "entry_1", "entry_1_normalized", "entry_1_status", "entry_2", "entry_2_normalized", "entry_2_status"], responses[0]);
        Assert.Equal([["AI", "ai", "shown", "Team", "team", "hidden"], ["ai", "ai", "shown", "你是傻逼", "你是傻逼", "held"],
            ["AI", "ai", "shown", "的", "的", "stop_word"]], responses.Skip(1).Select(r => r[2..]));
    }

    [Fact]
    public async Task Open_text_exports_every_answer_with_commas_quotes_and_formulas_kept_as_text()
    {
        var (session, host, phones, _) = await SessionAsync(3);
        var poll = await OpenAsync(host, new PollDraft("What should we change? 有何建议", "text", [], null, true, true));
        string[] answers = ["更多互动, \"少讲PPT\"", "@SUM(1+1)*cmd", "你是傻逼"];
        await VoteEachAsync(phones, poll, i => Vote(texts: [answers[i]]));

        var results = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/results.csv", session.HostKey, $"poll-{poll}-results-{session.Code}.csv");
        Assert.Equal(["answer", "key", "count", "percent", "status"], results[0]);
        Assert.Equal([["更多互动, \"少讲PPT\"", "1", "33.3", "shown"], ["'@SUM(1+1)*cmd", "1", "33.3", "shown"], ["你是傻逼", "1", "33.3", "held"]],
            results.Skip(1).Select(r => new[] { r[0], r[2], r[3], r[4] }));
        var responses = await CsvAsync($"/api/sessions/{session.Code}/polls/{poll}/responses.csv", session.HostKey, $"poll-{poll}-responses-{session.Code}.csv");
        Assert.Equal(["respondent", "answered_at", "answer", "answer_key", "status"], responses[0]);
        Assert.Equal(results.Skip(1).Select(r => new[] { r[0], r[1], r[4] }), responses.Skip(1).Select(r => r[2..]));
    }

    [Fact]
    public async Task Only_the_sessions_host_may_download_and_an_unknown_poll_is_a_404_problem()
    {
        var (session, host, phones, _) = await SessionAsync(1);
        var other = await _server.CreateSessionAsync();
        var poll = await OpenAsync(host, new PollDraft("Q", "single", ["A", "B"], null, true, true));
        var attendee = (await _server.JoinAsync(session.Code)).AttendeeToken;
        string[] paths = [$"/api/sessions/{session.Code}/polls.csv", $"/api/sessions/{session.Code}/polls/{poll}/results.csv",
            $"/api/sessions/{session.Code}/polls/{poll}/responses.csv"];
        foreach (var path in paths)
        {
            Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), await ProblemAsync(path, null));
            Assert.Equal((HttpStatusCode.Unauthorized, "unauthorized"), await ProblemAsync(path, "not-a-key"));
            foreach (var key in new[] { session.ScreenKey, attendee, other.HostKey })
                Assert.Equal(HttpStatusCode.Forbidden, (await ProblemAsync(path, key)).Status);
        }
        foreach (var table in new[] { "results", "responses" })
        foreach (var id in new[] { "p99", "x1", "p1234567890" })
            Assert.Equal((HttpStatusCode.NotFound, "poll_not_found"), await ProblemAsync($"/api/sessions/{session.Code}/polls/{id}/{table}.csv", session.HostKey));
        await phones[0].DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, string? Code)> ProblemAsync(string path, string? key)
    {
        using var response = await GetAsync(path, key);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}

/// <summary>An RFC 4180 reader for checking exports: quoted cells, doubled quotes, CRLF rows.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else cell.Append(c);
        }
        Assert.True(row.Count == 0 && cell.Length == 0, "the file must end with CRLF");
        return rows;
    }
}
