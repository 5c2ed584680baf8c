using Live.Grains.Polls;
using Live.Grains.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Live.Grains.Tests;

/// <summary>
/// Grain state as this release stored it (2026-11-30), kept as bytes: every later release must still load it, because
/// a rolling upgrade runs old and new nodes on one Redis and sessions outlive releases (docs/OPERATIONS.md, "Stored-
/// format compatibility"). If a change to a stored type breaks one of these tests, that change is not upgrade-safe:
/// add optional fields with new [Id]s instead. Never regenerate these bytes to make a test pass; add bytes of the new
/// release beside them instead. The serializer is the one the grain storage uses (OrleansGrainStorageSerializer).
/// </summary>
public sealed class StoredFormatTests
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(PollState).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    private const string Poll20261130 =
        "ICDoQEtXaGljaCBjaXR5IG5leHQgeWVhcj8g5piO5bm05Y675ZOq77yfQQ1zaW5nbGUhAAdBEVNoYW5naGFpQA1MaXNib25ADUF1c3RpbuABBQEDAQEBA+BBCW9wZW4hMAExLNQuHVN0cmluZ0NvbXBhcmVyAAMBAeABBUERZGV2aWNlLWEg6CAAAwEJ4EEJb3AtMyEABUEJb3AtMUAJb3AtMuDgQBFkZXZpY2UtYiDoIAADAQHgQQlvcC00wQHg4AGp4A==";
    private const string Journal20261130 =
        "IAChITABMSzULh1TdHJpbmdDb21wYXJlcgADAQHgAQNBEWRldmljZS1jIOggAAMBAeBBCW9wLTnBAeDgAa3g";
    private const string Session20261130 =
        "IEApQW5udWFsIHN1bW1pdCDlubTkvJohgAAQVsALT98IgQAAAAAAAAAA4CEABUEFcDFABXAy4METAR1BD3Jlc3VsdHMhAQNBCWhvc3QACeABAeA=";

    [Fact]
    public void A_poll_stored_on_2026_11_30_loads_with_its_definition_ballots_and_replaced_op_ids()
    {
        var poll = Load<PollState>(Poll20261130, SamplePoll());
        Assert.Equal(("Which city next year? 明年去哪？", "single", 1, true, false, true),
            (poll.Definition!.Question, poll.Definition.Kind, poll.Definition.MaxSelections,
             poll.Definition.AllowVoteChange, poll.Definition.ShowResultsToAttendees, poll.Definition.CheckedInOnly));
        Assert.Equal(["Shanghai", "Lisbon", "Austin"], poll.Definition.Options);
        Assert.Equal(("open", 42L), (poll.Status, poll.Version));
        Assert.Equal([2], poll.Ballots["device-a"].OptionIds);
        Assert.Equal("op-3", poll.Ballots["device-a"].OpId);
        Assert.Equal(["op-1", "op-2"], poll.Ballots["device-a"].EarlierOpIds!);
        Assert.Null(poll.Ballots["device-b"].EarlierOpIds);
    }

    private const string WordCloud20261202 =
        "ICDoQGFPbmUgd29yZCBmb3IgdGhpcyB5ZWFyPyDnlKjkuIDkuKror43lvaLlrrnku4rlubRBE3dvcmRjbG91ZCHgAQ0BAwEDAQHBASEAA0EJdGVhbeDgQQlvcGVuITABMSzULh1TdHJpbmdDb21wYXJlcgADAQHgAQNBEWRldmljZS1hIOgg4EEJb3AtMcEBIQAFQQVBSUAf5pWw5a2X5YyW6L2s5Z6L4ODgARXg";

    [Fact]
    public void A_word_cloud_stored_on_2026_12_02_loads_with_its_entries_and_hidden_words()
    {
        var poll = Load<PollState>(WordCloud20261202, SampleWordCloud());
        Assert.Equal(("wordcloud", 3, null), (poll.Definition!.Kind, poll.Definition.MaxSelections, poll.Definition.Variant));
        Assert.Equal(["team"], poll.Definition.HiddenKeys!);
        Assert.Equal(["AI", "数字化转型"], poll.Ballots["device-a"].Texts!);
        Assert.Empty(poll.Ballots["device-a"].OptionIds);
    }

    [Fact]
    public void Polls_and_journals_stored_before_featured_answers_and_upvotes_load_with_none()
    {
        var poll = Load<PollState>(Poll20261130, SamplePoll());
        Assert.Equal((null, false), (poll.Definition!.FeaturedKey, poll.Definition.AllowUpvotes));
        Assert.Null(poll.Upvotes);
        Assert.Null(Load<PollJournal>(Journal20261130, SampleJournal()).Upvotes);
        Assert.Null(Load<PollState>(WordCloud20261202, SampleWordCloud()).Definition!.FeaturedKey);
    }

    private const string OpenText20261203 =
        "ICDoQFNXaGF0IHNob3VsZCB3ZSBjaGFuZ2U/IOacieS7gOS5iOW7uuiuru+8n0EJdGV4dCHgAQUBAwEBAQHBASEAA0EhMGEwYTBhMGEwYTBhMGEwYeBBITZiMWUzZDBjNGYyYTllNTcBA+BBCW9wZW4hMAExLNQuHVN0cmluZ0NvbXBhcmVyAAMBAeABA0ERZGV2aWNlLWEg6CDgQQlvcC0xwQEhAANBNU1vcmUgUSZBIHRpbWUg5pu05aSa6Zeu562U4ODgASUhAQNBEWRldmljZS1iIOggAAPBHeAhAAVBCXVwLTJACXVwLTHg4ODg";
    private const string OpenTextJournal20261203 =
        "IAAlITABMSzULh1TdHJpbmdDb21wYXJlcgADAQHg4AEtIQEDQRFkZXZpY2UtYyDoIOAhAANBDWRvd24tMeDg4OA=";

    [Fact]
    public void An_open_text_poll_stored_on_2026_12_03_loads_with_its_featured_answer_and_upvotes()
    {
        var poll = Load<PollState>(OpenText20261203, SampleOpenText());
        Assert.Equal(("text", "6b1e3d0c4f2a9e57", true), (poll.Definition!.Kind, poll.Definition.FeaturedKey, poll.Definition.AllowUpvotes));
        Assert.Equal(["6b1e3d0c4f2a9e57"], poll.Upvotes!["device-b"].Keys);
        Assert.Equal(["up-2", "up-1"], poll.Upvotes["device-b"].OpIds);
        var journal = Load<PollJournal>(OpenTextJournal20261203, SampleOpenTextJournal());
        Assert.Empty(journal.Upvotes!["device-c"].Keys); // a voter who took back their last upvote
        Assert.Equal(["down-1"], journal.Upvotes["device-c"].OpIds);
    }

    [Fact]
    public void A_poll_journal_stored_on_2026_11_30_loads()
    {
        var journal = Load<PollJournal>(Journal20261130, SampleJournal());
        Assert.Equal((40L, 43L), (journal.BaseVersion, journal.Version));
        Assert.Equal([0], journal.Ballots["device-c"].OptionIds);
        Assert.Equal("op-9", journal.Ballots["device-c"].OpId);
    }

    [Fact]
    public void A_session_stored_on_2026_11_30_loads_with_its_key_generations()
    {
        var session = Load<SessionState>(Session20261130, SampleSession());
        Assert.Equal(("Annual summit 年会", new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero), 7L, false),
            (session.Title, session.CreatedAt, session.Version, session.Deleted));
        Assert.Equal(["p1", "p2"], session.PollIds);
        Assert.Equal(("p2", "results"), (session.ScreenPollId, session.ScreenView));
        Assert.Equal(2, session.KeyGenerations["host"]);
    }

    /// <summary>Deserializes the stored bytes; while they are not recorded yet, fails with the current bytes to record.</summary>
    private static T Load<T>(string stored, T sample)
    {
        if (stored.Length == 0)
            Assert.Fail($"record these bytes of {typeof(T).Name}: {Convert.ToBase64String(Serializer.SerializeToArray(sample))}");
        return Serializer.Deserialize<T>(Convert.FromBase64String(stored)) ?? throw new InvalidDataException($"stored {typeof(T).Name} read as null");
    }

    private static PollState SamplePoll() => new()
    {
        Definition = new StoredPollDefinition("Which city next year? 明年去哪？", "single", ["Shanghai", "Lisbon", "Austin"], 1, true, false, true),
        Status = "open",
        Ballots = { ["device-a"] = new StoredBallot([2], "op-3", ["op-1", "op-2"]), ["device-b"] = new StoredBallot([0], "op-4") },
        Version = 42,
    };

    private static PollState SampleWordCloud() => new()
    {
        Definition = new StoredPollDefinition("One word for this year? 用一个词形容今年", "wordcloud", [], 3, true, true, false, null, ["team"]),
        Status = "open",
        Ballots = { ["device-a"] = new StoredBallot([], "op-1", null, ["AI", "数字化转型"]) },
        Version = 5,
    };

    private static PollState SampleOpenText() => new()
    {
        Definition = new StoredPollDefinition("What should we change? 有什么建议？", "text", [], 1, true, false, false, null, ["0a0a0a0a0a0a0a0a"],
            "6b1e3d0c4f2a9e57", true),
        Status = "open",
        Ballots = { ["device-a"] = new StoredBallot([], "op-1", null, ["More Q&A time 更多问答"]) },
        Version = 9,
        Upvotes = new() { ["device-b"] = new StoredUpvotes(["6b1e3d0c4f2a9e57"], ["up-2", "up-1"]) },
    };

    private static PollJournal SampleOpenTextJournal() => new()
    {
        BaseVersion = 9, Version = 11,
        Upvotes = new() { ["device-c"] = new StoredUpvotes([], ["down-1"]) },
    };

    private static PollJournal SampleJournal() => new()
    {
        BaseVersion = 40, Version = 43,
        Ballots = { ["device-c"] = new StoredBallot([0], "op-9") },
    };

    private static SessionState SampleSession() => new()
    {
        Title = "Annual summit 年会", CreatedAt = new DateTimeOffset(2026, 11, 30, 18, 0, 0, TimeSpan.Zero),
        PollIds = ["p1", "p2"], ScreenPollId = "p2", ScreenView = "results", Version = 7,
        KeyGenerations = { ["host"] = 2 }, Deleted = false,
    };
}
