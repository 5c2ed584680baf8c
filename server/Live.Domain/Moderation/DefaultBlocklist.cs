using System.Reflection;

namespace Live.Domain.Moderation;

/// <summary>
/// The list every new session starts with (default-blocklist.txt, zh and en, one word per line). Hosts edit
/// their session's copy; this file only seeds it. Deliberately short: it catches the common insults, and the
/// moderator catches the rest.
/// </summary>
public static class DefaultBlocklist
{
    public static IReadOnlyList<string> Words { get; } = Load();

    private static List<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Live.Domain.Moderation.default-blocklist.txt")
            ?? throw new InvalidOperationException("default-blocklist.txt is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
