using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>
/// Open text through the real hub: the host features an answer, phones upvote answers, retries count once, refusals
/// carry their code and change nothing, and both survive a restart on the same SQLite file.
/// </summary>
public sealed class OpenTextHubTests
{
    private sealed record Wall(LiveServer Server, Apis.CreatedSession Session, LiveClient Host, LiveClient Screen, string PollId, LiveClient[] Phones,
        Dictionary<string, string> Keys) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var client in Phones.Append(Host).Append(Screen)) await client.DisposeAsync();
        }
    }

    private static readonly string[] Answers = ["More Q&A time", "更多互动环节", "Shorter talks"];

    /// <summary>A text poll, open, one answer from each of three phones; returns the keys the screen saw.</summary>
    private static async Task<Wall> OpenAsync(LiveServer server, bool allowUpvotes = true)
    {
        var session = await server.CreateSessionAsync();
        var host = await server.ConnectAsync(session.HostKey);
        var screen = await server.ConnectAsync(session.ScreenKey);
        var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("What should we change? 有什么建议？", "text", [], null, true, false, AllowUpvotes: allowUpvotes))).Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        var phones = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
            await server.ConnectAsync((await server.JoinAsync(session.Code)).AttendeeToken)));
        for (var i = 0; i < phones.Length; i++)
            await phones[i].Connection.InvokeAsync<VoteAck>("Vote", new VoteRequest(pollId, null, $"answer-{i}", Texts: [Answers[i]]));
        var results = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Items?.Count == 3));
        return new Wall(server, session, host, screen, pollId, phones, results.Items!.ToDictionary(i => i.Text!, i => i.Key));
    }

    private static Task<AnswerUpvoteAck> Upvote(LiveClient phone, string pollId, string key, bool up, string opId) =>
        phone.Connection.InvokeAsync<AnswerUpvoteAck>("UpvoteAnswer", new AnswerUpvoteRequest(pollId, key, up, opId));

    private static async Task<string> Refusal(Func<Task> call) => (await Assert.ThrowsAsync<HubException>(call)).Message;

    [Fact]
    public async Task The_host_features_an_answer_and_two_phones_upvote_another_to_the_top_of_the_screen()
    {
        await using var server = new LiveServer();
        await using var wall = await OpenAsync(server);
        var (talks, qna) = (wall.Keys["Shorter talks"], wall.Keys["More Q&A time"]);

        var featured = await wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, talks);
        Assert.Equal(talks, featured.Polls.Single().FeaturedKey);
        await wall.Screen.WaitForAsync(c => c.Sessions.LastOrDefault(s => s.Polls.SingleOrDefault()?.FeaturedKey == talks));
        var replaced = await wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, qna);
        Assert.Equal(qna, replaced.Polls.Single().FeaturedKey); // one featured answer: the second replaces the first

        var first = await Upvote(wall.Phones[0], wall.PollId, qna, up: true, "up-0");
        Assert.Equal((true, 1), (first.Up, first.Upvotes));
        Assert.Equal(1, (await Upvote(wall.Phones[0], wall.PollId, qna, up: true, "up-0")).Upvotes); // a retry counts once
        Assert.Equal(2, (await Upvote(wall.Phones[1], wall.PollId, qna, up: true, "up-1")).Upvotes);
        Assert.Equal(1, (await Upvote(wall.Phones[2], wall.PollId, talks, up: true, "up-2")).Upvotes);

        // Upvoted first, then the newest among equals; the counts reach the screen with the coalesced results.
        var sorted = await wall.Screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Items!.Sum(i => i.Upvotes ?? 0) == 3));
        Assert.Equal([(qna, 2), (talks, 1), (wall.Keys["更多互动环节"], 0)], sorted.Items!.Select(i => (i.Key, i.Upvotes ?? -1)));
        Assert.Equal([qna], await wall.Phones[0].Connection.InvokeAsync<string[]>("GetMyAnswerUpvotes", wall.PollId));

        var taken = await Upvote(wall.Phones[1], wall.PollId, qna, up: false, "down-1");
        Assert.Equal((false, 1), (taken.Up, taken.Upvotes));
        var none = await wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, null);
        Assert.Null(none.Polls.Single().FeaturedKey);
    }

    [Fact]
    public async Task Bad_features_and_upvotes_get_their_code_and_change_nothing()
    {
        await using var server = new LiveServer();
        await using var wall = await OpenAsync(server);
        var (talks, qna) = (wall.Keys["Shorter talks"], wall.Keys["More Q&A time"]);
        await wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, qna);
        await Upvote(wall.Phones[0], wall.PollId, qna, up: true, "up-0");
        await wall.Host.Connection.InvokeAsync<SessionView>("SetResultHidden", wall.PollId, talks, true);

        Assert.Equal("answer_hidden", await Refusal(() => wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, talks)));
        Assert.Equal("answer_not_found", await Refusal(() => wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, "0123456789abcdef")));
        Assert.Equal("bad_request", await Refusal(() => wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, new string('k', 81))));
        Assert.Equal("poll_not_found", await Refusal(() => wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", "p99", qna)));
        Assert.Equal("forbidden", await Refusal(() => wall.Phones[0].Connection.InvokeAsync<SessionView>("FeatureAnswer", wall.PollId, qna)));
        Assert.Equal("answer_hidden", await Refusal(() => Upvote(wall.Phones[1], wall.PollId, talks, up: true, "bad-1")));
        Assert.Equal("answer_not_found", await Refusal(() => Upvote(wall.Phones[1], wall.PollId, "0123456789abcdef", up: true, "bad-2")));
        Assert.Equal("invalid_op_id", await Refusal(() => Upvote(wall.Phones[1], wall.PollId, qna, up: true, "")));
        Assert.Equal("forbidden", await Refusal(() => Upvote(wall.Host, wall.PollId, qna, up: true, "bad-3")));
        await wall.Host.Connection.InvokeAsync<SessionView>("ClosePoll", wall.PollId);
        Assert.Equal("poll_not_open", await Refusal(() => Upvote(wall.Phones[1], wall.PollId, qna, up: true, "bad-4")));
        Assert.Equal("poll_not_open", await Refusal(() => Upvote(wall.Phones[0], wall.PollId, qna, up: false, "bad-5")));

        var state = await wall.Host.GetStateAsync();
        Assert.Equal(qna, state.Session.Polls.Single().FeaturedKey);
        Assert.Equal([(qna, 1), (wall.Keys["更多互动环节"], 0)], state.Results.Single().Items!.Select(i => (i.Key, i.Upvotes ?? -1)));
    }

    [Fact]
    public async Task Upvotes_are_refused_while_the_host_has_not_allowed_them_and_only_text_polls_take_them()
    {
        await using var server = new LiveServer();
        await using var wall = await OpenAsync(server, allowUpvotes: false);
        var qna = wall.Keys["More Q&A time"];
        Assert.Equal("upvotes_off", await Refusal(() => Upvote(wall.Phones[0], wall.PollId, qna, up: true, "op")));
        Assert.Equal("upvotes_off", await Refusal(() => wall.Host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("One word", "wordcloud", [], 3, true, false, AllowUpvotes: true))));

        var on = await wall.Host.Connection.InvokeAsync<SessionView>("SetPollSettings", wall.PollId, new PollSettings(true, false, AllowUpvotes: true));
        Assert.True(on.Polls.Single().AllowUpvotes);
        Assert.Equal(1, (await Upvote(wall.Phones[0], wall.PollId, qna, up: true, "op")).Upvotes);
        // Phones upvote what they see: with upvotes on they get the wall even though the host does not show results.
        Assert.Single((await wall.Phones[1].GetStateAsync()).Results);
    }

    [Fact]
    public async Task The_featured_answer_and_the_upvotes_survive_a_restart_on_the_same_sqlite_file()
    {
        string dataDirectory, hostKey, pollId, phoneToken;
        Dictionary<string, string> keys;
        await using (var server = new LiveServer())
        {
            dataDirectory = server.DataDirectory;
            await using var wall = await OpenAsync(server);
            (pollId, keys) = (wall.PollId, wall.Keys);
            await wall.Host.Connection.InvokeAsync<SessionView>("FeatureAnswer", pollId, keys["Shorter talks"]);
            foreach (var (phone, i) in wall.Phones.Select((p, i) => (p, i)))
                await Upvote(phone, pollId, keys["更多互动环节"], up: true, $"up-{i}");
            hostKey = wall.Session.HostKey;
            var joined = await server.JoinAsync(wall.Session.Code);
            phoneToken = joined.AttendeeToken;
            await using var late = await server.ConnectAsync(phoneToken);
            await Upvote(late, pollId, keys["Shorter talks"], up: true, "late-1");
        }

        await using (var server = new LiveServer(dataDirectory))
        {
            await using var host = await server.ConnectAsync(hostKey);
            var state = await host.GetStateAsync();
            Assert.Equal(keys["Shorter talks"], state.Session.Polls.Single().FeaturedKey);
            Assert.Equal([(keys["更多互动环节"], 3), (keys["Shorter talks"], 1), (keys["More Q&A time"], 0)],
                state.Results.Single().Items!.Select(i => (i.Key, i.Upvotes ?? -1)));

            await using var late = await server.ConnectAsync(phoneToken);
            Assert.Equal([keys["Shorter talks"]], await late.Connection.InvokeAsync<string[]>("GetMyAnswerUpvotes", pollId));
            Assert.Equal(1, (await Upvote(late, pollId, keys["Shorter talks"], up: true, "late-1")).Upvotes); // a retry after the restart
        }
    }
}
