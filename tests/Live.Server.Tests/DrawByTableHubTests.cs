using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>A prize tier limited to discussion tables, through the real hub: who sits there is read when the round is drawn.</summary>
public sealed class DrawByTableHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>16 guests, all checked in at the desk.</summary>
    private async Task<(string Code, LiveClient Host)> SixteenCheckedInAsync()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var csv = "姓名,手机,公司,类别\n" + string.Concat(Enumerable.Range(0, 16).Select(i => $"嘉宾{i},{13900000000 + i},公司{i % 4},Dealer\n"));
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        foreach (var found in (await host.CallAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest("嘉宾", 50))).People)
            await host.CallAsync<RosterEntry>("StaffCheckIn", found.Id);
        return (session.Code, host);
    }

    private static EligibilityView AtTables(params int[] tables) => new("checkedIn", null, null, null, null, tables);

    private static async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
        (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

    private static async Task<RoundView> DrawAsync(LiveClient host, string tierId, int count) =>
        await host.CallAsync<RoundView>("DrawRound", (await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tierId, count, null))).Number);

    [Fact]
    public async Task A_tier_limited_to_a_table_draws_only_the_people_seated_there_when_it_is_drawn()
    {
        var (code, host) = await SixteenCheckedInAsync();
        var tier = (await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "桌奖", 16, 1, null, AtTables(2)))).Tiers.Single();
        Assert.Equal([2], tier.Eligibility.Tables);

        // No tables yet: nobody may win it.
        Assert.Equal("no_entrants", await Refused(host, "DrawRound", (await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 8, null))).Number));

        var formed = await host.CallAsync<GroupsView>("FormGroups", new FormGroupsRequest("checkedIn", 8));
        var second = formed.Tables[1].Members.Select(m => m.Id).Order().ToList();
        var drawn = await host.CallAsync<RoundView>("DrawRound", (await host.GetStateAsync()).Draw!.Rounds.Single(r => r.State == "armed").Number);
        Assert.Equal(8, drawn.Entrants);
        Assert.Equal(second, drawn.Winners.Select(w => w.EntrantId).Order());

        // The public proof says the round was limited to table 2.
        await host.CallAsync<RoundView>("RevealRound", drawn.Number);
        var json = await (await _server.Http.GetAsync($"/api/sessions/{code}/draw/rounds/{drawn.Number}/proof")).Content.ReadAsStringAsync();
        Assert.Contains("\"tables\":[2]", json);
    }

    [Fact]
    public async Task Table_numbers_are_checked_when_the_tier_is_saved()
    {
        var (_, host) = await SixteenCheckedInAsync();
        Assert.Equal("invalid_tier", await Refused(host, "SaveTier", new TierRequest(null, "桌奖", 1, 1, null, AtTables(0))));
        Assert.Equal("invalid_tier", await Refused(host, "SaveTier", new TierRequest(null, "桌奖", 1, 1, null, AtTables(3, 5001))));
        Assert.Empty((await host.GetStateAsync()).Draw!.Tiers);
        var saved = await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "桌奖", 1, 1, null, AtTables(7, 3, 3)));
        Assert.Equal([3, 7], saved.Tiers.Single().Eligibility.Tables);
    }
}
