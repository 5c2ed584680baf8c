using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>Quiz teams through the real hub: phones pick from the host's names (until their first answer), or play for their company.</summary>
public sealed class QuizTeamsHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly QuizQuestionRequest Capital = new(null, "single", "中国的首都是？", ["上海", "北京", "广州"], [1], null, 20, 1000);

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    private static Task<QuizAnswerAck> AnswerAsync(LiveClient phone, string questionId, params int[] options) =>
        phone.CallAsync<QuizAnswerAck>("AnswerQuiz", new QuizAnswerRequest(questionId, options, null, null, Guid.NewGuid().ToString("N")));

    private async Task<LiveClient> PhoneAsync(string code, string? nickname = null) =>
        await _server.ConnectAsync((await _server.JoinAsync(code, nickname: nickname)).AttendeeToken);

    private static async Task<QuizView> RevealAsync(LiveClient host)
    {
        await host.CallAsync<QuizView>("CloseQuizQuestion");
        await host.CallAsync<QuizView>("RevealQuizAnswer");
        return await host.CallAsync<QuizView>("ShowQuizLeaderboard");
    }

    [Fact]
    public async Task Phones_pick_a_team_from_the_hosts_names_and_keep_it_once_they_have_answered()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await host.CallAsync<QuizView>("SaveQuizQuestion", Capital);
        Assert.Equal("invalid_quiz_settings", await Refused(host, "SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "pick", TeamNames: ["红队"])));
        Assert.Equal("invalid_quiz_settings", await Refused(host, "SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "pick", TeamNames: ["Blue", "blue "])));
        Assert.Equal("invalid_quiz_settings", await Refused(host, "SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "pick", TeamNames: ["红队", new string('x', 31)])));
        var set = await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "pick", TeamNames: [" 红队 ", "Blue"]));
        Assert.Equal(["红队", "Blue"], set.Settings.TeamNames!);

        await using var ann = await PhoneAsync(session.Code, "Ann");
        await using var bo = await PhoneAsync(session.Code, "Bo");
        await using var cy = await PhoneAsync(session.Code, "Cy");
        Assert.Equal(["红队", "Blue"], (await ann.CallAsync<QuizReadout>("GetQuiz")).View.Settings.TeamNames!); // phones see the names to pick from
        Assert.Equal(("红队", "Ann"), await Picked(ann, "红队"));
        Assert.Equal(("Blue", "Bo"), await Picked(bo, "blue")); // the host's spelling
        Assert.Equal("quiz_team_not_found", await Refused(cy, "ChooseQuizTeam", "Green"));
        Assert.Equal(("红队", "Bo"), await Picked(bo, "红队")); // not played yet: free to change
        Assert.Equal(("Blue", "Bo"), await Picked(bo, "Blue"));

        var q1 = (await host.CallAsync<QuizView>("ShowQuizQuestion", 1)).Current!.Id;
        await AnswerAsync(ann, q1, 1);
        await AnswerAsync(bo, q1, 0);
        Assert.Equal("quiz_team_locked", await Refused(ann, "ChooseQuizTeam", "Blue"));
        Assert.Equal(("红队", "Ann"), await Picked(ann, "红队")); // the same team again is a harmless retry
        var board = await RevealAsync(host);
        Assert.Equal([("红队", 1, 1), ("Blue", 2, 1)], board.Teams.Select(t => (t.Team, t.Rank, t.Members)));
        Assert.True(board.Teams[0].Score > 0 && board.Teams[1].Score == 0);
        Assert.Equal("quiz_team_locked", await Refused(bo, "ChooseQuizTeam", "红队"));

        // The host's teams change later (between runs): nobody who has played loses theirs.
        await host.CallAsync<QuizView>("FinishQuiz");
        var renamed = await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "pick", TeamNames: ["A", "B"]));
        Assert.Equal(["红队", "Blue"], renamed.Teams.Select(t => t.Team));
    }

    private static async Task<(string?, string)> Picked(LiveClient phone, string team)
    {
        var mine = await phone.CallAsync<MyQuizView>("ChooseQuizTeam", team);
        return (mine.Team, mine.Name);
    }

    [Fact]
    public async Task Teams_by_company_put_checked_in_people_in_their_companys_team_and_leave_walk_up_phones_out()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        var roster = "姓名,手机,公司\n王芳,13800000001,华东经销\n李雷,13800000002,华东经销\n韩梅,13800000003,西南贸易\n";
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(roster)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        await host.CallAsync<QuizView>("SaveQuizQuestion", Capital);
        await host.CallAsync<QuizView>("SetQuizSettings", new QuizSettings(ReadSeconds: 0, Teams: "company"));

        var phones = new List<LiveClient>();
        foreach (var phone in new[] { "13800000001", "13800000002", "13800000003" })
        {
            var p = await PhoneAsync(session.Code);
            await p.CallAsync<CheckInResult>("CheckIn", new CheckInRequest(phone, null, null, false, $"ci{phone}"));
            phones.Add(p);
        }
        phones.Add(await PhoneAsync(session.Code, "Walk-up"));
        Assert.Equal("quiz_team_not_found", await Refused(phones[0], "ChooseQuizTeam", "华东经销")); // not a pick quiz

        var q1 = (await host.CallAsync<QuizView>("ShowQuizQuestion", 1)).Current!.Id;
        await AnswerAsync(phones[0], q1, 1);
        await AnswerAsync(phones[1], q1, 0);
        await AnswerAsync(phones[2], q1, 0);
        await AnswerAsync(phones[3], q1, 1);
        var board = await RevealAsync(host);
        Assert.Equal([("华东经销", 2), ("西南贸易", 1)], board.Teams.Select(t => (t.Team, t.Members)));
        Assert.Equal(board.Leaders.Single(l => l.Name == "王芳").Score / 2.0, board.Teams[0].Score); // the mean of its members
        Assert.Null(board.Leaders.Single(l => l.Name == "Walk-up").Team);
        foreach (var p in phones) await p.DisposeAsync();
    }
}
