using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>A lucky draw among checked-in phones, through the real hub and real SignalR clients.</summary>
public sealed class DrawHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly EligibilityView CheckedIn = new("checkedIn", null, null, null, null);

    private async Task<(CreatedSession Session, LiveClient Host, LiveClient Screen, LiveClient[] Phones)> TenCheckedInAsync()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var csv = "姓名,手机,类别\n" + string.Concat(Enumerable.Range(0, 10).Select(i => $"欧阳{i},{13800000000 + i},{(i < 3 ? "VIP" : "dealer")}\n"));
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        var phones = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
            await phone.CallAsync<CheckInResult>("CheckIn", new CheckInRequest($"{13800000000 + i}", null, null, false, $"op{i}"));
            return phone;
        }));
        return (session, host, screen, phones);
    }

    [Fact]
    public async Task A_round_is_committed_drawn_once_revealed_and_its_proof_checks_out()
    {
        var (session, host, screen, phones) = await TenCheckedInAsync();
        var view = await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "一等奖", 3, 1, null, CheckedIn));
        var tier = Assert.Single(view.Tiers);

        var armed = await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 3, null));
        Assert.Equal(("armed", null, 64), (armed.State, armed.Seed, armed.SeedHash.Length));
        var drawn = await host.CallAsync<RoundView>("DrawRound", armed.Number);
        var again = await host.CallAsync<RoundView>("DrawRound", armed.Number); // a double click
        Assert.Equal(drawn.Winners, again.Winners);
        Assert.Equal((3, 10, armed.SeedHash), (drawn.Winners.Select(w => w.EntrantId).Distinct().Count(), drawn.Entrants, drawn.SeedHash));

        // The screen sees masked names; each winner's phone, and only theirs, is told.
        var onScreen = await screen.WaitForAsync(c => c.Draws.LastOrDefault(d => d.Rounds.Any(r => r.Winners.Count == 3)));
        Assert.All(onScreen.Rounds[0].Winners, w => Assert.Matches(@"^欧\*+\d$", w.Name));
        // The drum roll's names: the other seven entrants, masked too, never this round's winners.
        var roll = onScreen.Rounds[0].Roll!;
        Assert.Equal(7, roll.Distinct().Count());
        Assert.All(roll, n => Assert.Matches(@"^欧\*+\d$", n));
        Assert.Empty(roll.Intersect(onScreen.Rounds[0].Winners.Select(w => w.Name)));
        var told = 0;
        foreach (var phone in phones)
        {
            var prizes = (await phone.GetStateAsync()).MyPrizes;
            told += prizes.Count;
            if (prizes.Count == 1) await phone.WaitForAsync(c => c.Prizes.FirstOrDefault(p => p.TierName == "一等奖"));
        }
        Assert.Equal(3, told);

        var revealed = await host.CallAsync<RoundView>("RevealRound", armed.Number);
        Assert.Equal(armed.SeedHash, Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(revealed.Seed!))));
        var proof = (await _server.Http.GetFromJsonAsync<DrawProofView>($"/api/sessions/{session.Code}/draw/rounds/{armed.Number}/proof"))!;
        Assert.Equal(drawn.Winners.Select(w => w.EntrantId), proof.Winners);
        Assert.Equal(10, proof.EntrantIds.Count);
        // For the public page: the tier's name and the winners as the screen shows them, masked.
        Assert.Equal("一等奖", proof.TierName);
        Assert.Equal(onScreen.Rounds[0].Winners.Select(w => w.Name), proof.WinnerNames);
        Assert.Equal((3, armed.Count, (string?)null), (proof.Version, proof.Count, proof.Replaces)); // proof format 3 (docs/DRAW-PROOF.md)
        Assert.Equal(("checkedIn", false), (proof.Eligibility!.Source, proof.Eligibility.AllowRepeatWins));
        Assert.Empty(proof.Eligibility.EarlierWinners); // the session's first round
        // What an outsider gets is the JSON: read it as the domain's proof, by the documented field names, and verify.
        var json = await _server.Http.GetStringAsync($"/api/sessions/{session.Code}/draw/rounds/{armed.Number}/proof");
        var asPublished = System.Text.Json.JsonSerializer.Deserialize<Live.Domain.Draw.DrawProof>(json, System.Text.Json.JsonSerializerOptions.Web)!;
        Assert.Equal("checkedIn", asPublished.Eligibility!.Source);
        Assert.True(Live.Domain.Draw.LuckyDraw.Verify(asPublished));
    }

    [Fact]
    public async Task Masked_winners_carry_their_company_unless_the_host_hides_companies()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        // Four people called 宋… whom masking turns into the same "宋*"; one has no company.
        var csv = "姓名,手机,公司\n宋佳,13800000000,上海汽车\n宋涛,13800000001,华东经销\n宋明,13800000002,广州星河\n宋丽,13800000003,\n";
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{session.Code}/roster") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.OK, (await _server.Http.SendAsync(import)).StatusCode);
        foreach (var id in new[] { "a1", "a2", "a3", "a4" }) await host.CallAsync<RosterEntry>("StaffCheckIn", id);
        var tier = Assert.Single((await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "一等奖", 4, 1, null, CheckedIn))).Tiers);
        var drawn = await host.CallAsync<RoundView>("DrawRound", (await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 4, null))).Number);
        var companyOf = new Dictionary<string, string?> { ["a1"] = "上海汽车", ["a2"] = "华东经销", ["a3"] = "广州星河", ["a4"] = null };
        Assert.All(drawn.Winners, w => Assert.Equal(companyOf[w.EntrantId], w.Company)); // the console's answer too

        var onScreen = (await screen.WaitForAsync(c => c.Draws.LastOrDefault(d => d.Rounds.Any(r => r.Winners.Count == 4)))).Rounds[0].Winners;
        Assert.All(onScreen, w => Assert.Equal(("宋*", companyOf[w.EntrantId]), (w.Name, w.Company)));
        Assert.DoesNotContain("1380000000", System.Text.Json.JsonSerializer.Serialize((await screen.GetStateAsync()).Draw));

        var hidden = await host.CallAsync<DrawView>("SetDrawSettings", new DrawSettings(false, true, HideCompanies: true));
        Assert.True(hidden.Settings.HideCompanies);
        var later = await screen.WaitForAsync(c => c.Draws.LastOrDefault(d => d.Version >= hidden.Version));
        Assert.All(later.Rounds[0].Winners, w => Assert.Equal(("宋*", null), (w.Name, w.Company)));
        Assert.All((await screen.GetStateAsync()).Draw!.Rounds[0].Winners, w => Assert.Null(w.Company));
        // A console that sends no hideCompanies (one from before the setting) shows them again: the default.
        var shown = await host.CallAsync<DrawView>("SetDrawSettings", new { allowRepeatWins = false, maskNames = true });
        Assert.Equal(3, shown.Rounds[0].Winners.Count(w => w.Company is not null));
    }

    [Fact]
    public async Task An_absent_winner_stays_on_record_and_only_that_place_is_drawn_again()
    {
        var (_, host, _, _) = await TenCheckedInAsync();
        var tier = (await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "二等奖", 2, 2, null, CheckedIn with { Categories = ["VIP"] }))).Tiers[0];
        var round = await host.CallAsync<RoundView>("DrawRound", (await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 2, null))).Number);
        Assert.Equal(3, round.Entrants);
        var absent = round.Winners[0].EntrantId;

        await host.CallAsync<RoundView>("MarkAbsent", new AbsentRequest(round.Number, absent));
        var redraw = await host.CallAsync<RoundView>("DrawRound", (await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 1, absent))).Number);

        var state = (await host.GetStateAsync()).Draw!;
        Assert.Equal(absent, redraw.Replaces);
        Assert.Equal(1, redraw.Entrants); // three VIPs, two already called
        Assert.True(state.Rounds[0].Winners[0].Absent);
        Assert.Equal((2, 0), (state.Tiers[0].Won, state.Tiers[0].Open));
    }

    [Fact]
    public async Task Bad_draw_requests_get_codes_and_change_nothing()
    {
        var (_, host, screen, phones) = await TenCheckedInAsync();
        async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

        Assert.EndsWith("invalid_tier", await Refused(host, "SaveTier", new TierRequest(null, "", 3, 1, null, CheckedIn)));
        Assert.EndsWith("invalid_tier", await Refused(host, "SaveTier", new TierRequest(null, "X", 0, 1, null, CheckedIn)));
        Assert.EndsWith("invalid_tier", await Refused(host, "SaveTier", new TierRequest(null, "X", 1, 1, null, new EligibilityView("everyone", null, null, null, null))));
        Assert.EndsWith("tier_not_found", await Refused(host, "ArmRound", new ArmRequest("t9", 1, null)));
        Assert.EndsWith("round_not_found", await Refused(host, "DrawRound", 42));
        var tier = (await host.CallAsync<DrawView>("SaveTier", new TierRequest(null, "三等奖", 2, 3, null, CheckedIn with { Categories = ["media"] }))).Tiers[0];
        Assert.EndsWith("tier_full", await Refused(host, "ArmRound", new ArmRequest(tier.Id, 3, null)));
        var armed = await host.CallAsync<RoundView>("ArmRound", new ArmRequest(tier.Id, 2, null));
        Assert.EndsWith("no_entrants", await Refused(host, "DrawRound", armed.Number));
        Assert.EndsWith("round_not_drawn", await Refused(host, "RevealRound", armed.Number));
        Assert.Equal("forbidden", await Refused(phones[0], "DrawRound", armed.Number));
        Assert.Equal("forbidden", await Refused(screen, "ArmRound", new ArmRequest(tier.Id, 1, null)));
        Assert.All((await host.GetStateAsync()).Draw!.Rounds, r => Assert.Empty(r.Winners));
    }
}
