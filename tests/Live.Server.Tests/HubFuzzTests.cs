using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Live.Domain.Common;
using Live.Server.Hubs;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// Every LiveHub method (found by reflection, so a new one is fuzzed without anyone remembering to) gets at least
/// <see cref="PerMethod"/> invalid argument lists from a caller whose role may call it. Every call must be refused with
/// one of our error codes (SignalR's own binding failure reaches clients as bad_request); none may succeed, time
/// out, cost the connection, answer "unavailable" or log an unhandled error; afterwards the server still serves and
/// every role's GetState is byte for byte what it was.
/// </summary>
public sealed class HubFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerMethod = 1000;
    private const int Connections = 4;
    private const int InFlight = 192;
    private const int MaxArgumentChars = 24_000; // the hub refuses messages over 32 KB by closing the connection

    private FuzzWorld _world = null!;

    public async Task InitializeAsync() => _world = await FuzzWorld.CreateAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    public static List<MethodInfo> HubMethods() => typeof(LiveHub)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync"))
        .OrderBy(m => m.Name, StringComparer.Ordinal)
        .ToList();

    private static readonly HashSet<string> KnownCodes = typeof(ErrorCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToHashSet(StringComparer.Ordinal);

    [Fact(Timeout = 300_000)]
    public async Task Every_hub_method_refuses_thousands_of_invalid_payloads_and_changes_nothing()
    {
        var clock = Stopwatch.StartNew();
        var methods = HubMethods();
        Assert.True(methods.Count > 30, $"expected the hub's methods, found {methods.Count}");

        var host = await _world.Connect(_world.Session.HostKey);
        var screen = await _world.Connect(_world.Session.ScreenKey);
        var witness = await _world.Connect(_world.Witness.AttendeeToken);
        var fuzzer = await _world.Connect(_world.Fuzzer.AttendeeToken);
        var hosts = new List<LiveClient> { host };
        var phones = new List<LiveClient> { fuzzer };
        for (var i = 1; i < Connections; i++)
        {
            hosts.Add(await _world.Connect(_world.Session.HostKey));
            phones.Add(await _world.Connect(_world.Fuzzer.AttendeeToken));
        }
        var before = await _world.SnapshotAsync(host, screen, witness, fuzzer);
        var stored = _world.StorageFingerprint();
        var logged = _world.Log.UnhandledErrors().Count;

        var outcomes = new ConcurrentDictionary<(string Method, string Outcome), int>();
        var failures = new ConcurrentQueue<string>();
        using var gate = new SemaphoreSlim(InFlight);
        var calls = new List<Task>();
        var sent = 0;
        foreach (var method in methods)
        {
            var roles = method.GetCustomAttribute<Live.Server.Security.HubRolesAttribute>()!.Roles.Split(',');
            var pool = roles.Contains("host") ? hosts : roles.Contains("attendee") ? phones : throw new InvalidOperationException($"{method.Name}: no fuzzable role");
            var random = new Random(Hostile.Seed(method.Name));
            var payloads = new Payloads(_world, random);
            for (var i = 0; i < PerMethod; i++)
            {
                var args = payloads.For(method);
                var connection = pool[i % pool.Count].Connection;
                await gate.WaitAsync();
                sent++;
                calls.Add(Task.Run(async () =>
                {
                    try
                    {
                        var outcome = await CallAsync(connection, method.Name, args);
                        outcomes.AddOrUpdate((method.Name, outcome), 1, (_, n) => n + 1);
                        if (!Acceptable(outcome)) failures.Enqueue($"{method.Name}({Show(args)}) → {outcome}");
                    }
                    finally { gate.Release(); }
                }));
            }
        }
        await Task.WhenAll(calls);
        var fuzzTime = clock.Elapsed;

        foreach (var group in outcomes.GroupBy(o => o.Key.Method).OrderBy(g => g.Key))
            output.WriteLine($"{group.Key}: " + string.Join(", ", group.OrderByDescending(o => o.Value).Select(o => $"{o.Key.Outcome} ×{o.Value}")));
        output.WriteLine($"{sent} calls to {methods.Count} methods in {fuzzTime.TotalSeconds:F1} s");

        Assert.True(failures.IsEmpty, $"{failures.Count} calls were not refused properly, e.g.:\n" + string.Join("\n", failures.GroupBy(f => f[..f.IndexOf('(')]).SelectMany(g => g.Take(5))));
        Assert.All(methods, m => Assert.True(outcomes.Where(o => o.Key.Method == m.Name).Sum(o => o.Value) >= PerMethod, m.Name));
        Assert.All(hosts.Concat(phones), c => Assert.Equal(HubConnectionState.Connected, c.Connection.State));
        Assert.Empty(_world.Log.UnhandledErrors().Skip(logged));

        await _world.AssertServerIsUpAsync();
        var after = await _world.SnapshotAsync(host, screen, witness, fuzzer);
        foreach (var role in before.Keys)
            Assert.True(before[role] == after[role], $"{role}'s state changed: " + string.Join("; ", FuzzWorld.Differences(before[role], after[role])));
        Assert.Equal(stored, _world.StorageFingerprint()); // nothing was written at all
        output.WriteLine($"total {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact(Timeout = 120_000)]
    public async Task Methods_that_do_not_exist_are_refused_and_change_nothing()
    {
        var host = await _world.Connect(_world.Session.HostKey);
        var screen = await _world.Connect(_world.Session.ScreenKey);
        var witness = await _world.Connect(_world.Witness.AttendeeToken);
        var fuzzer = await _world.Connect(_world.Fuzzer.AttendeeToken);
        var before = await _world.SnapshotAsync(host, screen, witness, fuzzer);

        var real = HubMethods().Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase); // SignalR matches names without case
        string[] near =
        [
            "OnConnectedAsync", "OnDisconnectedAsync", "Dispose", "DisposeAsync", "Require", "get_Context", "get_Clients", "get_Groups", "Context",
            "ToString", "GetType", "Equals", "GetHashCode", "MemberwiseClone", "Finalize", "ReadAsync", "Vote2", "Vote ", " Vote", "Vote\0",
            "Vote\u200B", "Vöte", "GetState()", "LiveHub.Vote", "Live.Server.Hubs.LiveHub.CreatePoll", "../Vote", "DeleteSessionX", "RotateKeys",
            "Admin", "Debug", "Eval", "Exec", "__proto__", "constructor",
        ];
        var random = new Random(Hostile.Seed("unknown methods"));
        var names = near.Concat(Enumerable.Range(0, 400).Select(_ => Hostile.String(random)))
            .Where(n => n.Length is > 0 and < 4000 && !real.Contains(n)).ToList();
        var outcomes = new ConcurrentBag<(string Name, string Outcome)>();
        await Parallel.ForEachAsync(names.Select((n, i) => (n, i)), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (item, _) =>
        {
            var client = item.i % 2 == 0 ? host : fuzzer;
            var args = Enumerable.Range(0, random.Next(4)).Select(_ => (JsonNode?)JsonValue.Create(item.i)).ToArray();
            outcomes.Add((item.n, await CallAsync(client.Connection, item.n, args)));
        });

        foreach (var g in outcomes.GroupBy(o => o.Outcome)) output.WriteLine($"{g.Key} ×{g.Count()}");
        Assert.All(outcomes, o => Assert.True(o.Outcome == "code:bad_request", $"'{o.Name}' → {o.Outcome}"));
        Assert.Equal(HubConnectionState.Connected, host.Connection.State);
        Assert.Equal(HubConnectionState.Connected, fuzzer.Connection.State);
        Assert.Empty(_world.Log.UnhandledErrors());
        await _world.AssertServerIsUpAsync();
        var after = await _world.SnapshotAsync(host, screen, witness, fuzzer);
        foreach (var role in before.Keys)
            Assert.True(before[role] == after[role], $"{role}'s state changed: " + string.Join("; ", FuzzWorld.Differences(before[role], after[role])));
    }

    /// <summary>"code:x" for our error code x, anything else names what went wrong.</summary>
    private static async Task<string> CallAsync(HubConnection connection, string method, JsonNode?[] args)
    {
        try
        {
            await connection.InvokeCoreAsync(method, typeof(JsonElement), args).WaitAsync(TimeSpan.FromSeconds(60));
            return "SUCCEEDED";
        }
        // The server's message is exactly the code, SignalR's own refusals included (ErrorCodeProtocol): a payload it
        // cannot bind, or a method that does not exist, is bad_request; a method the role may not call, forbidden.
        catch (HubException e) when (KnownCodes.Contains(e.Message)) { return $"code:{e.Message}"; }
        catch (HubException e) { return $"UNKNOWN HUB ERROR: {e.Message}"; }
        catch (TimeoutException) { return "TIMED OUT"; }
        catch (Exception e) { return $"{e.GetType().Name}: {e.Message}"; }
    }

    private static bool Acceptable(string outcome) =>
        outcome.StartsWith("code:", StringComparison.Ordinal) && outcome is not ("code:unavailable" or "code:unauthorized" or "code:forbidden");

    private static string Show(JsonNode?[] args)
    {
        var json = JsonSerializer.Serialize(args);
        return json.Length > 300 ? json[..300] + $"…({json.Length} chars)" : json;
    }

    /// <summary>Invalid argument lists: wrong counts, wrong JSON types, and per method, well-typed values that break a rule.</summary>
    private sealed class Payloads(FuzzWorld world, Random r)
    {
        public JsonNode?[] For(MethodInfo method)
        {
            for (var attempt = 0; ; attempt++)
            {
                var args = Generate(method);
                if (JsonSerializer.Serialize(args).Length <= MaxArgumentChars) return args;
                if (attempt > 20) return [.. method.GetParameters().Select(p => WrongType(p.ParameterType, shallow: true)), JsonValue.Create(1)];
            }
        }

        private JsonNode?[] Generate(MethodInfo method)
        {
            var parameters = method.GetParameters();
            var semantic = Semantic(method.Name);
            var pick = r.Next(semantic is null ? 2 : 5);
            if (pick >= 2) return semantic!();
            if (pick == 0 || parameters.Length == 0) return WrongCount(parameters);
            // one argument of the wrong JSON type, the others plausible
            var wrong = r.Next(parameters.Length);
            return parameters.Select((p, i) => i == wrong ? WrongType(p.ParameterType) : Plausible(p.ParameterType)).ToArray();
        }

        private JsonNode?[] WrongCount(ParameterInfo[] parameters)
        {
            var count = parameters.Length == 0 || r.Next(2) == 0
                ? parameters.Length + r.Next(1, 4)
                : r.Next(parameters.Length);
            return Enumerable.Range(0, count).Select(i => i < parameters.Length && r.Next(2) == 0 ? Plausible(parameters[i].ParameterType) : Hostile.Any(r)).ToArray();
        }

        /// <summary>A value that cannot bind to the type. Never null for reference types: a null string can be valid.</summary>
        private JsonNode? WrongType(Type type, bool shallow = false)
        {
            var nullable = Nullable.GetUnderlyingType(type) is not null;
            var t = Nullable.GetUnderlyingType(type) ?? type;
            JsonNode? Obj() => new JsonObject { ["pollId"] = Hostile.String(r), ["x"] = shallow ? null : Hostile.Any(r) };
            JsonNode? Arr() => shallow ? new JsonArray() : new JsonArray(Hostile.Any(r), Hostile.Any(r));
            JsonNode? Deep() => shallow ? new JsonArray(new JsonArray()) : Hostile.Deep(r, r.Next(2, 45));
            if (t == typeof(string))
                return r.Next(5) switch { 0 => JsonValue.Create(Hostile.Number(r)), 1 => JsonValue.Create(r.Next(2) == 0), 2 => Arr(), 3 => Obj(), _ => Deep() };
            if (t == typeof(bool))
                // null binds to a bool? (absent: the default), so it is wrong only for a plain bool.
                return r.Next(nullable ? 5 : 6) switch { 0 => JsonValue.Create(Hostile.Pick(r, "true", "false", "1", "yes", "")), 1 => JsonValue.Create(r.Next(-1, 3)), 2 => Arr(), 3 => Obj(), 4 => Deep(), _ => null };
            if (t == typeof(int))
            {
                var n = r.Next(nullable ? 7 : 8);
                return n switch
                {
                    0 => JsonValue.Create(Hostile.Pick(r, "1", "0", "-1", "NaN", "Infinity", "1e3", "")),
                    1 => JsonValue.Create(r.Next(2) == 0),
                    2 => Arr(),
                    3 => Obj(),
                    4 => Deep(),
                    5 => JsonValue.Create(r.Next() + 0.5),
                    6 => JsonNode.Parse(Hostile.Pick(r, "2147483648", "-2147483649", "1e308", "-1e308", "1.5", "99999999999999999999", "4.9e-324")),
                    _ => null,
                };
            }
            if (t == typeof(long))
            {
                // null binds to a long? (absent), so it is wrong only for a plain long.
                var n = r.Next(nullable ? 5 : 6);
                return n switch
                {
                    0 => JsonValue.Create(Hostile.Pick(r, "1", "0", "NaN", "")),
                    1 => JsonValue.Create(r.Next(2) == 0),
                    2 => Arr(),
                    3 => Obj(),
                    4 => JsonNode.Parse(Hostile.Pick(r, "9223372036854775808", "1e308", "1.5", "99999999999999999999999")),
                    _ => null,
                };
            }
            if (Element(t) is { } element)
            {
                return r.Next(5) switch
                {
                    0 => Obj(),
                    1 => JsonValue.Create(Hostile.String(r)),
                    2 => JsonValue.Create(r.Next()),
                    // a list with one element of the wrong type among plausible ones
                    _ => new JsonArray(Enumerable.Range(0, r.Next(0, 6)).Select(_ => Plausible(element))
                        .Append(WrongType(element, shallow)).OrderBy(_ => r.Next()).ToArray()),
                };
            }
            // a record: not an object at all, or an object with one property of the wrong type
            var properties = Properties(t);
            if (r.Next(3) == 0 || properties.Length == 0)
                return r.Next(4) switch { 0 => JsonValue.Create(Hostile.String(r)), 1 => JsonValue.Create(r.Next()), 2 => JsonValue.Create(true), _ => Arr() };
            var bad = r.Next(properties.Length);
            var obj = new JsonObject();
            for (var i = 0; i < properties.Length; i++)
                obj[Camel(properties[i].Name!)] = i == bad ? WrongType(properties[i].ParameterType, shallow) : Plausible(properties[i].ParameterType);
            return obj;
        }

        /// <summary>A value of the right JSON type, hostile in content.</summary>
        private JsonNode? Plausible(Type type)
        {
            var t = Nullable.GetUnderlyingType(type) ?? type;
            if (t == typeof(string)) return r.Next(8) == 0 ? null : JsonValue.Create(Hostile.String(r, world.RealIds));
            if (t == typeof(bool)) return JsonValue.Create(r.Next(2) == 0);
            if (t == typeof(int)) return JsonValue.Create(Hostile.Pick(r, 0, -1, 1, 2, 51, 10_001, int.MaxValue, int.MinValue, r.Next(int.MinValue, int.MaxValue)));
            if (t == typeof(long)) return JsonValue.Create(Hostile.Pick(r, 0L, -1L, 1L, 120_001L, long.MaxValue, long.MinValue, r.NextInt64()));
            if (Element(t) is { } element) return new JsonArray(Enumerable.Range(0, r.Next(0, 4)).Select(_ => Plausible(element)).ToArray());
            var obj = new JsonObject();
            foreach (var p in Properties(t)) obj[Camel(p.Name!)] = Plausible(p.ParameterType);
            return obj;
        }

        private static Type? Element(Type t) =>
            t.IsArray ? t.GetElementType() :
            t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? t.GetGenericArguments()[0] : null;

        private static ParameterInfo[] Properties(Type record) =>
            record.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();

        private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

        // ---- well-typed values that break a rule (never a real id, never a valid combination) ----

        private JsonNode? S(string? s) => s is null ? null : JsonValue.Create(s);
        private JsonNode? N(int n) => JsonValue.Create(n);
        private JsonNode? B() => JsonValue.Create(r.Next(2) == 0);
        private JsonNode? Any() => Plausible(typeof(string));
        private JsonArray Ids(Func<JsonNode?> one, int min = 0, int max = 5) => new JsonArray(Enumerable.Range(0, r.Next(min, max)).Select(_ => one()).ToArray());

        /// <summary>A hostile string that is not any real id (null sometimes).</summary>
        private JsonNode? Unknown() => r.Next(6) switch
        {
            0 => null,
            1 => S(Hostile.Pick(r, "p", "q", "c", "a", "t", "d:") + r.Next(3, 100_000)),
            _ => S(Hostile.String(r, world.RealIds)),
        };

        private string Real(char prefix) => world.RealIds.Where(id => id.Length > 1 && id[0] == prefix && char.IsAsciiDigit(id[1])).OrderBy(id => id).First();
        private JsonNode? BadOpId() => S(Hostile.Pick(r, "", " ", "\t\n", new string('o', 65 + r.Next(500)), new string('\u3000', 3))) ?? null;
        private JsonNode? OpIdOrBad(bool bad) => bad ? r.Next(6) == 0 ? null : BadOpId() : S($"op-{r.Next()}");
        private JsonNode? TooLong(int max) => S(Hostile.Over(r, max));
        private JsonNode? Empty() => S(Hostile.Only(r, r.Next(0, 50)));
        private JsonNode? EmptyOrTooLong(int max) => r.Next(2) == 0 ? Empty() : TooLong(max);

        private Func<JsonNode?[]>? Semantic(string method) => method switch
        {
            "CreatePoll" => () => [BadDraft()],
            "OpenPoll" or "ClosePoll" or "ResetPoll" => () => [Unknown()],
            "SetPollSettings" => () => [Unknown(), Plausible(typeof(Live.Contracts.PollSettings))],
            "ShowOnScreen" => () => [Unknown() ?? S("p0")],
            "SetScreen" => () => [r.Next(2) == 0
                ? new JsonObject { ["view"] = S(Hostile.String(r)), ["pollId"] = Unknown() }
                : new JsonObject { ["view"] = "poll", ["pollId"] = Unknown() }],
            "Vote" => () => [BadVote()],
            "AskQuestion" => () => r.Next(3) switch
            {
                0 => [new JsonObject { ["text"] = EmptyOrTooLong(300), ["anonymous"] = B(), ["opId"] = OpIdOrBad(r.Next(2) == 0) }],
                1 => [new JsonObject { ["text"] = S(world.QuestionText), ["anonymous"] = false, ["opId"] = OpIdOrBad(r.Next(2) == 0) }], // duplicate
                _ => [new JsonObject { ["text"] = Any(), ["anonymous"] = B(), ["opId"] = OpIdOrBad(true) }],
            },
            "Upvote" => () => r.Next(2) == 0
                ? [new JsonObject { ["questionId"] = Unknown(), ["up"] = B(), ["opId"] = OpIdOrBad(r.Next(2) == 0) }]
                : [new JsonObject { ["questionId"] = S(Real('q')), ["up"] = B(), ["opId"] = OpIdOrBad(true) }],
            "SendComment" => () => r.Next(2) == 0
                ? [new JsonObject { ["text"] = EmptyOrTooLong(60), ["opId"] = OpIdOrBad(r.Next(2) == 0) }]
                : [new JsonObject { ["text"] = Any(), ["opId"] = OpIdOrBad(true) }],
            "React" => () => r.Next(2) == 0
                ? [new JsonObject { ["emoji"] = Unknown(), ["count"] = N(r.Next(-5, 60)) }]
                : [new JsonObject { ["emoji"] = S(world.ReactionSet[r.Next(world.ReactionSet.Count)]), ["count"] = N(Hostile.Pick(r, 0, -1, 51, 1000, int.MaxValue, int.MinValue)) }],
            "MoveQuestions" => () => r.Next(3) switch
            {
                0 => [new JsonObject { ["questionIds"] = Ids(() => S(Real('q')), 1), ["to"] = S(Hostile.String(r)) }],
                1 => [new JsonObject { ["questionIds"] = Ids(Unknown, 1).Also(a => a.Add(Unknown() ?? S("q0"))), ["to"] = S(Hostile.Pick(r, "pending", "live", "answering", "answered", "dismissed")) }],
                _ => [new JsonObject { ["questionIds"] = r.Next(2) == 0 ? new JsonArray() : Ids(() => S(Real('q')), 201, 260), ["to"] = S("live") }],
            },
            "StarQuestion" => () => [Unknown(), B()],
            "EditQuestion" => () => r.Next(2) == 0 ? [Unknown(), Any()] : [S(Real('q')), EmptyOrTooLong(300)],
            "BanDevice" => () => r.Next(2) == 0
                ? [new JsonObject { ["deviceId"] = S(Hostile.Pick(r, null, "", " ", "\t\r\n", "\u3000")), ["reason"] = Any() }]
                : [new JsonObject { ["deviceId"] = Any(), ["reason"] = TooLong(200) }],
            "SetBlocklist" => () => r.Next(2) == 0
                ? [new JsonArray(Enumerable.Range(0, 501 + r.Next(300)).Select(i => S($"w{i}")).ToArray())]
                : [Ids(Any).Also(a => a.Add(TooLong(40)))],
            "ModerateComments" => () => r.Next(3) switch
            {
                0 => [new JsonObject { ["commentIds"] = null, ["approve"] = B() }],
                1 => [new JsonObject { ["commentIds"] = Ids(Unknown, 1).Also(a => a.Add(S(Real('c')))), ["approve"] = B() }],
                _ => [new JsonObject { ["commentIds"] = Ids(() => S($"c{r.Next()}"), 201, 260), ["approve"] = B() }],
            },
            "SetReactionSet" => () => r.Next(3) switch
            {
                0 => [new JsonArray()],
                1 => [new JsonArray(Enumerable.Range(0, 9 + r.Next(5)).Select(i => S(char.ConvertFromUtf32(0x1F600 + i))).ToArray())],
                _ => [Ids(() => S("👍"), 0, 3).Also(a => a.Add(S(Hostile.Pick(r, "a", "ab", "👍👍", "", " ", "1", "\u0001", "e\u0301", "年", "🎉x", Hostile.String(r)))))],
            },
            "CheckIn" => () => [BadCheckIn()],
            "SearchRoster" => () => [new JsonObject { ["query"] = TooLong(64), ["limit"] = r.Next(2) == 0 ? null : N(r.Next(-100, 100)) }],
            "StaffCheckIn" or "UndoCheckIn" => () => [Unknown()],
            "SaveTier" => () => [BadTier()],
            "ArmRound" => () => r.Next(2) == 0
                ? [new JsonObject { ["tierId"] = Unknown(), ["count"] = N(r.Next(-3, 5)), ["replaces"] = Unknown() }]
                : [new JsonObject { ["tierId"] = S(Real('t')), ["count"] = N(Hostile.Pick(r, 0, -1, 2, 10_001, int.MaxValue, int.MinValue)), ["replaces"] = null }],
            "DrawRound" or "RevealRound" => () => [N(Hostile.Pick(r, 0, 1, -1, 2, int.MaxValue, int.MinValue, r.Next(int.MinValue, int.MaxValue)))],
            "MarkAbsent" => () => [new JsonObject { ["round"] = N(r.Next(-2, 5)), ["entrantId"] = Unknown() }],
            _ => null,
        };

        private JsonNode BadDraft()
        {
            var options = new JsonArray(Enumerable.Range(0, r.Next(2, 5)).Select(i => S($"Option {i}")).ToArray());
            var draft = new JsonObject
            {
                ["question"] = "Which one?", ["kind"] = Hostile.Pick(r, "single", "multiple"), ["options"] = options,
                ["maxSelections"] = null, ["allowVoteChange"] = B(), ["showResultsToAttendees"] = B(),
            };
            switch (r.Next(7))
            {
                case 0: draft["question"] = EmptyOrTooLong(200); break;
                case 1: draft["kind"] = S(Hostile.String(r)); break;
                case 2: draft["options"] = Ids(() => S($"o{r.Next()}"), 0, 2); break;
                case 3: draft["options"] = Ids(() => S($"o{r.Next()}"), 13, 40); break;
                case 4: options.Add(r.Next(3) == 0 ? null : EmptyOrTooLong(80)); break;
                case 5: options.Add(S("Option 0")); break;
                default: draft["kind"] = "multiple"; draft["maxSelections"] = N(Hostile.Pick(r, 0, -1, options.Count + 1, int.MaxValue, int.MinValue)); break;
            }
            return draft;
        }

        private JsonNode BadVote()
        {
            var pollId = S(Real('p'));
            var optionIds = new JsonArray(N(0));
            var opId = S($"op-{r.Next()}");
            switch (r.Next(4))
            {
                case 0: pollId = Unknown(); optionIds = Ids(() => N(r.Next(-1, 4))); break;
                case 1: optionIds = Hostile.Pick(r, 0, 1, 2) switch
                {
                    0 => new JsonArray(),
                    1 => new JsonArray(N(Hostile.Pick(r, -1, 3, 12, int.MaxValue, int.MinValue))),
                    _ => new JsonArray(N(0), N(0)),
                }; break;
                case 2: optionIds = new JsonArray(N(0), N(1)); break; // a single-choice poll
                default: opId = OpIdOrBad(true); break;
            }
            if (r.Next(4) == 0) optionIds = null; // no selection at all
            return new JsonObject { ["pollId"] = pollId, ["optionIds"] = optionIds, ["opId"] = opId };
        }

        private JsonNode BadCheckIn()
        {
            string Digits(int n) { string s; do s = string.Concat(Enumerable.Range(0, n).Select(_ => (char)('0' + r.Next(10)))); while (world.RosterPhones.Contains(s)); return s; }
            return r.Next(5) switch
            {
                0 => new JsonObject { ["phone"] = S(Hostile.Pick(r, Digits(r.Next(1, 5)), Digits(r.Next(21, 40)), "abcdefg", "+86-", Hostile.String(r))), ["opId"] = OpIdOrBad(false) },
                1 => new JsonObject { ["phone"] = S(Digits(r.Next(5, 21))), ["walkIn"] = false, ["opId"] = OpIdOrBad(r.Next(3) == 0) },
                2 => new JsonObject { ["name"] = S(Hostile.String(r, world.RosterNames.ToHashSet())), ["last4"] = S(Hostile.Pick(r, Digits(4), "12", "abcd", "")), ["opId"] = OpIdOrBad(false) },
                3 => new JsonObject { ["name"] = S(world.RosterNames[r.Next(world.RosterNames.Count)]), ["last4"] = S(Digits(4) is var d && world.RosterPhones.Any(p => p.EndsWith(d)) ? "0000" : d), ["opId"] = OpIdOrBad(false) },
                // walk-ins are closed in this session
                _ => new JsonObject { ["name"] = S(Hostile.String(r, world.RosterNames.ToHashSet())), ["phone"] = r.Next(2) == 0 ? null : S(Digits(11)), ["company"] = r.Next(2) == 0 ? null : S(Hostile.String(r)), ["walkIn"] = true, ["opId"] = OpIdOrBad(r.Next(4) == 0) },
            };
        }

        private JsonNode BadTier()
        {
            var eligibility = new JsonObject { ["source"] = Hostile.Pick(r, "checkedIn", "joined", "online"), ["pollId"] = null, ["categories"] = new JsonArray(), ["include"] = new JsonArray(), ["exclude"] = new JsonArray() };
            var tier = new JsonObject { ["id"] = null, ["name"] = "二等奖", ["count"] = N(r.Next(1, 20)), ["order"] = N(r.Next()), ["image"] = null, ["eligibility"] = eligibility };
            switch (r.Next(8))
            {
                case 0: tier["id"] = Unknown() ?? S("t0"); break;
                case 1: tier["name"] = EmptyOrTooLong(40); break;
                case 2: tier["count"] = N(Hostile.Pick(r, 0, -1, 10_001, int.MaxValue, int.MinValue)); break;
                case 3: tier["image"] = TooLong(500); break;
                case 4: tier["eligibility"] = null; break;
                case 5: eligibility["source"] = S(Hostile.String(r)); break;
                case 6: eligibility["source"] = "votedInPoll"; eligibility["pollId"] = S(Hostile.Pick(r, null, "", " ", "\t")); break;
                default: eligibility[Hostile.Pick(r, "categories", "include", "exclude")] = new JsonArray(Enumerable.Range(0, 2001 + r.Next(100)).Select(i => S($"x{i}")).ToArray()); break;
            }
            return tier;
        }
    }
}

internal static class JsonNodeFluent
{
    public static T Also<T>(this T node, Action<T> change) { change(node); return node; }
}
