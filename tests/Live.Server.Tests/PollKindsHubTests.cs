using Live.Contracts;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Live.Server.Tests;

/// <summary>The new poll kinds through the real hub: 100 phones answer, the screen sees the exact results, retries count once.</summary>
public sealed class PollKindsHubTests : IAsyncDisposable
{
    private readonly LiveServer _server = new();

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task<(Apis.CreatedSession Session, LiveClient Host, LiveClient Screen, string PollId, LiveClient[] Phones)> OpenAsync(
        PollDraft draft, int phones = 100)
    {
        var session = await _server.CreateSessionAsync();
        var host = await _server.ConnectAsync(session.HostKey);
        var screen = await _server.ConnectAsync(session.ScreenKey);
        var pollId = (await host.Connection.InvokeAsync<SessionView>("CreatePoll", draft)).Polls.Single().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", pollId);
        var attendees = await Task.WhenAll(Enumerable.Range(0, phones).Select(async _ =>
            await _server.ConnectAsync((await _server.JoinAsync(session.Code)).AttendeeToken)));
        return (session, host, screen, pollId, attendees);
    }

    private static Task<VoteAck> Vote(LiveClient phone, VoteRequest vote) => phone.Connection.InvokeAsync<VoteAck>("Vote", vote);

    [Fact]
    public async Task A_hundred_phones_rate_three_statements_and_the_screen_shows_the_exact_distribution()
    {
        var (_, host, screen, pollId, phones) = await OpenAsync(
            new PollDraft("Rate the keynote 评价主题演讲", "rating", ["Content 内容", "Service 服务", "Takeaways 收获"], null, true, true, "stars5"));
        var acks = await Task.WhenAll(phones.Select((p, i) => Vote(p, new VoteRequest(pollId, null, $"op-{i}", Ratings: [1 + i % 5, 5, 3]))));
        Assert.All(acks, a => Assert.Equal(3, a.Ratings!.Count));

        // A retry of every vote with the same op id changes nothing.
        await Task.WhenAll(phones.Select((p, i) => Vote(p, new VoteRequest(pollId, null, $"op-{i}", Ratings: [1 + i % 5, 5, 3]))));

        var final = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 100));
        Assert.Equal([20, 20, 20, 20, 20], final.Items![0].Distribution);
        Assert.Equal(3, final.Items[0].Value);
        Assert.Equal(5, final.Items[1].Value);
        Assert.Empty(final.Counts);
        Assert.Equal(100, (await host.GetStateAsync()).Results.Single().Voters);
    }

    [Fact]
    public async Task A_hundred_phones_rank_and_the_means_are_exact()
    {
        var (_, _, screen, pollId, phones) = await OpenAsync(new PollDraft("Rank 排序", "ranking", ["A", "B", "C"], null, true, true));
        // 60 phones rank A, B, C and 40 rank C, B, A: A = (60*3 + 40*1) / 100 = 2.2, B = 2, C = 1.8.
        await Task.WhenAll(phones.Select((p, i) => Vote(p, new VoteRequest(pollId, null, $"op-{i}", Ranking: i < 60 ? [0, 1, 2] : [2, 1, 0]))));
        var final = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 100));
        Assert.Equal([2.2, 2.0, 1.8], final.Items!.Select(i => i.Value!.Value));
    }

    [Fact]
    public async Task A_word_cloud_counts_each_word_once_per_phone_and_the_host_can_hide_one()
    {
        var (_, host, screen, pollId, phones) = await OpenAsync(new PollDraft("One word 一个词", "wordcloud", [], 3, true, true));
        string[][] answers = [["AI", "创新"], ["ai", "Team"], ["ＡＩ", "AI"]];
        var acks = await Task.WhenAll(phones.Select((p, i) => Vote(p, new VoteRequest(pollId, null, $"op-{i}", Texts: answers[i % 3]))));
        Assert.Equal(["AI", "创新"], acks[0].Texts!);

        var final = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 100));
        Assert.Equal([("ai", 100), ("创新", 34), ("team", 33)], final.Items!.Select(i => (i.Key, i.Count)));
        Assert.Contains(final.Items[0].Text, new[] { "AI", "ai" }); // the form that arrived first (ＡＩ is shown as AI)

        var view = await host.Connection.InvokeAsync<SessionView>("SetResultHidden", pollId, "team", true);
        Assert.Equal(["team"], view.Polls.Single().HiddenKeys!);
        var hidden = await screen.WaitForAsync(c => c.Results.LastOrDefault(r => r.Voters == 100 && r.Items!.All(i => i.Key != "team")));
        Assert.Equal(["ai", "创新"], hidden.Items!.Select(i => i.Key));
    }

    [Theory]
    [InlineData("wordcloud", "texts:", "entry_required")]
    [InlineData("wordcloud", "texts:" + "0123456789012345678901234567890123456789x", "entry_too_long")]
    [InlineData("wordcloud", "texts:a,b,c,d", "too_many_entries")]
    [InlineData("ranking", "ranking:0,0", "invalid_ranking")]
    [InlineData("ranking", "ranking:1", "invalid_ranking")]
    [InlineData("rating", "ratings:6", "invalid_rating")]
    [InlineData("single", "texts:A", "invalid_answer")]
    public async Task Bad_answers_get_a_clear_code_and_change_nothing(string kind, string answer, string code)
    {
        PollDraft draft = kind switch
        {
            "wordcloud" => new("Q", kind, [], 3, true, true),
            "rating" => new("Q", kind, [], null, true, true),
            _ => new("Q", kind, ["A", "B"], null, true, true),
        };
        var (_, host, _, pollId, phones) = await OpenAsync(draft, phones: 1);
        var (field, value) = (answer.Split(':')[0], answer.Split(':')[1]);
        var parts = value.Length == 0 ? [] : value.Split(',');
        var vote = field switch
        {
            "texts" => new VoteRequest(pollId, null, "op", Texts: value.Length == 0 ? [""] : parts),
            "ranking" => new VoteRequest(pollId, null, "op", Ranking: parts.Select(int.Parse).ToArray()),
            _ => new VoteRequest(pollId, null, "op", Ratings: parts.Select(int.Parse).ToArray()),
        };
        var error = await Assert.ThrowsAsync<HubException>(() => Vote(phones[0], vote));
        Assert.EndsWith(code, error.Message);
        Assert.Equal(0, (await host.GetStateAsync()).Results.Single().Voters);
    }
}
