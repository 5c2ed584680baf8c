using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>Check-in through the real REST import, the real hub and real SignalR clients.</summary>
public sealed class CheckInHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static CheckInRequest ByPhone(string phone) => new(phone, null, null, false, Guid.NewGuid().ToString("N"));

    /// <summary>Thirty invitees: 20 dealers, 5 VIPs, 5 media, phones 13800000000 + i; line 8 has no name.</summary>
    private static string Invitations()
    {
        var csv = new StringBuilder("姓名,手机,公司,类别,座位\n");
        for (var i = 0; i < 30; i++)
            csv.Append(i == 6 ? "" : $"嘉宾{i:00}").Append($",{13800000000 + i},公司{i % 4},{(i < 20 ? "dealer" : i < 25 ? "VIP" : "media")},T{i / 10}\n");
        return csv.ToString();
    }

    private async Task<HttpResponseMessage> ImportAsync(string code, string key, byte[] body, string contentType = "text/csv")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{code}/roster") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await _server.Http.SendAsync(request);
    }

    private async Task<LiveClient[]> JoinAsync(string code, int count) => await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        await _server.ConnectAsync((await _server.JoinAsync(code, "onsite", nickname: $"guest{i}")).AttendeeToken)));

    [Fact]
    public async Task Phones_check_in_and_the_wall_and_console_see_exact_figures_with_masked_names_on_the_screen()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);

        var response = await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = (await response.Content.ReadFromJsonAsync<ImportReportView>())!;
        Assert.Equal((30, 29, 29), (report.Rows, report.Added, report.Invited));
        Assert.Equal(new ImportErrorView(8, "name_required"), Assert.Single(report.Errors));

        // Ten phones check in at once, each twice (a double tap): ten arrivals, not twenty.
        var phones = await JoinAsync(session.Code, 10);
        var results = await Task.WhenAll(phones.SelectMany((p, i) => new[] { 0, 1 }.Select(_ =>
            p.CallAsync<CheckInResult>("CheckIn", ByPhone($"+86 {13800000000 + i + 20}")))));
        Assert.Equal(10, results.Where(r => !r.Already).Select(r => r.PersonId).Distinct().Count());

        var wall = await screen.WaitForAsync(c => c.CheckIns.LastOrDefault(v => v.Arrived == 10));
        Assert.Equal((29, 0), (wall.Invited, wall.WalkIns));
        Assert.Equal([("dealer", 19, 0), ("VIP", 5, 5), ("media", 5, 5)], wall.ByCategory.Select(c => (c.Category, c.Invited, c.Arrived)));
        Assert.All(wall.Recent, a => Assert.Matches(@"^嘉\*+\d$", a.Name));
        var console = await host.WaitForAsync(c => c.CheckIns.LastOrDefault(v => v.Arrived == 10));
        Assert.All(console.Recent, a => Assert.StartsWith("嘉宾", a.Name));
        Assert.True(screen.CheckIns.Count < 20, $"check-in snapshots must be coalesced, got {screen.CheckIns.Count}");

        // After a reload the phone still knows it checked in.
        var mine = (await phones[3].GetStateAsync()).MyCheckIn;
        Assert.Equal(("嘉宾23", "VIP", "T2"), (mine?.Name, mine?.Category, mine?.Seat));
        Assert.Null((await phones[3].GetStateAsync()).Checkins);
    }

    [Fact]
    public async Task A_check_in_staff_take_back_is_taken_back_on_the_phone_too()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        var phone = (await JoinAsync(session.Code, 1))[0];
        var mine = await phone.CallAsync<CheckInResult>("CheckIn", ByPhone("13800000005"));

        await host.CallAsync<RosterEntry>("UndoCheckIn", mine.PersonId);

        await phone.WaitForAsync(c => c.MyCheckIns.FirstOrDefault(b => b.Value is null));
        Assert.Null((await phone.GetStateAsync()).MyCheckIn);
    }

    [Fact]
    public async Task Staff_search_check_in_and_undo_from_the_console()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));

        // 嘉宾1x: ten people; the answer is cut at the limit and says how many matched.
        var found = await host.CallAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest("嘉宾1", 5));
        Assert.Equal((5, 10), (found.People.Count, found.Total));
        var all = await host.CallAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest("", null));
        Assert.Equal((20, 29), (all.People.Count, all.Total)); // default limit 20 of the 29 invited
        var first = found.People[0];
        var arrived = await host.CallAsync<RosterEntry>("StaffCheckIn", first.Id);
        Assert.Equal("staff", arrived.Channel);
        Assert.Equal(1, (await host.GetStateAsync()).Checkins!.Arrived);

        var undone = await host.CallAsync<RosterEntry>("UndoCheckIn", first.Id);
        Assert.Null(undone.ArrivedAt);
        Assert.Equal(0, (await host.GetStateAsync()).Checkins!.Arrived);
    }

    [Fact]
    public async Task Bad_check_ins_get_codes_and_change_nothing()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        var phone = (await JoinAsync(session.Code, 1))[0];
        async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

        Assert.EndsWith("checkin_not_found", await Refused(phone, "CheckIn", ByPhone("13999999999")));
        Assert.EndsWith("invalid_phone", await Refused(phone, "CheckIn", ByPhone("call me")));
        Assert.EndsWith("invalid_phone", await Refused(phone, "CheckIn", new CheckInRequest(null, "嘉宾01", "12", false, "op1")));
        Assert.EndsWith("invalid_op_id", await Refused(phone, "CheckIn", new CheckInRequest("13800000001", null, null, false, null)));
        Assert.EndsWith("walkins_closed", await Refused(phone, "CheckIn", new CheckInRequest(null, "路人甲", null, true, "op2")));
        Assert.EndsWith("person_not_found", await Refused(host, "StaffCheckIn", "a999"));
        Assert.EndsWith("query_too_long", await Refused(host, "SearchRoster", new RosterSearchRequest(new string('x', 65), 5)));
        Assert.Equal("forbidden", await Refused(phone, "StaffCheckIn", "a1"));
        Assert.Equal("forbidden", await Refused(screen, "SetCheckInSettings", new CheckInSettings(true, false)));
        Assert.Equal(0, (await host.GetStateAsync()).Checkins!.Arrived);

        // With walk-ins allowed, the same request registers them.
        await host.CallAsync<CheckInView>("SetCheckInSettings", new CheckInSettings(true, true));
        var walkIn = await phone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest(null, "路人甲", null, true, "op3"));
        Assert.Equal(("walk-in", "walk-in"), (walkIn.Category, walkIn.Channel));
        Assert.Equal((0, 1), ((await host.GetStateAsync()).Checkins!.Arrived, (await host.GetStateAsync()).Checkins!.WalkIns));
    }

    [Fact]
    public async Task Import_refuses_unreadable_files_and_other_sessions_keys_and_the_export_lists_everyone()
    {
        var session = await _server.CreateSessionAsync();
        var other = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);

        var xls = await ImportAsync(session.Code, session.HostKey, [0xD0, 0xCF, 0x11, 0xE0, 0, 0, 0, 0]);
        Assert.Equal(HttpStatusCode.BadRequest, xls.StatusCode);
        Assert.Contains("unsupported_file", await xls.Content.ReadAsStringAsync());
        var noNames = await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes("phone\n13800000000\n"));
        Assert.Contains("missing_columns", await noNames.Content.ReadAsStringAsync());
        var huge = await ImportAsync(session.Code, session.HostKey, new byte[5 * 1024 * 1024 + 1]);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(session.Code, other.HostKey, Encoding.UTF8.GetBytes(Invitations()))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ImportAsync(session.Code, session.ScreenKey, Encoding.UTF8.GetBytes(Invitations()))).StatusCode);
        Assert.Equal(0, (await host.GetStateAsync()).Checkins!.Invited);

        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        await host.CallAsync<RosterEntry>("StaffCheckIn", "a1");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/checkins.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        var lines = Encoding.UTF8.GetString((await (await _server.Http.SendAsync(request)).Content.ReadAsByteArrayAsync())[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(30, lines.Length);
        Assert.StartsWith("\"嘉宾00\",\"13800000000\",\"公司0\",\"dealer\",\"T0\",\"yes\"", lines[1]);
        Assert.EndsWith("\"staff\",\"\"", lines[1]);
    }

    [Fact]
    public async Task A_walk_ins_company_is_kept_searched_and_exported_like_an_imported_persons()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        await host.CallAsync<CheckInView>("SetCheckInSettings", new CheckInSettings(true, true));
        var phone = (await JoinAsync(session.Code, 1))[0];

        var tooLong = new CheckInRequest(null, "宋佳", null, true, "op1", new string('公', 101));
        Assert.EndsWith("field_too_long", (await Assert.ThrowsAsync<HubException>(() => phone.CallAsync<CheckInResult>("CheckIn", tooLong))).Message);
        Assert.Equal(0, (await host.GetStateAsync()).Checkins!.WalkIns);
        var walkIn = await phone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest("13900000001", "宋佳", null, true, "op2", " 上海汽车 "));
        Assert.Equal("walk-in", walkIn.Channel);

        var found = Assert.Single((await host.CallAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest("上海汽车", null))).People);
        Assert.Equal(("宋佳", "上海汽车", "walk-in"), (found.Name, found.Company, found.Category));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/checkins.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        var lines = Encoding.UTF8.GetString((await (await _server.Http.SendAsync(request)).Content.ReadAsByteArrayAsync())[3..])
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(31, lines.Length); // header, 29 invited, then the walk-in
        Assert.StartsWith("\"宋佳\",\"13900000001\",\"上海汽车\",\"walk-in\",\"\",\"yes\"", lines[^1]);
    }

    [Fact]
    public async Task The_screen_gets_the_company_beside_masked_names_only_when_the_host_chooses_it_and_never_a_phone()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        await host.CallAsync<RosterEntry>("StaffCheckIn", "a1");
        await host.CallAsync<RosterEntry>("StaffCheckIn", "a2");
        async Task<CheckInView> Wall(string detail)
        {
            var answer = await host.CallAsync<CheckInView>("SetCheckInSettings", new CheckInSettings(false, true, detail));
            var pushed = await screen.WaitForAsync(c => c.CheckIns.LastOrDefault(v => v.Version >= answer.Version));
            var read = (await screen.GetStateAsync()).Checkins!;
            Assert.Equal(JsonSerializer.Serialize(pushed.Recent), JsonSerializer.Serialize(read.Recent)); // pushed as read
            Assert.DoesNotContain("1380000000", JsonSerializer.Serialize(read)); // no phone, whatever the setting
            Assert.Equal(detail, read.Settings.WallDetail);
            return read;
        }

        // Default: names masked, companies beside them (嘉宾00 and 嘉宾01 are 公司0 and 公司1).
        Assert.Equal("company", (await screen.GetStateAsync()).Checkins!.Settings.WallDetail);
        Assert.Equal([("嘉**1", "公司1"), ("嘉**0", "公司0")], (await Wall("company")).Recent.Select(a => (a.Name, a.Company)));
        Assert.All((await Wall("category")).Recent, a => Assert.Null(a.Company));
        Assert.All((await Wall("none")).Recent, a => Assert.Null(a.Company));
        Assert.Equal(["dealer", "dealer"], (await Wall("none")).Recent.Select(a => a.Category));

        var refused = await Assert.ThrowsAsync<HubException>(() => host.CallAsync<CheckInView>("SetCheckInSettings", new CheckInSettings(false, true, "phone")));
        Assert.EndsWith("invalid_wall_detail", refused.Message);
        Assert.Equal("none", (await screen.GetStateAsync()).Checkins!.Settings.WallDetail);
    }

    [Fact]
    public async Task A_console_that_sends_no_wall_detail_gets_the_default()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var answer = await host.CallAsync<CheckInView>("SetCheckInSettings", new { allowWalkIns = true, maskNamesOnWall = true });
        Assert.Equal((true, "company"), (answer.Settings.AllowWalkIns, answer.Settings.WallDetail));
    }

    [Fact]
    public async Task A_checked_in_only_poll_gives_each_invited_person_one_ballot_whatever_phone_they_use()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await ImportAsync(session.Code, session.HostKey, Encoding.UTF8.GetBytes(Invitations()));
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Approve the dealer rebate?", "single", ["yes", "no"], null, false, true));
        await host.CallAsync<SessionView>("SetPollSettings", "p1", new PollSettings(false, true, CheckedInOnly: true));
        await host.CallAsync<SessionView>("OpenPoll", "p1");
        var phone = (await JoinAsync(session.Code, 1))[0];

        var refused = await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync("p1", 0));
        Assert.EndsWith("checkin_required", refused.Message);

        await phone.CallAsync<CheckInResult>("CheckIn", ByPhone("13800000005"));
        await phone.VoteAsync("p1", 0);

        // The same guest clears the browser: a new device, which checks in again as the same person.
        var clearedBrowser = (await JoinAsync(session.Code, 1))[0];
        Assert.Empty((await clearedBrowser.GetStateAsync()).MyBallots);
        await clearedBrowser.CallAsync<CheckInResult>("CheckIn", ByPhone("13800000005"));
        Assert.Equal([0], Assert.Single((await clearedBrowser.GetStateAsync()).MyBallots).OptionIds);
        var again = await Assert.ThrowsAsync<HubException>(() => clearedBrowser.VoteAsync("p1", 1));
        Assert.EndsWith("already_voted", again.Message);
        Assert.EndsWith("checkin_required", (await Assert.ThrowsAsync<HubException>(() => phone.VoteAsync("p1", 1))).Message);

        var results = (await host.GetStateAsync()).Results.Single();
        Assert.Equal([1, 0], results.Counts);
        var locked = await Assert.ThrowsAsync<HubException>(() => host.CallAsync<SessionView>("SetPollSettings", "p1", new PollSettings(false, true, CheckedInOnly: false)));
        Assert.EndsWith("poll_has_votes", locked.Message);
        Assert.True((await host.GetStateAsync()).Session.Polls.Single().CheckedInOnly);
    }
}
