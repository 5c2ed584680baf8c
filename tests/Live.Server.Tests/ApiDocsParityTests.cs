using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Live.Domain.Common;
using Live.Server.Apis;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Live.Server.Tests;

/// <summary>
/// docs/API.md is what an integrator writes a client from: every code its error table lists must be one the server
/// can raise, every code the server can raise must be listed, and the REST status it gives each code must be the one
/// the server answers with. Beside Live.Domain.Tests' ErrorCodesParityTests, which checks the front ends' list.
/// </summary>
public sealed partial class ApiDocsParityTests
{
    private static readonly HashSet<string> ServerCodes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Every_documented_code_is_raised_by_the_server_and_every_code_is_documented()
    {
        var documented = ErrorTableCodes(ApiDoc());
        Assert.True(documented.Count > 50, $"found only {documented.Count} codes in docs/API.md's error table");
        Assert.Empty(documented.Except(ServerCodes));  // a code a client would wait for in vain
        Assert.Empty(ServerCodes.Except(documented));  // a code a client would meet without knowing it
    }

    [Fact]
    public void The_documented_REST_status_of_every_code_is_the_one_the_server_answers_with()
    {
        var doc = ApiDoc();
        var statuses = StatusTable(doc);
        Assert.True(statuses.ContainsKey(400) && statuses.Count >= 6, "docs/API.md's status table was not found");
        var listed = statuses.Where(s => s.Key != 400).SelectMany(s => s.Value.Select(code => (Code: code, Status: s.Key))).ToList();
        var wrong = listed.Where(x => !ServerCodes.Contains(x.Code) || ProblemMapping.StatusFor(x.Code) != x.Status)
            .Select(x => $"{x.Code}: documented {x.Status}, server {(ServerCodes.Contains(x.Code) ? ProblemMapping.StatusFor(x.Code) : "no such code")}")
            .Concat(ErrorTableCodes(doc).Except(listed.Select(x => x.Code)).Where(code => ProblemMapping.StatusFor(code) != 400)
                .Select(code => $"{code}: documented 400 (every other code), server {ProblemMapping.StatusFor(code)}"))
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_documented_problem_has_the_fields_and_title_the_server_sends()
    {
        var example = JsonDocument.Parse(ProblemExample(ApiDoc())).RootElement;
        await using var server = new LiveServer();
        var response = await server.Http.GetAsync("/api/sessions/999999");
        var actual = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(Names(example), Names(actual));
        foreach (var field in new[] { "type", "title", "code" })
            Assert.Equal(example.GetProperty(field).GetString(), actual.GetProperty(field).GetString());
        Assert.Equal(example.GetProperty("status").GetInt32(), (int)response.StatusCode);
        // traceparent: version, trace id, span id, flags (the flags byte varies: 02 marks a random trace id, set once OpenTelemetry listens).
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$", actual.GetProperty("traceId").GetString());
        // The framework's own refusals keep their status and say bad_request (docs/API.md, "Errors").
        var noRoute = await server.Http.GetAsync("/api/sessions/123456/no-such-thing");
        Assert.Equal((HttpStatusCode.NotFound, "bad_request"), (noRoute.StatusCode, await CodeOf(noRoute)));
        var wrongMethod = await server.Http.PutAsync("/api/sessions/123456", null);
        Assert.Equal((HttpStatusCode.MethodNotAllowed, "bad_request"), (wrongMethod.StatusCode, await CodeOf(wrongMethod)));
    }

    [Fact]
    public async Task Every_REST_endpoint_has_its_section_and_every_section_an_endpoint()
    {
        await using var server = new LiveServer();
        var served = server.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api", StringComparison.Ordinal) || raw == "/healthz"))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(verb => $"{verb} {RouteConstraint().Replace(e.RoutePattern.RawText!.TrimEnd('/'), "{$1}")}"))
            .ToHashSet(StringComparer.Ordinal);
        // /metrics is a middleware branch (the Prometheus exporter's), not a routed endpoint; MetricsTests prove it answers
        served.Add($"GET {Hosting.MetricsHosting.Path}");
        var documented = EndpointHeading().Matches(Section(ApiDoc(), "## REST endpoints")).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.True(served.Count >= 10, $"expected the REST endpoints, found {served.Count}");
        Assert.Empty(served.Except(documented));  // an endpoint an integrator cannot find
        Assert.Empty(documented.Except(served));  // a section for an endpoint that is not there
    }

    [Fact]
    public void Every_hub_method_is_documented_with_the_roles_that_may_call_it()
    {
        var everyone = Security.Roles.Everyone.Split(',').Order(StringComparer.Ordinal).ToArray();
        string RolesOf(IEnumerable<string> roles)
        {
            var sorted = roles.Order(StringComparer.Ordinal).ToArray();
            return sorted.SequenceEqual(everyone) ? "any" : string.Join(", ", sorted);
        }
        var hub = typeof(Hubs.LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<Security.HubRolesAttribute>() is not null)
            .Select(m => $"{m.Name}: {RolesOf(m.GetCustomAttribute<Security.HubRolesAttribute>()!.Names)}");
        var documented = TableRows(Section(ApiDoc(), "### Methods"), "| method | role | arguments | returns |")
            .Select(cells => $"{Regex.Match(cells[0], "`([A-Za-z]+)\\(").Groups[1].Value}: {RolesOf(cells[1] == "any" ? everyone : cells[1].Split(',', StringSplitOptions.TrimEntries))}");
        var (h, d) = (hub.ToHashSet(), documented.ToHashSet());
        var differences = h.Except(d).Select(x => $"hub: {x}").Concat(d.Except(h).Select(x => $"docs/API.md: {x}")).ToList();
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();

    private static string[] Names(JsonElement e) => e.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>The codes in the first cell of each row of the table under "## Error codes" (a cell may hold several, "a / b").</summary>
    public static HashSet<string> ErrorTableCodes(string doc) =>
        TableRows(Section(doc, "## Error codes"), "| code | meaning |")
            .SelectMany(cells => Code().Matches(cells[0]).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The REST status table in "### Errors": status → the codes listed for it.</summary>
    public static Dictionary<int, string[]> StatusTable(string doc) =>
        TableRows(Section(doc, "### Errors"), "| status | codes |")
            .ToDictionary(cells => int.Parse(cells[0]), cells => Code().Matches(cells[1]).Select(m => m.Groups[1].Value).ToArray());

    private static string ProblemExample(string doc)
    {
        var errors = Section(doc, "### Errors");
        var start = errors.IndexOf("```json", StringComparison.Ordinal) + "```json".Length;
        return errors[start..errors.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>The text from <paramref name="heading"/> to the next heading of the same or a higher level.</summary>
    private static string Section(string doc, string heading)
    {
        var start = doc.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/API.md has no heading '{heading}'");
        var level = heading.TakeWhile(c => c == '#').Count();
        var next = Regex.Match(doc[(start + heading.Length + 2)..], $"^#{{1,{level}}} ", RegexOptions.Multiline);
        return next.Success ? doc.Substring(start, heading.Length + 2 + next.Index) : doc[start..];
    }

    /// <summary>The body rows of the table whose header row is <paramref name="header"/>, as trimmed cells.</summary>
    private static IEnumerable<string[]> TableRows(string section, string header)
    {
        var lines = section.Split('\n');
        var at = Array.FindIndex(lines, l => l.Trim() == header);
        Assert.True(at >= 0, $"no table '{header}'");
        foreach (var line in lines.Skip(at + 2).TakeWhile(l => l.TrimStart().StartsWith('|')))
            yield return line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }

    private static string ApiDoc()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return File.ReadAllText(Path.Combine(dir.FullName, "docs", "API.md")).ReplaceLineEndings("\n");
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\{([a-zA-Z]+):[^}]+\}")]
    private static partial Regex RouteConstraint();

    [GeneratedRegex(@"^### `([A-Z]+ /[^`]*)`", RegexOptions.Multiline)]
    private static partial Regex EndpointHeading();

    [GeneratedRegex("`([a-z][a-z0-9_]*)`")]
    private static partial Regex Code();
}
