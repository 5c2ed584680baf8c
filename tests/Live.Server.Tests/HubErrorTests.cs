using Live.Contracts;
using Live.Server.Hubs;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>A failed hub call's error is exactly one error code, whatever refused it (docs/API.md, "Hub").</summary>
public sealed class HubErrorTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Theory]
    [InlineData("An unexpected error occurred invoking 'CreatePoll' on the server. HubException: question_required", "question_required")]
    [InlineData("An unexpected error occurred invoking 'Vote' on the server. HubException: unavailable", "unavailable")]
    [InlineData("An unexpected error occurred invoking 'Vote' on the server. HubException: Client sent 1 stream(s), Hub method expects 0.", "bad_request")]
    [InlineData("An unexpected error occurred invoking 'Vote' on the server.", "unavailable")]
    [InlineData("Failed to invoke 'CreatePoll' because user is unauthorized", "forbidden")]
    [InlineData("Failed to invoke 'Vote' due to an error on the server.", "bad_request")]
    [InlineData("Failed to invoke 'NoSuchMethod' due to an error on the server. HubException: Method does not exist.", "bad_request")]
    [InlineData("Unknown hub method 'X'", "bad_request")]
    [InlineData("poll_not_open", "poll_not_open")] // already a code: left as it is
    public void SignalRs_error_texts_become_codes(string text, string code) =>
        Assert.Equal(code, ErrorCodeProtocol.CodeFor(text) ?? text);

    [Fact]
    public async Task Rules_roles_bindings_and_deleted_sessions_all_answer_a_bare_code()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);
        async Task<string> Refused(LiveClient client, string method, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => client.Connection.InvokeCoreAsync<object>(method, args))).Message;
        var draft = new PollDraft("", "single", ["a", "b"], null, true, true);

        Assert.Equal("question_required", await Refused(host, "CreatePoll", draft));
        Assert.Equal("forbidden", await Refused(phone, "CreatePoll", draft with { Question = "Rigged?" }));
        Assert.Equal("bad_request", await Refused(phone, "Vote", "not a ballot"));
        Assert.Equal("bad_request", await Refused(phone, "NoSuchMethod", 1));
        Assert.Equal("bad_request", await Refused(host, "OpenPoll"));

        await host.CallAsync<object>("DeleteSession");
        Assert.Equal("session_not_found", await Refused(phone, "GetState"));
    }
}
