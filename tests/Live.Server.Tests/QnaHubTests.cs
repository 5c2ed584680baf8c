using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>Questions, 弹幕 and reactions through the real hub, with real SignalR clients.</summary>
public sealed class QnaHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new(settings: new Dictionary<string, string?> { ["Qna:QuestionIntervalSeconds"] = "0" });

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static AskRequest Ask(string text, bool anonymous = false) => new(text, anonymous, Guid.NewGuid().ToString("N"));

    private async Task<LiveClient[]> JoinAsync(string code, int count) => await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        await _server.ConnectAsync((await _server.JoinAsync(code, i % 2 == 0 ? "onsite" : "online", nickname: $"guest{i}")).AttendeeToken)));

    [Fact]
    public async Task A_hundred_attendees_ask_and_upvote_and_every_count_is_exact()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var phones = await JoinAsync(session.Code, 100);

        var asked = await Task.WhenAll(phones.Select((p, i) => p.CallAsync<QuestionView>("AskQuestion", Ask($"Question number {i}?"))));
        // Each phone upvotes the next ten questions, every upvote sent three times at once (a double tap and a retry).
        await Task.WhenAll(phones.SelectMany((p, i) => Enumerable.Range(1, 10).SelectMany(k => Enumerable.Range(0, 3).Select(_ =>
            p.CallAsync<UpvoteAck>("Upvote", new UpvoteRequest(asked[(i + k) % 100].Id, true, Guid.NewGuid().ToString("N")))))));

        var all = (await host.GetStateAsync()).Qna.Questions;
        Assert.Equal(100, all.Count);
        Assert.All(all, q => Assert.Equal(10, q.Votes));
        Assert.Equal(50, all.Count(q => q.Channel == "online"));
        var seen = await screen.WaitForAsync(c => c.Qna.LastOrDefault(v => v.Questions.Count == 100 && v.Questions.All(q => q.Votes == 10)));
        Assert.All(seen.Questions, q => Assert.Null(q.DeviceId));
        Assert.True(screen.Qna.Count < 200, $"Q&A snapshots must be coalesced, got {screen.Qna.Count} for 3,100 changes");
        Assert.Equal(10, (await phones[0].GetStateAsync()).MyUpvotes.Count);
        foreach (var p in phones) await p.DisposeAsync();
    }

    [Fact]
    public async Task Moderation_moves_a_held_question_to_the_screens_spotlight_and_tells_its_author()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var phone = (await JoinAsync(session.Code, 1))[0];
        await host.CallAsync<QnaView>("SetQnaSettings", new QnaSettings(true, true, true, false, true));

        var q = await phone.CallAsync<QuestionView>("AskQuestion", Ask("什么时候发布新品？"));
        Assert.Equal("pending", q.State);
        Assert.Empty((await screen.GetStateAsync()).Qna.Questions);

        await host.CallAsync<QnaView>("MoveQuestions", new MoveQuestionsRequest([q.Id], "live"));
        await host.CallAsync<QnaView>("MoveQuestions", new MoveQuestionsRequest([q.Id], "answering"));
        await host.CallAsync<SessionView>("SetScreen", new ScreenRequest("qna", null));

        var spotlit = await screen.WaitForAsync(c => c.Qna.LastOrDefault(v => v.SpotlightId == q.Id));
        Assert.Equal("什么时候发布新品？", spotlit.Questions.Single(x => x.Id == q.Id).Text);
        await screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Screen.View == "qna"));
        await phone.WaitForAsync(c => c.MyQuestions.LastOrDefault(m => m.Id == q.Id && m.State == "answering"));
    }

    [Fact]
    public async Task Questions_and_comments_have_separate_review_switches_and_an_older_client_gets_the_one_switch()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var phones = await JoinAsync(session.Code, 2);

        var questionsHeld = await host.CallAsync<QnaView>("SetQnaSettings", new QnaSettings(true, true, true, false, true, CommentsReviewFirst: false));
        Assert.Equal((true, false), (questionsHeld.Settings.ReviewFirst, questionsHeld.Settings.CommentsReviewFirst));
        Assert.Equal("pending", (await phones[0].CallAsync<QuestionView>("AskQuestion", Ask("When is the launch?"))).State);
        Assert.Equal("shown", (await phones[0].CallAsync<CommentView>("SendComment", new CommentRequest("666", "c1"))).State);

        var commentsHeld = await host.CallAsync<QnaView>("SetQnaSettings", new QnaSettings(false, true, true, false, true, CommentsReviewFirst: true));
        Assert.Equal((false, true), (commentsHeld.Settings.ReviewFirst, commentsHeld.Settings.CommentsReviewFirst));
        Assert.Equal("live", (await phones[1].CallAsync<QuestionView>("AskQuestion", Ask("Price?"))).State);
        var held = await phones[1].CallAsync<CommentView>("SendComment", new CommentRequest("加油", "c2"));
        Assert.Equal("pending", held.State);

        // A console from before the split sends no commentsReviewFirst: its one switch holds both, as it did then.
        var legacy = await host.Connection.InvokeAsync<QnaView>("SetQnaSettings",
            JsonSerializer.Deserialize<JsonElement>("""{"reviewFirst":true,"allowAnonymous":true,"commentsEnabled":true,"commentsPaused":false,"showCommentNicknames":true}"""));
        Assert.Equal((true, true), (legacy.Settings.ReviewFirst, legacy.Settings.CommentsReviewFirst));
    }

    [Fact]
    public async Task Bad_questions_comments_and_reactions_get_codes_and_change_nothing()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var phone = (await JoinAsync(session.Code, 1))[0];
        async Task<string> Refused(LiveClient c, string method, params object?[] args) =>
            (await Assert.ThrowsAsync<HubException>(() => c.CallAsync<object>(method, args))).Message;

        Assert.EndsWith("text_required", await Refused(phone, "AskQuestion", Ask("   ")));
        Assert.EndsWith("text_too_long", await Refused(phone, "AskQuestion", Ask(new string('问', 301))));
        Assert.EndsWith("invalid_op_id", await Refused(phone, "AskQuestion", new AskRequest("Hi?", false, null)));
        Assert.EndsWith("question_not_found", await Refused(phone, "Upvote", new UpvoteRequest("q77", true, "op")));
        Assert.EndsWith("text_too_long", await Refused(phone, "SendComment", new CommentRequest(new string('好', 61), "op")));
        Assert.EndsWith("invalid_reaction", await Refused(phone, "React", new ReactRequest("💩", 1)));
        Assert.EndsWith("invalid_reaction", await Refused(phone, "React", new ReactRequest("👍", 51)));
        Assert.EndsWith("invalid_question_state", await Refused(host, "MoveQuestions", new MoveQuestionsRequest(["q1"], "archived")));
        Assert.EndsWith("invalid_screen_view", await Refused(host, "SetScreen", new ScreenRequest("disco", null)));
        Assert.EndsWith("invalid_reaction_set", await Refused(host, "SetReactionSet", (object)new[] { "<b>" }));
        // Roles: a screen link cannot moderate, a phone cannot change settings.
        Assert.Equal("forbidden", await Refused(screen, "MoveQuestions", new MoveQuestionsRequest(["q1"], "live")));
        Assert.Equal("forbidden", await Refused(phone, "SetQnaSettings", new QnaSettings(true, true, true, true, true)));

        await host.CallAsync<QnaView>("SetQnaSettings", new QnaSettings(false, false, false, false, true));
        Assert.EndsWith("anonymous_not_allowed", await Refused(phone, "AskQuestion", Ask("Secret?", anonymous: true)));
        Assert.EndsWith("comments_off", await Refused(phone, "SendComment", new CommentRequest("hello", "op2")));

        var state = await host.GetStateAsync();
        Assert.Empty(state.Qna.Questions);
        Assert.Empty(state.Comments.Pending);
        Assert.All(state.Reactions.Counts, c => Assert.Equal(0, c.Total));
    }

    [Fact]
    public async Task Thousands_of_reactions_reach_the_screen_as_a_few_updates_carrying_every_tap()
    {
        var session = await _server.CreateSessionAsync();
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var phones = await JoinAsync(session.Code, 200);

        // 200 phones × 25 taps (under the 30-a-second cap), sent as 5 coalesced calls of 5 taps: 5,000 taps.
        await Task.WhenAll(phones.Select((p, n) => Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            p.CallAsync<object>("React", new ReactRequest(n % 2 == 0 ? "👍" : "🎉", 5))))));

        var final = await screen.WaitForAsync(c => c.Reactions.LastOrDefault(r => r.Counts.Sum(x => x.Total) == 5000));
        Assert.Equal(2500, final.Counts.Single(c => c.Emoji == "👍").Total);
        Assert.Equal(5000, screen.Reactions.Sum(r => r.Counts.Sum(c => c.Burst)));   // bursts add up to every tap
        Assert.True(screen.Reactions.Count <= 20, $"reactions must be coalesced per tick, got {screen.Reactions.Count} updates");
        foreach (var p in phones) await p.DisposeAsync();
    }

    [Fact]
    public async Task Taps_beyond_a_connections_allowance_are_dropped_and_each_connection_has_its_own()
    {
        // Bounded by one call per phone and one tick to the screen (seconds). One call each means one Take per
        // connection, so the count does not depend on timing. The allowance is kept with the connection while it
        // connects (a connection feature, not Items: docs/PERFORMANCE.md, idle memory), so this checks it is still there.
        await using var server = new LiveServer(settings: new Dictionary<string, string?> { ["Realtime:ReactionsPerConnectionPerSecond"] = "5" });
        var session = await server.CreateSessionAsync();
        var screen = await server.ConnectAsync(session.ScreenKey);
        var phones = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
            await server.ConnectAsync((await server.JoinAsync(session.Code, "onsite", nickname: $"tapper{i}")).AttendeeToken)));

        await Task.WhenAll(phones.Select(p => p.CallAsync<object>("React", new ReactRequest("👍", 20))));

        var seen = await screen.WaitForAsync(c => c.Reactions.LastOrDefault(r => r.Counts.Sum(x => x.Total) >= 10));
        Assert.Equal(10, seen.Counts.Single(c => c.Emoji == "👍").Total); // 5 of each phone's 20 taps
        foreach (var p in phones) await p.DisposeAsync();
    }

    [Fact]
    public async Task A_comment_floats_to_the_screen_and_a_filtered_one_waits_for_the_host()
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var phones = await JoinAsync(session.Code, 2);

        var clean = await phones[0].CallAsync<CommentView>("SendComment", new CommentRequest("<img src=x onerror=alert(1)> 666", "c1"));
        var held = await phones[1].CallAsync<CommentView>("SendComment", new CommentRequest("你是傻逼", "c2"));
        var batch = await screen.WaitForAsync(c => c.Comments.FirstOrDefault(b => b.Items.Any(i => i.Id == clean.Id)));
        Assert.Equal("<img src=x onerror=alert(1)> 666", batch.Items.Single(i => i.Id == clean.Id).Text);
        Assert.Equal("guest0", batch.Items.Single(i => i.Id == clean.Id).Author);
        Assert.Equal(held.Id, Assert.Single((await host.GetStateAsync()).Comments.Pending).Id);
        Assert.Empty((await screen.GetStateAsync()).Comments.Pending);

        await host.CallAsync<CommentQueueView>("ModerateComments", new ModerateCommentsRequest([held.Id], true));
        await screen.WaitForAsync(c => c.Comments.FirstOrDefault(b => b.Items.Any(i => i.Id == held.Id)));
    }

    [Fact]
    public async Task The_host_exports_questions_as_csv_that_a_spreadsheet_cannot_run()
    {
        var session = await _server.CreateSessionAsync();
        var other = await _server.CreateSessionAsync();
        var phone = (await JoinAsync(session.Code, 1))[0];
        await phone.CallAsync<QuestionView>("AskQuestion", Ask("=HYPERLINK(\"http://evil\") 新品价格？", anonymous: true));

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/questions.csv");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.HostKey);
        using var response = await _server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("\"id\",\"text\"", lines[0]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\") 新品价格？\"", lines[1]);
        Assert.Contains("\"yes\",\"onsite\",\"live\"", lines[1]);

        foreach (var key in new[] { other.HostKey, session.ScreenKey })
        {
            using var refused = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{session.Code}/questions.csv");
            refused.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            Assert.Equal(HttpStatusCode.Forbidden, (await _server.Http.SendAsync(refused)).StatusCode);
        }
    }
}
