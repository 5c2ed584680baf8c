using System.Net;
using System.Net.Http.Headers;
using Live.Contracts;
using Live.Server.Security;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace Live.Server.Tests;

/// <summary>Moderator links, replacing a leaked link, and deleting a session, through the real hub and REST.</summary>
public sealed class AccessTests : IAsyncDisposable
{
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?> { ["Qna:QuestionIntervalSeconds"] = "0" });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static string KeyOf(string url) => url[(url.IndexOf("#key=", StringComparison.Ordinal) + 5)..];

    private Task<HttpResponseMessage> ExportAsync(string code, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{code}/checkins.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return _server.Http.SendAsync(request);
    }

    private static async Task<TaskCompletionSource> ClosedAsync(LiveClient client)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await Task.CompletedTask;
        return closed;
    }

    [Fact]
    public async Task A_moderator_screens_questions_but_cannot_run_polls_or_the_draw()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        await host.CallAsync<QnaView>("SetQnaSettings", new QnaSettings(true, true, true, false, true));
        var moderator = await _server.ConnectAsync(session.ModeratorKey);
        var phone = await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken);

        var question = await phone.CallAsync<QuestionView>("AskQuestion", new AskRequest("Where is lunch?", false, "op-q1"));
        var state = await moderator.GetStateAsync();
        Assert.Equal("moderator", state.Role);
        Assert.Contains(state.Qna.Questions, q => q.Id == question.Id && q.State == "pending");
        await moderator.WaitForAsync(c => c.Qna.LastOrDefault(v => v.Questions.Any(q => q.Id == question.Id)));
        var moved = await moderator.CallAsync<QnaView>("MoveQuestions", new MoveQuestionsRequest([question.Id], "live"));
        Assert.Equal("live", moved.Questions.Single(q => q.Id == question.Id).State);

        foreach (var (method, args) in new (string, object?[])[]
        {
            ("CreatePoll", [new PollDraft("Rigged?", "single", ["yes", "no"], null, true, true)]),
            ("SetQnaSettings", [new QnaSettings(false, false, false, false, false)]),
            ("DrawRound", [1]),
            ("RotateKey", ["host"]),
            ("DeleteSession", []),
        })
        {
            await Assert.ThrowsAsync<HubException>(() => moderator.Connection.InvokeCoreAsync<object>(method, args));
        }
        Assert.Empty((await host.GetStateAsync()).Session.Polls);
        // A screen link is read-only: it cannot moderate either.
        var screen = await _server.ConnectAsync(session.ScreenKey);
        await Assert.ThrowsAsync<HubException>(() => screen.CallAsync<QnaView>("MoveQuestions", new MoveQuestionsRequest([question.Id], "archived")));
        Assert.Equal("live", (await host.GetStateAsync()).Qna.Questions.Single().State);
    }

    [Fact]
    public async Task Replacing_the_host_link_stops_the_old_key_at_once_everywhere()
    {
        var session = await _server.CreateSessionAsync();
        var rotating = await _server.ConnectAsync(session.HostKey);
        var otherTab = await _server.ConnectAsync(session.HostKey);
        var revoked = new TaskCompletionSource<CredentialRevokedEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        otherTab.Connection.On<CredentialRevokedEvent>(nameof(ILiveClient.CredentialRevoked), e => revoked.TrySetResult(e));
        var otherTabClosed = await ClosedAsync(otherTab);
        Assert.Equal(HttpStatusCode.OK, (await ExportAsync(session.Code, session.HostKey)).StatusCode);

        var links = await rotating.CallAsync<AccessLinks>("RotateKey", "host");
        var newKey = KeyOf(links.ConsoleUrl);
        Assert.NotEqual(session.HostKey, newKey);

        Assert.Equal("host", (await revoked.Task.WaitAsync(TimeSpan.FromSeconds(15))).Role);
        await otherTabClosed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.Unauthorized, (await ExportAsync(session.Code, session.HostKey)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => _server.ConnectAsync(session.HostKey));
        var refused = await Assert.ThrowsAsync<HubException>(() => rotating.CallAsync<SessionView>("CreatePoll", new PollDraft("Old key?", "single", ["a", "b"], null, true, true)));
        Assert.Contains("credential_revoked", refused.Message);

        var fresh = await _server.ConnectAsync(newKey);
        var view = await fresh.CallAsync<SessionView>("CreatePoll", new PollDraft("New key?", "single", ["a", "b"], null, true, true));
        Assert.Equal(["New key?"], view.Polls.Select(p => p.Question));
        Assert.Equal(HttpStatusCode.OK, (await ExportAsync(session.Code, newKey)).StatusCode);
    }

    [Fact]
    public async Task Replacing_the_moderator_or_screen_link_drops_its_holders_and_leaves_the_host_alone()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var moderator = await _server.ConnectAsync(session.ModeratorKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var moderatorClosed = await ClosedAsync(moderator);
        var screenClosed = await ClosedAsync(screen);

        var links = await host.CallAsync<AccessLinks>("RotateKey", "moderator");
        await moderatorClosed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.False(screenClosed.Task.IsCompleted);
        await Assert.ThrowsAnyAsync<Exception>(() => _server.ConnectAsync(session.ModeratorKey));
        Assert.Equal("moderator", (await (await _server.ConnectAsync(KeyOf(links.ModeratorUrl))).GetStateAsync()).Role);

        links = await host.CallAsync<AccessLinks>("RotateKey", "screen");
        await screenClosed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("screen", (await (await _server.ConnectAsync(KeyOf(links.ScreenUrl))).GetStateAsync()).Role);
        Assert.Equal("host", (await host.GetStateAsync()).Role);
        Assert.Equal(links, await host.CallAsync<AccessLinks>("GetAccessLinks"));
    }

    [Fact]
    public async Task Deleting_a_session_tells_and_drops_everyone_and_leaves_nothing_readable()
    {
        var session = await _server.CreateSessionAsync("Secret board meeting");
        var host = await _server.ConnectAsync(session.HostKey);
        await host.CallAsync<SessionView>("CreatePoll", new PollDraft("Merger yes or no?", "single", ["yes", "no"], null, true, true));
        await host.CallAsync<SessionView>("OpenPoll", "p1");
        var joined = await _server.JoinAsync(session.Code, nickname: "Board member");
        var phone = await _server.ConnectAsync(joined.AttendeeToken);
        await phone.VoteAsync("p1", 0);
        await phone.CallAsync<QuestionView>("AskQuestion", new AskRequest("Who knows about this?", false, "op-q"));
        var deleted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        phone.Connection.On(nameof(ILiveClient.SessionDeleted), () => deleted.TrySetResult());
        var phoneClosed = await ClosedAsync(phone);

        var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/sessions/{session.Code}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        Assert.Equal(HttpStatusCode.NoContent, (await _server.Http.SendAsync(request)).StatusCode);

        await deleted.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await phoneClosed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Http.GetAsync($"/api/sessions/{session.Code}")).StatusCode);
        var join = await _server.Http.PostAsync($"/api/sessions/{session.Code}/join", JsonContent.Create(new { mode = "onsite" }));
        Assert.Equal(HttpStatusCode.NotFound, join.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ExportAsync(session.Code, session.HostKey)).StatusCode);
        await Assert.ThrowsAnyAsync<Exception>(() => _server.ConnectAsync(joined.AttendeeToken));

        // Nothing of it is left in the SQLite file: every row of the session's grains has lost its payload.
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_server.DataDirectory, "live.db")};Mode=ReadOnly;Pooling=False");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COUNT(PayloadBinary) FROM OrleansStorage WHERE GrainIdExtensionString LIKE $code || '%' AND GrainTypeString NOT LIKE '%session%'";
        command.Parameters.AddWithValue("$code", session.Code);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.True(reader.GetInt64(0) >= 2, "the poll and Q&A rows should have existed");
        Assert.Equal(0, reader.GetInt64(1));
    }
}
