using System.Reflection;
using System.Text.RegularExpressions;
using Live.Domain.Common;

namespace Live.Domain.Tests;

/// <summary>A code the server can send but the front ends do not know would reach people as a vague "bad request".</summary>
public sealed class ErrorCodesParityTests
{
    [Fact]
    public void Every_server_error_code_is_known_and_translated_by_the_front_ends()
    {
        var server = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();
        var file = Path.Combine(RepoRoot(), "clients", "shared", "src", "i18n", "error-codes.ts");
        var clients = Regex.Matches(File.ReadAllText(file), "'([a-z0-9_]+)'").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Empty(server.Except(clients)); // the web app's i18n test then requires a zh-CN and en text for each
        Assert.Empty(clients.Except(server));
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Live.sln"))) return dir.FullName;
        throw new InvalidOperationException("Live.sln not found above " + AppContext.BaseDirectory);
    }
}
