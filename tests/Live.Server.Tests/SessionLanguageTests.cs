using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Live.Server.Tests;

/// <summary>The screens follow the session's language, set at creation and switched live from the console.</summary>
public sealed class SessionLanguageTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_language_given_at_creation_reaches_screens_and_a_switch_is_pushed_live()
    {
        var session = await _server.CreateSessionAsync("年度经销商大会", language: "ZH-cn");
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        Assert.Equal("zh-CN", (await screen.GetStateAsync()).Session.Language);

        var english = await host.CallAsync<SessionView>("SetSessionLanguage", "en");
        Assert.Equal("en", english.Language);
        await screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Version == english.Version && s.Language == "en"));

        var same = await host.CallAsync<SessionView>("SetSessionLanguage", "EN");
        Assert.Equal(english.Version, same.Version); // no change, no write

        var none = await host.CallAsync<SessionView>("SetSessionLanguage", new object?[] { null });
        Assert.Null(none.Language);
        await using var reloaded = await _server.ConnectAsync(session.ScreenKey);
        Assert.Null((await reloaded.GetStateAsync()).Session.Language);
    }

    [Fact]
    public async Task A_session_without_a_language_leaves_it_to_each_screen()
    {
        var session = await _server.CreateSessionAsync("Summit");
        var screen = await _server.ConnectAsync(session.ScreenKey);
        Assert.Null((await screen.GetStateAsync()).Session.Language);
    }

    [Fact]
    public async Task Another_language_is_refused_with_a_code_and_only_the_host_may_switch()
    {
        var response = await _server.Http.PostAsJsonAsync("/api/sessions", new { title = "Gala", language = "klingon" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_language", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var session = await _server.CreateSessionAsync("Gala", language: "en");
        var host = await _server.ConnectAsync(session.HostKey);
        var moderator = await _server.ConnectAsync(session.ModeratorKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        async Task<string> Refused(LiveClient c, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>("SetSessionLanguage", args))).Message;

        Assert.EndsWith("invalid_language", await Refused(host, "fr"));
        Assert.EndsWith("forbidden", await Refused(moderator, "zh-CN"));
        Assert.EndsWith("forbidden", await Refused(screen, "zh-CN"));
        Assert.Equal("en", (await host.GetStateAsync()).Session.Language);
    }
}
