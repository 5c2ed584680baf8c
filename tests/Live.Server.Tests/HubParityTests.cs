using System.Reflection;
using System.Text.RegularExpressions;
using Live.Contracts;
using Live.Server.Hubs;

namespace Live.Server.Tests;

/// <summary>
/// The front ends call the hub and handle its events through two TypeScript maps (clients/shared/src/realtime):
/// HubMethods in hub-methods.ts and LiveEventPayloads in types.ts. A name only one side knows, or a different number of
/// arguments, fails at run time on the wire ("Method does not exist", an event nobody hears); this test fails first.
/// </summary>
public sealed partial class HubParityTests
{
    private static readonly HashSet<string> NotHubMethods = new(StringComparer.Ordinal)
    {
        nameof(LiveHub.OnConnectedAsync), nameof(LiveHub.OnDisconnectedAsync), nameof(LiveHub.Dispose),
    };

    [Fact]
    public void HubMethods_in_the_client_map_are_the_hubs_public_methods_with_the_same_arguments()
    {
        var hub = typeof(LiveHub).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !NotHubMethods.Contains(m.Name))
            .Select(m => Method(m.Name, m.GetParameters().Length, m.ReturnType == typeof(Task)));
        var map = ReadMap(Path.Combine("clients", "shared", "src", "realtime", "hub-methods.ts"), "HubMethods", MethodLine(),
            m => Method(m.Groups["name"].Value, CountArguments(m.Groups["args"].Value), m.Groups["result"].Value.Trim() == "void"));

        AssertSame("LiveHub", hub, "HubMethods", map);
    }

    [Fact]
    public void Events_in_the_client_map_are_ILiveClients_methods_camelCased_with_the_same_arguments()
    {
        var server = typeof(ILiveClient).GetMethods()
            .Select(m => $"{char.ToLowerInvariant(m.Name[0])}{m.Name[1..]}({m.GetParameters().Length})");
        var map = ReadMap(Path.Combine("clients", "shared", "src", "realtime", "types.ts"), "LiveEventPayloads", EventLine(),
            m => $"{m.Groups["name"].Value}({(m.Groups["payload"].Value.Trim() == "undefined" ? 0 : 1)})");

        AssertSame("ILiveClient", server, "LiveEventPayloads", map);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("pollId: string", 1)]
    [InlineData("pollId: string, settings: PollSettings", 2)]
    [InlineData("request: Record<string, number>, map: { a: [x: number, y: number] }", 2)]
    public void Argument_tuples_are_counted_at_their_top_level(string tuple, int expected) =>
        Assert.Equal(expected, CountArguments(tuple));

    private static string Method(string name, int arguments, bool answersNothing) =>
        $"{name}({arguments}) → {(answersNothing ? "void" : "an answer")}";

    /// <summary>Lists every difference at once, e.g. "only in HubMethods: StarQuestion(1) → an answer".</summary>
    private static void AssertSame(string serverName, IEnumerable<string> server, string clientName, IEnumerable<string> client)
    {
        var s = server.ToHashSet(StringComparer.Ordinal);
        var c = client.ToHashSet(StringComparer.Ordinal);
        var differences = s.Except(c).Select(d => $"only in {serverName}: {d}")
            .Concat(c.Except(s).Select(d => $"only in {clientName}: {d}"))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>
    /// The entries of `export interface {name} { … }`, one a line. Blank lines and // comments are skipped; any other line
    /// that is not an entry fails the test, so a map written another way cannot be read as a shorter one.
    /// </summary>
    private static List<string> ReadMap(string relativePath, string name, Regex entry, Func<Match, string> describe)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot(), relativePath));
        var start = Array.FindIndex(lines, l => l.StartsWith($"export interface {name} {{", StringComparison.Ordinal));
        Assert.True(start >= 0, $"export interface {name} not found in {relativePath}");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var map = new List<string>();
        for (var i = start + 1; lines[i] != "}"; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            var match = entry.Match(line);
            Assert.True(match.Success, $"{relativePath}:{i + 1}: not one '{name}' entry on one line: {line}");
            Assert.True(names.Add(match.Groups["name"].Value), $"{relativePath}:{i + 1}: {match.Groups["name"].Value} twice");
            map.Add(describe(match));
        }
        Assert.NotEmpty(map);
        return map;
    }

    /// <summary>Elements of a TypeScript tuple's inside ("a: string, b: X&lt;Y, Z&gt;"): commas outside any brackets.</summary>
    private static int CountArguments(string tuple)
    {
        if (string.IsNullOrWhiteSpace(tuple)) return 0;
        int depth = 0, count = 1;
        foreach (var c in tuple)
        {
            if (c is '<' or '(' or '[' or '{') depth++;
            else if (c is '>' or ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0) count++;
        }
        return count;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^(?<name>\w+): \{ args: \[(?<args>.*)\]; result: (?<result>.+) \};$")]
    private static partial Regex MethodLine();

    [GeneratedRegex(@"^(?<name>\w+): (?<payload>.+);$")]
    private static partial Regex EventLine();
}
