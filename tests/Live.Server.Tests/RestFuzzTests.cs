using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Live.Server.Tests;

/// <summary>
/// Every REST endpoint (read from the app's EndpointDataSource, so a new one is covered without anyone remembering)
/// gets hostile path segments, malformed, mistyped, oversized and wrongly labelled bodies, and methods it does not
/// take, all sent as raw HTTP/1.1 so nothing on the client side tidies the request up. Every answer must be a 4xx
/// ProblemDetails with a `code`; the server stays up and nothing is stored.
/// </summary>
public sealed class RestFuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerEndpoint = 300;
    private FuzzWorld _world = null!;

    public async Task InitializeAsync() => _world = await FuzzWorld.CreateAsync();
    public async Task DisposeAsync() => await _world.DisposeAsync();

    private sealed record Endpoint(string Verb, string Pattern)
    {
        public override string ToString() => $"{Verb} {Pattern}";
    }

    private sealed record Request(string Method, string Target, string? ContentType, byte[] Body, bool Host = true)
    {
        public override string ToString() =>
            $"{Method} {Cut(Target)} [{ContentType ?? "no type"}, {Body.Length} B: {Cut(Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 200)))}]";
        private static string Cut(string s) => s.Length > 160 ? s[..160] + "…" : s;
    }

    [Fact(Timeout = 300_000)]
    public async Task Every_endpoint_refuses_malformed_requests_with_a_problem_and_changes_nothing()
    {
        var clock = Stopwatch.StartNew();
        var endpoints = _world.Server.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(v => new Endpoint(v, e.RoutePattern.RawText!.TrimEnd('/'))))
            .Distinct().OrderBy(e => e.ToString(), StringComparer.Ordinal).ToList();
        Assert.True(endpoints.Count >= 9, $"expected the REST endpoints, found {endpoints.Count}");

        var host = await _world.Connect(_world.Session.HostKey);
        var screen = await _world.Connect(_world.Session.ScreenKey);
        var witness = await _world.Connect(_world.Witness.AttendeeToken);
        var fuzzer = await _world.Connect(_world.Fuzzer.AttendeeToken);
        var before = await _world.SnapshotAsync(host, screen, witness, fuzzer);
        var stored = _world.StorageFingerprint();

        var requests = new List<(string Label, Request Request)>();
        foreach (var endpoint in endpoints)
        {
            var random = new Random(Hostile.Seed(endpoint.ToString()));
            var verbs = endpoints.Where(e => e.Pattern == endpoint.Pattern).Select(e => e.Verb).ToHashSet();
            for (var i = 0; i < PerEndpoint; i++) requests.Add((endpoint.ToString(), Generate(endpoint, verbs, random, i)));
        }
        var unrouted = new Random(Hostile.Seed("unrouted"));
        for (var i = 0; i < 200; i++) requests.Add(("(no endpoint)", Unrouted(unrouted)));

        var outcomes = new ConcurrentDictionary<(string Label, string Outcome), int>();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (item, _) =>
        {
            var (status, type, body) = await SendAsync(item.Request);
            var code = CodeOf(body);
            var outcome = $"{status} {code ?? "(no code)"}";
            var problem = type?.StartsWith("application/problem+json", StringComparison.Ordinal) == true;
            if (KestrelRefuses(item.Request) && status is 400 or 414 && body.Length == 0) outcome = $"{status} (Kestrel, before the app)";
            else if (status is < 400 or > 499 || code is null || !problem)
                failures.Enqueue($"{item.Label}: {item.Request} → {status} {type} {(body.Length > 200 ? body[..200] : body)}");
            outcomes.AddOrUpdate((item.Label, outcome), 1, (_, n) => n + 1);
        });

        foreach (var group in outcomes.GroupBy(o => o.Key.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
            output.WriteLine($"{group.Key}: " + string.Join(", ", group.OrderByDescending(o => o.Value).Select(o => $"{o.Key.Outcome} ×{o.Value}")));
        output.WriteLine($"{requests.Count} requests to {endpoints.Count} endpoints in {clock.Elapsed.TotalSeconds:F1} s");

        foreach (var e in _world.Log.UnhandledErrors().Take(10)) output.WriteLine($"server log: {e}");
        Assert.True(failures.IsEmpty, $"{failures.Count} requests were not refused with a 4xx problem, e.g.:\n" +
            string.Join("\n", failures.GroupBy(f => f[..f.IndexOf(": ", StringComparison.Ordinal)]).SelectMany(g => g.Take(4))));
        Assert.Empty(_world.Log.UnhandledErrors());
        await _world.AssertServerIsUpAsync();
        var after = await _world.SnapshotAsync(host, screen, witness, fuzzer);
        foreach (var role in before.Keys)
            Assert.True(before[role] == after[role], $"{role}'s state changed: " + string.Join("; ", FuzzWorld.Differences(before[role], after[role])));
        Assert.Equal(stored, _world.StorageFingerprint());
    }

    [Theory]
    [InlineData("multipart/form-data", "name,phone\nA,13900000000\n")]                  // no boundary
    [InlineData("multipart/form-data; boundary=xyz", "{\"k0\":true}")]                  // no parts at all
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nname\nA\r\n--xy")] // cut short
    public async Task A_malformed_multipart_roster_upload_is_an_unsupported_file(string contentType, string body)
    {
        // ReadFormAsync throws on these; that is the caller's bad file (400), not an outage (503) with an error logged.
        var response = await SendAsync(new Request("POST", $"/api/sessions/{_world.Session.Code}/roster", contentType, Encoding.UTF8.GetBytes(body)));
        Assert.Equal((400, "unsupported_file"), (response.Status, CodeOf(response.Body)));
        Assert.Empty(_world.Log.UnhandledErrors());
    }

    /// <summary>
    /// Requests Kestrel itself refuses while parsing, before any middleware runs, with an empty 400 or 414 (the request
    /// line over its 8 KB limit, a raw space or control character in the target, an encoded NUL in the path). The app
    /// cannot add a body to those; the test still requires the 4xx and that nothing behind them changed.
    /// </summary>
    private static bool KestrelRefuses(Request request)
    {
        var path = request.Target.Split('?')[0];
        return Encoding.UTF8.GetByteCount($"{request.Method} {request.Target} HTTP/1.1") > 8190
            || request.Target.Any(c => c <= ' ' || c == '\u007f')
            || path.Contains("%00", StringComparison.Ordinal);
    }

    private static readonly string[] Verbs = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FOO"];

    private static readonly string[] ContentTypes =
    [
        "application/json", "application/json; charset=utf-8", "application/json; charset=gb2312", "text/plain", "text/csv", "application/xml",
        "multipart/form-data", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded", "application/octet-stream", "*/*", "json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "",
    ];

    private Request Generate(Endpoint endpoint, HashSet<string> verbs, Random r, int i)
    {
        var code = _world.Session.Code;
        var hasBody = endpoint.Verb is "POST" or "PUT" or "PATCH";
        switch (i % 4)
        {
            case 0 when endpoint.Pattern.Contains('{'): // a hostile path segment in a route parameter
            {
                var target = Fill(endpoint.Pattern, r, hostile: true);
                return new Request(endpoint.Verb, target, hasBody ? "application/json" : null, hasBody ? Plausible(endpoint, r) : []);
            }
            case 0 or 1: // a method this path does not take
            {
                var verb = Verbs.Where(v => !verbs.Contains(v)).OrderBy(_ => r.Next()).First();
                return new Request(verb, Fill(endpoint.Pattern, r, hostile: r.Next(2) == 0), r.Next(2) == 0 ? "application/json" : null, r.Next(2) == 0 ? Plausible(endpoint, r) : []);
            }
            default: // a body that breaks a rule, of the wrong type, malformed or oversized (GETs get one too: it must be ignored or refused)
            {
                if (!hasBody) return new Request(endpoint.Verb, Fill(endpoint.Pattern, r, hostile: true), Hostile.Pick(r, ContentTypes), Body(endpoint, r));
                return new Request(endpoint.Verb, Fill(endpoint.Pattern, r, hostile: false), Hostile.Pick(r, ContentTypes), Body(endpoint, r));
            }
        }
    }

    /// <summary>The route with its parameters filled: this session and a round that does not exist, or hostile segments.</summary>
    private string Fill(string pattern, Random r, bool hostile)
    {
        var segments = pattern.Split('/');
        var holes = segments.Select((s, i) => (s, i)).Where(x => x.s.StartsWith('{')).Select(x => x.i).ToList();
        var spoil = hostile && holes.Count > 0 ? holes[r.Next(holes.Count)] : -1;
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var isCode = segments[i].StartsWith("{code", StringComparison.Ordinal);
            segments[i] = i == spoil ? Segment(r) : isCode ? _world.Session.Code : "7";
        }
        return string.Join('/', segments) + (r.Next(8) == 0 ? "?" + Hostile.Pick(r, "access_token=x", "code=1&code=2", "%00", "a=" + new string('b', 5000)) : "");
    }

    private string Segment(Random r)
    {
        string s;
        do
        {
            s = r.Next(10) switch
            {
                0 => Hostile.Pick(r, "..", ".", "%2e%2e", "%2E%2E%2F%2E%2E", "..%2f..%2fetc%2fpasswd", "%00", "%2500", "%ff%fe", "%c0%af", "%", "%zz", ";", "%3B", "~"),
                1 => new string('9', r.Next(7, 9000)),
                2 => r.Next(0, 1_000_000).ToString("D6"),
                3 => Hostile.Pick(r, "-1", "0", "2147483648", "-2147483649", "1e3", "0x10", "+1", " 1", "1.0", "٣", "１２３４５６"),
                4 => Uri.EscapeDataString(Hostile.String(r)) is { Length: > 0 } e ? e : "%20",
                5 => Uri.EscapeDataString(Hostile.Long(r, r.Next(1, 2000))),
                6 => "%E2%80%AE" + r.Next(100000, 999999) + "%E2%80%8B",
                7 => string.Concat(Enumerable.Range(0, r.Next(1, 30)).Select(_ => $"%{r.Next(256):X2}")),
                8 => Hostile.Pick(r, "482913%2F..", "482913%00", "482913%20", "%20482913", "482913.json", "482913;x=1", "０００００１"),
                _ => new string('a', r.Next(1, 3000)),
            };
        } while (s == _world.Session.Code || s.Length == 0);
        return s;
    }

    /// <summary>A well-typed body the endpoint would take (used where the path, not the body, is what is wrong).</summary>
    private byte[] Plausible(Endpoint endpoint, Random r) => Encoding.UTF8.GetBytes(endpoint.Pattern switch
    {
        "/api/sessions" => """{"title":"Fuzzed"}""",
        var p when p.EndsWith("/join", StringComparison.Ordinal) => """{"mode":"onsite"}""",
        var p when p.EndsWith("/roster", StringComparison.Ordinal) => "name,phone\nFuzz Person,13900000000\n",
        _ => "{}",
    });

    /// <summary>A body no endpoint can accept: it never carries a valid title, mode or roster.</summary>
    private static byte[] Body(Endpoint endpoint, Random r)
    {
        if (r.Next(40) == 0) return Encoding.UTF8.GetBytes("{\"title\":\"" + new string('x', 6 * 1024 * 1024) + "\"}"); // over the roster's 5 MB too
        if (r.Next(10) == 0) { var bytes = new byte[r.Next(0, 4096)]; r.NextBytes(bytes); return bytes; }
        var roster = endpoint.Pattern.EndsWith("/roster", StringComparison.Ordinal);
        string text = r.Next(9) switch
        {
            0 => Hostile.Pick(r, "", "{", "}", "[", "{\"title\":", "{\"mode\":\"onsite\"", "{'mode':'onsite'}", "{mode:onsite}", "null", "nul", "\"onsite\"",
                "{\"mode\":\"onsite\",}", "{\"mode\":\"onsite\"}{\"mode\":\"online\"}", "\uFEFF{\"title\":\"", "{\"title\":\"\\uD800\"}", "{\"title\":\"\\u0000\"}",
                "{\"title\":\"a\" /* comment */}", "{\"__proto__\":{\"admin\":true}}", "[{\"title\":\"x\"}]", "{\"title\":[\"x\"]}", "{\"title\":{\"$ne\":null}}"),
            1 => JsonSerializer.Serialize(Hostile.Any(r)),
            2 => new JsonObject { ["title"] = Hostile.Pick<JsonNode?>(r, null, Hostile.Only(r, r.Next(0, 40)), Hostile.Over(r, 120), 42, true, new JsonArray()), ["mode"] = Hostile.String(r), ["nickname"] = Hostile.Over(r, 32) }.ToJsonString(),
            3 => new JsonObject { ["mode"] = Hostile.Pick<JsonNode?>(r, null, "", "moon", "ONSITE ", "on site", "\u202Eonsite", 1, false, new JsonObject()), ["nickname"] = Hostile.String(r), ["deviceToken"] = Hostile.String(r) }.ToJsonString(),
            4 => new JsonObject { ["mode"] = Hostile.Pick(r, "onsite", "online"), ["nickname"] = Hostile.Pick<JsonNode?>(r, Hostile.Over(r, 32), 5, new JsonArray(), true) }.ToJsonString(),
            5 => Hostile.Deep(r, r.Next(30, 200)).ToJsonString(new JsonSerializerOptions { MaxDepth = 1000 }),
            6 => "title=Fuzzed&mode=onsite",
            7 => "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nphone,seat\n1,2\r\n--xy",
            _ => string.Join("\n", Enumerable.Range(0, r.Next(1, 50)).Select(_ => string.Join(",", Enumerable.Range(0, r.Next(1, 6)).Select(_ => Hostile.String(r))))),
        };
        // a roster needs a name column: never send one, or the import is valid
        if (roster && (text.Contains("name", StringComparison.OrdinalIgnoreCase) || text.Contains("姓名", StringComparison.Ordinal))) text = "phone,seat\n13900000000,A1\n";
        return Encoding.UTF8.GetBytes(text);
    }

    private Request Unrouted(Random r)
    {
        var code = _world.Session.Code;
        var target = r.Next(4) switch
        {
            0 => $"/api/x/{Segment(r)}", // not "/api/{..}": that is "/", the web app's path, not the API's
            1 => $"/api/sessions/{code}/{Segment(r)}",
            2 => $"/api/sessions/{code}/draw/rounds/{Segment(r)}/proof",
            _ => $"/api/sessions/{code}/{Hostile.Pick(r, "polls", "questions", "hostKey", "roster/..%2fchekins.csv", "join/x", "draw", "draw/rounds", "winners.csv.bak")}",
        };
        return new Request(Hostile.Pick(r, "GET", "POST", "PUT", "DELETE"), target, r.Next(2) == 0 ? "application/json" : null, r.Next(2) == 0 ? "{}"u8.ToArray() : []);
    }

    private static string? CodeOf(string body)
    {
        try { return JsonNode.Parse(body)?["code"]?.GetValue<string>(); }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException) { return null; }
    }

    /// <summary>One raw HTTP/1.1 exchange: the target goes on the wire exactly as written.</summary>
    private async Task<(int Status, string? ContentType, string Body)> SendAsync(Request request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(_world.Server.BaseAddress.Host, _world.Server.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append($"{request.Method} {request.Target} HTTP/1.1\r\nHost: {_world.Server.BaseAddress.Authority}\r\nConnection: close\r\n");
        if (request.Host) head.Append($"Authorization: Bearer {_world.Session.HostKey}\r\n");
        if (request.ContentType is not null) head.Append($"Content-Type: {request.ContentType}\r\n");
        if (request.Body.Length > 0 || request.Method is "POST" or "PUT" or "PATCH") head.Append($"Content-Length: {request.Body.Length}\r\n");
        head.Append("\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()));
        try { await stream.WriteAsync(request.Body); } catch (IOException) { } // the server may answer (413) and close before reading it all
        using var response = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await stream.CopyToAsync(response, timeout.Token);
        return Parse(response.ToArray());
    }

    private static (int Status, string? ContentType, string Body) Parse(byte[] raw)
    {
        var split = raw.AsSpan().IndexOf("\r\n\r\n"u8);
        if (split < 0) return (0, null, Encoding.UTF8.GetString(raw));
        var lines = Encoding.ASCII.GetString(raw, 0, split).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1]);
        string? Header(string name) => lines.Skip(1).Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault();
        var body = raw.AsSpan(split + 4).ToArray();
        if (Header("Transfer-Encoding")?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true)
        {
            var decoded = new MemoryStream();
            var at = 0;
            while (at < body.Length)
            {
                var eol = body.AsSpan(at).IndexOf("\r\n"u8) + at;
                var size = Convert.ToInt32(Encoding.ASCII.GetString(body, at, eol - at).Split(';')[0], 16);
                if (size == 0) break;
                decoded.Write(body, eol + 2, size);
                at = eol + 2 + size + 2;
            }
            body = decoded.ToArray();
        }
        return (status, Header("Content-Type"), Encoding.UTF8.GetString(body));
    }
}
