using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>The satisfaction survey through the real hub: answers kept between visits, once per person, never on a screen.</summary>
public sealed class SurveyHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly SurveyRequest Form = new("会后满意度调查 Satisfaction", [
        new(new PollDraft("Rate the event 评价本次活动", "rating", ["内容 Content", "服务 Service", "收获 Takeaways"], null, true, false, "stars5"), true),
        new(new PollDraft("Would you recommend it? 推荐吗？", "rating", ["推荐 Recommend"], null, true, false, "nps"), true),
        new(new PollDraft("What should we improve? 有何建议？", "text", null, null, true, false), false),
    ]);

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    private static SurveyAnswerRequest Rate(string id, bool submit, params int[] ratings) => new([new VoteRequest(id, null, null, Ratings: ratings)], submit);

    [Fact]
    public async Task Phones_answer_over_two_visits_and_submit_once_while_the_host_sees_the_rate_and_screens_never_the_answers()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        var joined = await _server.JoinAsync(session.Code, nickname: "Lin");
        var lin = await _server.ConnectAsync(joined.AttendeeToken);
        await using var wang = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);

        var saved = await host.CallAsync<SurveyView>("SaveSurvey", Form);
        Assert.Equal(["s1", "s2", "s3"], saved.Questions.Select(q => q.Question.Id));
        Assert.Equal("survey_closed", await Refused(lin, "AnswerSurvey", Rate("s1", false, 5, 5, 5))); // still a draft
        await host.CallAsync<SurveyView>("OpenSurvey");
        var shown = await lin.WaitForAsync(c => c.Surveys.LastOrDefault(s => s.Status == "open")); // pushed to phones when it opens
        Assert.Equal(3, shown.Questions.Count);
        Assert.Empty(shown.Results);

        // Lin rates the event, reloads, finds the ratings kept, then finishes.
        var mine = await lin.CallAsync<MySurveyView>("AnswerSurvey", Rate("s1", false, 5, 4, 5));
        Assert.False(mine.Submitted);
        await lin.DisposeAsync();
        await using var linAgain = await _server.ConnectAsync((await _server.JoinAsync(session.Code, deviceToken: joined.DeviceToken)).AttendeeToken);
        var resumed = (await linAgain.GetStateAsync()).MySurvey!;
        Assert.Equal([5, 4, 5], resumed.Answers.Single(a => a.PollId == "s1").Ratings!);
        Assert.Equal("survey_incomplete", await Refused(linAgain, "AnswerSurvey", new SurveyAnswerRequest([], true)));
        var sent = await linAgain.CallAsync<MySurveyView>("AnswerSurvey", new SurveyAnswerRequest(
            [new VoteRequest("s2", null, null, Ratings: [9]), new VoteRequest("s3", null, null, Texts: ["More Q&A time 多留问答时间"])], true));
        Assert.True(sent.Submitted);
        Assert.Equal("survey_submitted", await Refused(linAgain, "AnswerSurvey", Rate("s2", false, 3)));
        Assert.True((await linAgain.CallAsync<MySurveyView>("AnswerSurvey", Rate("s2", true, 9))).Submitted); // a resend of the same is fine

        await wang.CallAsync<MySurveyView>("AnswerSurvey", Rate("s1", false, 3, 3, 3));
        var board = await host.WaitForAsync(c => c.Surveys.LastOrDefault(s => s.Started == 2 && s.Submitted == 1));
        Assert.Equal(2, board.Results[0].Voters);
        Assert.Equal([4.0, 3.5, 4.0], board.Results[0].Items!.Select(i => i.Value!.Value));
        Assert.Equal(1, board.Results[2].Voters);

        // Screens know a survey is open, never what anyone answered.
        Assert.All(screen.Surveys, s => Assert.Empty(s.Results));
        Assert.Empty((await screen.CallAsync<SurveyReadout>("GetSurvey")).View.Results);
        Assert.Equal("survey_has_responses", await Refused(host, "SaveSurvey", Form));

        await host.CallAsync<SurveyView>("CloseSurvey");
        Assert.Equal("survey_closed", await Refused(wang, "AnswerSurvey", Rate("s2", true, 7)));
        var reset = await host.CallAsync<SurveyView>("ResetSurvey");
        Assert.Equal(("draft", 0, 0), (reset.Status, reset.Started, reset.Submitted));
    }

    [Fact]
    public async Task A_checked_in_guest_answers_once_whatever_phone_they_use()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster")
        { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("姓名,手机\n王芳,13800000001\n")) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        await host.CallAsync<SurveyView>("SaveSurvey", Form);
        await host.CallAsync<SurveyView>("OpenSurvey");

        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await phone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest("13800000001", null, null, false, "ci1"));
        await phone.CallAsync<MySurveyView>("AnswerSurvey", new SurveyAnswerRequest(
            [new VoteRequest("s1", null, null, Ratings: [5, 5, 5]), new VoteRequest("s2", null, null, Ratings: [10])], true));

        await using var colleaguesPhone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await colleaguesPhone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest("13800000001", null, null, false, "ci2"));
        Assert.True((await colleaguesPhone.GetStateAsync()).MySurvey!.Submitted);
        Assert.Equal("survey_submitted", await Refused(colleaguesPhone, "AnswerSurvey", Rate("s2", true, 0)));
        Assert.Equal(1, (await host.CallAsync<SurveyReadout>("GetSurvey")).View.Submitted);
    }

    private async Task<HttpResponseMessage> ExportAsync(Apis.CreatedSession session, string file, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/survey/{file}");
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _server.Http.SendAsync(request);
    }

    [Fact]
    public async Task The_host_exports_one_row_per_person_with_each_questions_columns_as_CSV_or_Excel()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await host.CallAsync<SurveyView>("SaveSurvey", Form);
        await host.CallAsync<SurveyView>("OpenSurvey");
        await using var sent = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await using var started = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        await sent.CallAsync<MySurveyView>("AnswerSurvey", new SurveyAnswerRequest(
            [new VoteRequest("s1", null, null, Ratings: [5, 4, 3]), new VoteRequest("s2", null, null, Ratings: [10]), new VoteRequest("s3", null, null, Texts: ["=更多问答"])], true));
        await started.CallAsync<MySurveyView>("AnswerSurvey", Rate("s2", false, 6));

        var csv = await (await ExportAsync(session, "responses.csv", session.HostKey)).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"respondent\",\"submitted\",\"1. ", lines[0]);
        Assert.Contains("3. ", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',').Select(c => c.Trim('"')).ToArray()).ToList();
        var full = rows.Single(r => r[1] == "yes");
        Assert.Equal(["5", "4", "3", "10"], full[2..6]);
        var partial = rows.Single(r => r[1] == "no");
        Assert.Equal(["", "", "", "6"], partial[2..6]);
        Assert.Matches("^[0-9a-f]{12}$", full[0]);

        var xlsx = await ExportAsync(session, "responses.xlsx", session.HostKey);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ExportAsync(session, "responses.csv", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ExportAsync(session, "responses.xlsx", session.ScreenKey)).StatusCode);
    }

    [Fact]
    public async Task The_host_tags_comments_and_sees_them_counted_while_no_one_else_sees_the_tags()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await host.CallAsync<SurveyView>("SaveSurvey", Form);
        await host.CallAsync<SurveyView>("OpenSurvey");
        foreach (var text in new[] { "政策支持力度要加大", "More Q&A time", "more q&a time" })
        {
            await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
            await phone.CallAsync<MySurveyView>("AnswerSurvey", new SurveyAnswerRequest([new VoteRequest("s3", null, null, Texts: [text])], false));
        }
        var tagged = await host.CallAsync<SurveyView>("SetSurveyTags", (object)new[] { "政策支持", "agenda" });
        Assert.Equal(["政策支持", "agenda"], tagged.Tags!);
        var items = (await host.CallAsync<SurveyReadout>("GetSurvey")).View.Results.Single(r => r.PollId == "s3").Items!;
        Assert.Equal(2, items.Count); // the same words are one comment
        var qa = items.Single(i => i.Count == 2).Key;
        var policy = items.Single(i => i.Count == 1).Key;
        await host.CallAsync<SurveyView>("TagSurveyAnswer", new SurveyTagRequest("s3", qa, "agenda", true));
        var view = await host.CallAsync<SurveyView>("TagSurveyAnswer", new SurveyTagRequest("s3", policy, "政策支持", true));
        Assert.Equal([("政策支持", 1), ("agenda", 2)], view.TagCounts!.Select(c => (c.Tag, c.Count)));
        Assert.Equal(["agenda"], view.Tagged!.Single(t => t.Key == qa).Tags);

        Assert.Equal("invalid_survey_tag", await Refused(host, "TagSurveyAnswer", new SurveyTagRequest("s3", qa, "other", true)));
        Assert.Equal("answer_not_found", await Refused(host, "TagSurveyAnswer", new SurveyTagRequest("s1", "0", "agenda", true)));
        Assert.Equal("invalid_survey_tag", await Refused(host, "SetSurveyTags", (object)new[] { "a", "A" }));
        Assert.Null((await screen.CallAsync<SurveyReadout>("GetSurvey")).View.Tags);
        await using var attendee = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        Assert.Equal("forbidden", await Refused(attendee, "SetSurveyTags", (object)new[] { "x" }));
    }

    [Fact]
    public async Task Bad_input_gets_its_code_and_changes_nothing()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        Assert.Equal("survey_empty", await Refused(host, "OpenSurvey"));
        Assert.Equal("title_required", await Refused(host, "SaveSurvey", Form with { Title = "" }));
        Assert.Equal("invalid_poll_kind", await Refused(host, "SaveSurvey", Form with { Questions = [new(new PollDraft("Rank", "ranking", ["A", "B"], null, true, false), true)] }));
        Assert.Equal("survey_full", await Refused(host, "SaveSurvey", Form with { Questions = Enumerable.Repeat(Form.Questions![2], 21).ToList() }));
        Assert.Equal("bad_request", await Refused(host, "SaveSurvey", Form with { Questions = [new(null, true)] }));
        Assert.Equal("forbidden", await Refused(phone, "SaveSurvey", Form));
        Assert.Equal("forbidden", await Refused(host, "AnswerSurvey", Rate("s1", false, 1, 1, 1)));
        await host.CallAsync<SurveyView>("SaveSurvey", Form);
        await host.CallAsync<SurveyView>("OpenSurvey");
        Assert.Equal("survey_question_not_found", await Refused(phone, "AnswerSurvey", Rate("s9", false, 1)));
        Assert.Equal("invalid_rating", await Refused(phone, "AnswerSurvey", Rate("s1", false, 6, 1, 1)));
        Assert.Equal("invalid_rating", await Refused(phone, "AnswerSurvey", Rate("s2", false, 11)));
        Assert.Equal(0, (await host.CallAsync<SurveyReadout>("GetSurvey")).View.Started);
    }
}
