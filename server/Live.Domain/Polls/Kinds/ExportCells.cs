using System.Globalization;
using Live.Domain.Moderation;

namespace Live.Domain.Polls.Kinds;

/// <summary>How export cells are written, the same for every kind: invariant numbers, one-decimal percents, statuses.</summary>
public static class ExportCells
{
    /// <summary>Shown on the screen (when the poll's results are shown).</summary>
    public const string Shown = "shown";
    /// <summary>The host took it off the screen.</summary>
    public const string Hidden = "hidden";
    /// <summary>The session's word filter holds it back.</summary>
    public const string Held = "held";
    /// <summary>A word cloud entry that is only a stop word: kept, never counted.</summary>
    public const string StopWord = "stop_word";

    public static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Up to two decimals, "." as the separator; empty when there is no value (nobody answered).</summary>
    public static string? Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>count ÷ of as a percent with one decimal; empty when <paramref name="of"/> is 0.</summary>
    public static string? Percent(int count, int of) =>
        of == 0 ? null : Math.Round(100.0 * count / of, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>What the screen does with a text row: the host's hiding first, then the word filter.</summary>
    public static string Status(PollDefinition poll, string key, string text, WordFilter? filter) =>
        poll.Hidden.Contains(key, StringComparer.Ordinal) ? Hidden : filter?.FindMatch(text) is not null ? Held : Shown;

    /// <summary>The kind's own running tally over these answers: results read exactly as the screen reads them.</summary>
    public static TallyView Tally(PollDefinition poll, IEnumerable<Answer> answers)
    {
        var tally = poll.Kind.NewTally(poll);
        foreach (var answer in answers) tally.Add(answer);
        return tally.Read(poll);
    }
}
