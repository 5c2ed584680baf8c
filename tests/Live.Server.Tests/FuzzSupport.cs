using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Live.Contracts;
using Live.Server.Apis;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Live.Server.Tests;

/// <summary>
/// A session with something in every part (polls with a ballot, a question, a comment, a roster with an arrival, a
/// prize tier), a witness phone that made those, and a fuzz phone that has done nothing valid. Fuzz tests send only
/// invalid input and then compare every role's GetState with the one taken before.
/// </summary>
public sealed class FuzzWorld : IAsyncDisposable
{
    private FuzzWorld(LiveServer server, CreatedSession session) { Server = server; Session = session; }

    public LiveServer Server { get; }
    public CreatedSession Session { get; }
    public ServerLog Log { get; } = new();
    public Joined Witness { get; private set; } = null!;
    public Joined Fuzzer { get; private set; } = null!;
    public List<LiveClient> Clients { get; } = [];

    /// <summary>Every id that names something real; generators never produce these, so nothing they send is valid.</summary>
    public HashSet<string> RealIds { get; } = new(StringComparer.Ordinal);
    public string QuestionText => "What is the price of Model B?";
    public IReadOnlyList<string> RosterNames { get; } = ["张三", "John Smith", "王小明"];
    public IReadOnlyList<string> RosterPhones { get; } = ["13800000001", "13800000002", "13800000003"];
    public IReadOnlyList<string> ReactionSet { get; private set; } = [];

    public static async Task<FuzzWorld> CreateAsync()
    {
        // The fuzz sends thousands of attendee calls from one device: the per-device limits would answer most of them
        // with rate_limited before any rule looked at the payload, which is not what is being tested here.
        // Refusals are logged at Debug (HubErrorFilter); failures that are not refusals are errors, which the fuzz checks.
        var server = new LiveServer(settings: new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
        });
        var world = new FuzzWorld(server, await server.CreateSessionAsync("Fuzz 年会 🎉"));
        server.Services.GetRequiredService<ILoggerFactory>().AddProvider(world.Log);
        await world.SeedAsync();
        return world;
    }

    private async Task SeedAsync()
    {
        var host = await Connect(Session.HostKey);
        var p1 = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Which model?", "single", ["Model A", "Model B", "Model C"], null, false, true))).Polls.Last().Id;
        await host.Connection.InvokeAsync<SessionView>("OpenPoll", p1);
        var p2 = (await host.Connection.InvokeAsync<SessionView>("CreatePoll",
            new PollDraft("Lunch?", "multiple", ["Rice", "Noodles", "Dumplings"], 2, true, false))).Polls.Last().Id;

        var roster = new StringContent("name,phone,company,category\n" +
            string.Join('\n', RosterNames.Select((n, i) => $"{n},{RosterPhones[i]},Acme,{(i == 0 ? "VIP" : "Guest")}")) + "\n",
            new UTF8Encoding(false), "text/csv");
        using var import = new HttpRequestMessage(HttpMethod.Post, $"/api/sessions/{Session.Code}/roster") { Content = roster };
        import.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Session.HostKey);
        (await Server.Http.SendAsync(import)).EnsureSuccessStatusCode();

        var draw = await host.Connection.InvokeAsync<DrawView>("SaveTier",
            new TierRequest(null, "一等奖", 1, 0, null, new EligibilityView("checkedIn", null, [], [], [])));

        Witness = await Server.JoinAsync(Session.Code, nickname: "witness");
        var witness = await Connect(Witness.AttendeeToken);
        await witness.VoteAsync(p1, 1);
        var question = await witness.Connection.InvokeAsync<QuestionView>("AskQuestion", new AskRequest(QuestionText, false, "seed-q"));
        await witness.Connection.InvokeAsync<QuestionView>("Upvote", new UpvoteRequest(question.Id, true, "seed-u"));
        var comment = await witness.Connection.InvokeAsync<CommentView>("SendComment", new CommentRequest("好!", "seed-c"));
        var arrival = await witness.Connection.InvokeAsync<CheckInResult>("CheckIn", new CheckInRequest(RosterPhones[0], null, null, false, "seed-ci"));
        var roster2 = (await host.Connection.InvokeAsync<RosterSearchResult>("SearchRoster", new RosterSearchRequest(null, 50))).People;

        Fuzzer = await Server.JoinAsync(Session.Code, "online", nickname: "fuzzer");
        var state = await host.GetStateAsync();
        ReactionSet = state.Reactions.Counts.Select(c => c.Emoji).ToList();

        RealIds.UnionWith([p1, p2, question.Id, comment.Id, arrival.PersonId, Witness.DeviceId, Fuzzer.DeviceId]);
        RealIds.UnionWith(roster2.Select(p => p.Id));
        RealIds.UnionWith(draw.Tiers.Select(t => t.Id));
        RealIds.UnionWith(ReactionSet);
    }

    public async Task<LiveClient> Connect(string credential)
    {
        var client = await Server.ConnectAsync(credential);
        Clients.Add(client);
        return client;
    }

    /// <summary>
    /// The full GetState of host, screen, witness and fuzz phone, as JSON. Nothing is left out: the fuzz connections
    /// are all open before the first snapshot and still open at the second, so even presence must be unchanged.
    /// </summary>
    public async Task<Dictionary<string, string>> SnapshotAsync(LiveClient host, LiveClient screen, LiveClient witness, LiveClient fuzzer)
    {
        var snapshot = new Dictionary<string, string>();
        foreach (var (name, client) in new[] { ("host", host), ("screen", screen), ("witness", witness), ("fuzzer", fuzzer) })
            snapshot[name] = WithoutClock((await client.Connection.InvokeAsync<JsonElement>("GetState")).GetRawText());
        return snapshot;
    }

    /// <summary>
    /// agenda.now and quiz.now are the server's clock at the moment of the read (clients use it to correct their own
    /// clock for the speaker timer and the quiz countdown), so they differ between any two reads; they are not state
    /// and are left out of the comparison.
    /// </summary>
    private static string WithoutClock(string state)
    {
        var node = JsonNode.Parse(state)!;
        foreach (var clocked in new[] { "agenda", "quiz" }) if (node[clocked] is JsonObject view) view.Remove("now");
        return node.ToJsonString();
    }

    /// <summary>
    /// Every grain-state row in the SQLite file with its version: any write at all, to any grain (a new session, a
    /// touched poll), changes it, even one that no GetState shows.
    /// </summary>
    public string StorageFingerprint()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(Server.DataDirectory, "live.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainTypeString, GrainIdExtensionString, Version FROM OrleansStorage ORDER BY 1, 2";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add($"{reader.GetString(0)}/{reader.GetString(1)}@{reader.GetInt64(2)}");
        return string.Join("\n", rows);
    }

    /// <summary>Names the first differing JSON paths, so a failure says what changed.</summary>
    public static IEnumerable<string> Differences(string before, string after, string path = "$")
    {
        var a = JsonNode.Parse(before);
        var b = JsonNode.Parse(after);
        return Diff(a, b, path).Take(10);
    }

    private static IEnumerable<string> Diff(JsonNode? a, JsonNode? b, string path)
    {
        if (a is JsonObject oa && b is JsonObject ob)
        {
            foreach (var key in oa.Select(p => p.Key).Union(ob.Select(p => p.Key)))
            foreach (var d in Diff(oa[key], ob[key], $"{path}.{key}")) yield return d;
        }
        else if (a is JsonArray aa && b is JsonArray ab && aa.Count == ab.Count)
        {
            for (var i = 0; i < aa.Count; i++)
            foreach (var d in Diff(aa[i], ab[i], $"{path}[{i}]")) yield return d;
        }
        else if (a?.ToJsonString() != b?.ToJsonString())
            yield return $"{path}: {Trim(a?.ToJsonString())} → {Trim(b?.ToJsonString())}";
    }

    private static string Trim(string? s) => s is null ? "null" : s.Length > 120 ? s[..120] + "…" : s;

    public async Task AssertServerIsUpAsync()
    {
        Assert.Equal("ok", await Server.Http.GetStringAsync("/healthz"));
        await using var fresh = await Server.ConnectAsync(Session.ScreenKey);
        Assert.Equal("screen", (await fresh.GetStateAsync()).Role);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in Clients) await c.DisposeAsync();
        await Server.DisposeAsync();
    }
}

/// <summary>Keeps the server's warnings and errors, so a test can tell an unhandled exception from a refused input.</summary>
public sealed class ServerLog : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);
    public void Dispose() { }

    /// <summary>Errors that mean a request was not handled by a rule: our own "failed" logs and anything unhandled.</summary>
    public List<string> UnhandledErrors() => Entries
        .Where(e => e.Level >= LogLevel.Error)
        .Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.GetType().Name}: {e.Exception?.Message}")
        .ToList();

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) log.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
        }
    }
}

/// <summary>Hostile strings and values. All generation goes through one seeded Random, so a failure reproduces.</summary>
public static class Hostile
{
    /// <summary>A stable seed per name (string.GetHashCode differs per process).</summary>
    public static int Seed(string name)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in name) h = (h ^ c) * 16777619;
            return h ^ 20261130;
        }
    }

    public static readonly string[] Fixed =
    [
        "", " ", "\t\r\n", "\0", "\u0000\u0001\u0002\u001f\u007f", "\u202E\u202D\u2066\u2067\u2068\u2069", "\u200B\u200B\u200B", "\u200E\u200F\u061C\uFEFF",
        "\u200B \u202E \u0007", "../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "%2e%2e%2f", "\"; DROP TABLE Storage; --", "' OR '1'='1",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "=cmd|' /C calc'!A0", "+1", "@SUM(1)",
        "null", "undefined", "NaN", "Infinity", "-Infinity", "true", "[]", "{}", "0", "-1", "1e309", "0x7fffffff", "p", "p-1", "p1.0", "p 1", " p1",
        "p1 ", "P1", "p０", "p¹", "p99999999", "p999999999999", "q", "q0", "q-1", "Q1", "q1\u200B", "c0", "a0", "a-1", "t0", "t999", "d:", "d:nobody",
        "🎉🎉🎉", "👍🏽‍", "\uD800", "\uDFFF", "\uDFFF\uD800", "a\uD800b", "e\u0301\u0301\u0301\u0301", "Z̴̡̛̛̪͇̼͔̳͔̭̲̋̈̔̈́̐̅̈́̉ͅ", "ﷺ", "𒐫", "\u0661\u0662\u0663",
        "１３８００００００００１", "+86 138 0000 0000", "13800000000000000000000", "1234", "abcd", "١٢٣٤",
    ];

    /// <summary>A hostile string, never one of the given real ids.</summary>
    public static string String(Random r, ISet<string>? avoid = null)
    {
        while (true)
        {
            var s = r.Next(6) switch
            {
                0 or 1 => Fixed[r.Next(Fixed.Length)],
                2 => new string(Enumerable.Range(0, r.Next(1, 40)).Select(_ => (char)r.Next(0, 0x40)).ToArray()),
                3 => new string(Enumerable.Range(0, r.Next(1, 40)).Select(_ => (char)r.Next(0xD000, 0xE000)).ToArray()), // surrogates, paired or not
                4 => Only(r, r.Next(1, 300)),
                _ => Long(r, r.Next(1, 3000)),
            };
            if (avoid is null || !avoid.Contains(s)) return s;
        }
    }

    /// <summary>Only characters that text cleaning removes or collapses: cleaned, it is empty.</summary>
    public static string Only(Random r, int length)
    {
        const string invisible = "\u0000\u0001\u0007\u001b\u007f\u0085\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u200E\u200F\u061C\uFEFF \t\r\n\u3000\u00A0";
        return new string(Enumerable.Range(0, length).Select(_ => invisible[r.Next(invisible.Length)]).ToArray());
    }

    /// <summary>A string of exactly <paramref name="elements"/> user-perceived characters, in one of several scripts.</summary>
    public static string Long(Random r, int elements)
    {
        var unit = r.Next(5) switch { 0 => "x", 1 => "年", 2 => "🎉", 3 => "e\u0301", _ => "👍🏽" };
        var sb = new StringBuilder();
        for (var i = 0; i < elements; i++) sb.Append(unit);
        return sb.ToString();
    }

    /// <summary>Over the limit: more than <paramref name="max"/> user-perceived characters, none of them hidden.</summary>
    public static string Over(Random r, int max) => Long(r, max + 1 + r.Next(Math.Min(3000, max * 4)));

    /// <summary>Any JSON value at all, including deep nests.</summary>
    public static JsonNode? Any(Random r, int depth = 0) => r.Next(depth > 3 ? 7 : 10) switch
    {
        0 => null,
        1 => JsonValue.Create(String(r)),
        2 => JsonValue.Create(Number(r)),
        3 => JsonValue.Create(r.Next(2) == 0),
        4 => JsonValue.Create(r.Next()),
        5 => JsonNode.Parse(Numbers[r.Next(Numbers.Length)]),
        6 => Deep(r, r.Next(1, 40)),
        7 => new JsonArray(Enumerable.Range(0, r.Next(0, 5)).Select(_ => Any(r, depth + 1)).ToArray()),
        _ => new JsonObject(Enumerable.Range(0, r.Next(0, 5)).Select(i => KeyValuePair.Create(Key(r, i), Any(r, depth + 1)))),
    };

    private static string Key(Random r, int i) => r.Next(3) == 0 ? $"{String(r)}#{i}" : $"k{i}";

    public static readonly string[] Numbers =
    [
        "0", "-0", "-1", "1.5", "-2147483649", "2147483648", "9223372036854775808", "1e308", "-1e308", "1e-400", "123456789012345678901234567890",
        "0.0000000000000000000001", "4.9e-324",
    ];

    public static double Number(Random r) => r.Next(4) switch
    {
        0 => double.MaxValue,
        1 => -r.NextDouble() * 1e12,
        2 => r.NextDouble(),
        _ => r.Next(int.MinValue, int.MaxValue) + 0.5,
    };

    /// <summary>Arrays in objects in arrays, as deep as asked (the hub's JSON limit is 64 for the whole message).</summary>
    public static JsonNode Deep(Random r, int depth)
    {
        JsonNode node = JsonValue.Create(String(r))!;
        for (var i = 0; i < depth; i++)
            node = r.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["questionIds"] = node, ["pollId"] = i < 3 ? node.DeepClone() : null };
        return node;
    }

    public static T Pick<T>(Random r, params T[] items) => items[r.Next(items.Length)];
}
