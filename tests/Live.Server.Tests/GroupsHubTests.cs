using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>Discussion tables through the real hub: formed from the check-in list, each phone told its own table, moved, ended.</summary>
public sealed class GroupsHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string Phone(int i) => $"{13900000000 + i}";

    /// <summary>24 guests from 3 companies, the first 3 of them staff (facilitators); the first <paramref name="onPhones"/> check in from a phone.</summary>
    private async Task<(CreatedSession Session, LiveClient Host, LiveClient Screen, LiveClient[] Phones)> GuestsAsync(int onPhones)
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var csv = "姓名,手机,公司,类别\n" + string.Concat(Enumerable.Range(0, 24).Select(i =>
            $"嘉宾{i},{Phone(i)},{(i < 3 ? "主办方" : $"公司{i % 3}")},{(i < 3 ? "Staff" : "Dealer")}\n"));
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        var phones = await Task.WhenAll(Enumerable.Range(0, onPhones).Select(async i =>
        {
            var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
            await phone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest(Phone(i), null, null, false, $"op{i}"));
            return phone;
        }));
        // The rest are checked in at the desk: seated, but no phone hears of it.
        foreach (var found in (await host.CallAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest("嘉宾", 50))).People)
            if (found.ArrivedAt is null) await host.CallAsync<RosterEntry>("StaffCheckIn", found.Id);
        return (session, host, screen, phones);
    }

    /// <summary>Who sits where, comparable (a record's list compares by reference).</summary>
    private static List<string> Seating(GroupsView view) => view.Tables.Select(t => $"{t.Number}: {string.Join(", ", t.Members)}").ToList();

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    [Fact]
    public async Task Tables_formed_from_the_check_in_list_reach_the_screen_and_each_phone_hears_only_its_own()
    {
        var (_, host, screen, phones) = await GuestsAsync(onPhones: 6);
        var formed = await host.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("checkedIn", 8, "spread", "company", FacilitatorCategory: "staff"));

        Assert.Equal((1, true, 8, "checkedIn"), (formed.Round, formed.Active, formed.TargetSize, formed.Source));
        Assert.Equal([8, 8, 8], formed.Tables.Select(t => t.Members.Count));
        Assert.All(formed.Tables, t => Assert.True(t.Members[0].Facilitator)); // one of the 3 staff heads each table
        Assert.Equal(15, formed.Score!.SameCompanyPairs); // 7 of each company over 3 tables sit 3+2+2: 3+1+1 pairs each, the fewest
        Assert.Equal(24, formed.Tables.SelectMany(t => t.Members).Select(m => m.Id).Distinct().Count());

        var onScreen = await screen.WaitForAsync(c => c.Groups.LastOrDefault(g => g.Version == formed.Version));
        Assert.Equal(Seating(formed), Seating(onScreen));
        Assert.Equal(Seating(formed), Seating((await screen.GetStateAsync()).Groups!));

        for (var i = 0; i < phones.Length; i++)
        {
            var expected = formed.Tables.Single(t => t.Members.Any(m => m.Name == $"嘉宾{i}"));
            var mine = await phones[i].WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Round == 1));
            Assert.Equal(expected.Number, mine.Table);
            Assert.Equal(expected.Members.Where(m => m.Name != $"嘉宾{i}").Select(m => m.Name).Order(), mine.Mates.Select(m => m.Name).Order());
            var state = await phones[i].GetStateAsync();
            Assert.Equal(mine, state.MyTable! with { Mates = mine.Mates }); // GetState answers the same table…
            Assert.Equal(mine.Mates, state.MyTable.Mates);
            Assert.Null(state.Groups); // …and never the whole list
        }
        // A phone is never told another phone's device id.
        var json = JsonSerializer.Serialize(phones[0].MyTables.Last());
        Assert.DoesNotContain("\"Id\"", json);
        Assert.DoesNotContain("d:", json);
    }

    [Fact]
    public async Task Moving_a_guest_tells_the_phones_at_both_tables_and_ending_takes_the_tables_off_every_phone()
    {
        var (_, host, _, phones) = await GuestsAsync(onPhones: 24);
        var formed = await host.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("checkedIn", 8));
        var guest = formed.Tables[0].Members.Single(m => m.Name == formed.Tables[0].Members.Last().Name);
        var movedPhone = phones[int.Parse(guest.Name["嘉宾".Length..])];
        var stayer = phones[int.Parse(formed.Tables[0].Members[0].Name["嘉宾".Length..])];
        var bystander = phones[int.Parse(formed.Tables[2].Members[0].Name["嘉宾".Length..])];
        await movedPhone.WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Round == 1));
        await bystander.WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Round == 1));
        var bystanderHeard = bystander.MyTables.Count;

        var moved = await host.CallAsync<GroupsView>("MoveToTable", new MoveToTableRequest(guest.Id, 2));
        Assert.Equal([7, 9, 8], moved.Tables.Select(t => t.Members.Count));
        Assert.Contains(guest.Id, moved.Tables[1].Members.Select(m => m.Id));
        await movedPhone.WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Table == 2 && t.Mates.Count == 8));
        await stayer.WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Table == 1 && t.Mates.Count == 6));
        var again = await host.CallAsync<GroupsView>("MoveToTable", new MoveToTableRequest(guest.Id, 2)); // a double click
        Assert.Equal(moved.Version, again.Version);

        Assert.Equal("table_not_found", await Refused(host, "MoveToTable", new MoveToTableRequest(guest.Id, 5)));
        Assert.Equal("member_not_found", await Refused(host, "MoveToTable", new MoveToTableRequest("a999", 1)));

        var ended = await host.CallAsync<GroupsView>("EndGroups");
        Assert.False(ended.Active);
        await bystander.WaitForAsync(c => c.MyTables.LastOrDefault(t => t.Table is null));
        Assert.Equal(bystanderHeard + 1, bystander.MyTables.Count); // the move at tables 1 and 2 was not news at table 3
        Assert.Null((await movedPhone.GetStateAsync()).MyTable!.Table);
        Assert.Equal("groups_not_formed", await Refused(host, "MoveToTable", new MoveToTableRequest(guest.Id, 1)));
    }

    [Fact]
    public async Task Tables_survive_a_restart_and_a_second_round_avoids_the_first_rounds_pairs()
    {
        var (session, host, _, _) = await GuestsAsync(onPhones: 0);
        var first = await host.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("checkedIn", 4, "ignore"));
        await host.DisposeAsync();
        var directory = _server.DataDirectory;
        await _server.DisposeAsync();

        await using var restarted = new LiveServer(directory);
        await using var again = await restarted.ConnectAsync(session.HostKey);
        var read = await again.CallAsync<GroupsView>("GetGroups");
        Assert.Equal(Seating(first), Seating(read));

        var second = await again.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("checkedIn", 4, "ignore"));
        Assert.Equal(2, second.Round);
        Assert.Equal(0, second.Score!.RepeatedPairs); // 6 tables of 4: each new table takes guests from 4 different old ones
    }

    [Fact]
    public async Task Bad_requests_get_their_codes_and_attendees_and_screens_cannot_form_tables()
    {
        var session = await _server.CreateSessionAsync();
        await using var host = await _server.ConnectAsync(session.HostKey);
        await using var screen = await _server.ConnectAsync(session.ScreenKey);
        await using var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);

        Assert.Equal("no_one_to_group", await Refused(host, "FormGroups", new FormGroupsRequest("checkedIn", 8)));
        Assert.Equal("invalid_table_size", await Refused(host, "FormGroups", new FormGroupsRequest("checkedIn", 3)));
        Assert.Equal("invalid_group_source", await Refused(host, "FormGroups", new FormGroupsRequest("everyone", 8)));
        Assert.Equal("invalid_company_rule", await Refused(host, "FormGroups", new FormGroupsRequest("joined", 8, "mix")));
        Assert.Equal("bad_request", await Refused(host, "FormGroups", [null]));
        Assert.Equal("groups_not_formed", await Refused(host, "MoveToTable", new MoveToTableRequest("a1", 1)));
        Assert.Equal("forbidden", await Refused(phone, "FormGroups", new FormGroupsRequest("joined", 8)));
        Assert.Equal("forbidden", await Refused(screen, "EndGroups"));
        Assert.Equal("forbidden", await Refused(phone, "GetGroups"));

        // One phone in the room (online viewers get no table): it is seated alone and hears "Table 1".
        await using var online = await _server.ConnectAsync((await _server.JoinAsync(session.Code, mode: "online")).AttendeeToken);
        var formed = await host.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("joined", 8));
        var only = Assert.Single(Assert.Single(formed.Tables).Members);
        Assert.StartsWith("d:", only.Id);
        Assert.Equal(1, (await phone.CallAsync<MyTableView>("GetMyTable")).Table);
        Assert.Null((await online.CallAsync<MyTableView>("GetMyTable")).Table);
        Assert.Equal(formed.Version, (await screen.CallAsync<GroupsView>("GetGroups")).Version);
    }
}
