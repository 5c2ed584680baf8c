using System.Text.RegularExpressions;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Tests.Polls.Kinds;

/// <summary>A kind the server offers but the apps do not know would show phones nothing to answer.</summary>
public sealed class PollKindsParityTests
{
    [Fact]
    public void The_front_ends_know_exactly_the_kinds_the_server_registers()
    {
        var file = Path.Combine(RepoRoot(), "clients", "shared", "src", "realtime", "types.ts");
        var list = Regex.Match(File.ReadAllText(file), @"pollKindList\s*=\s*\[([^\]]*)\]").Groups[1].Value;
        var clients = Regex.Matches(list, "'([a-z]+)'").Select(m => m.Groups[1].Value);
        Assert.Equal(PollKinds.All.Select(k => k.Name).Order(), clients.Order());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }
}
