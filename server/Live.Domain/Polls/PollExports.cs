using System.Security.Cryptography;
using System.Text;
using Live.Domain.Moderation;

namespace Live.Domain.Polls;

/// <summary>
/// A table for an export file: the header row, the rows (each as many cells as headers), and which columns hold
/// numbers (a spreadsheet writes those as number cells; the CSV is the same either way).
/// </summary>
public sealed record ExportTable(IReadOnlyList<string> Headers, IReadOnlyList<string?[]> Rows, IReadOnlyList<bool> Numbers);

/// <summary>
/// A poll's two host exports, the columns of each decided by its kind (<see cref="Kinds.IPollExport"/>): the result
/// table, and one row per response (respondent key, time, the kind's answer columns), oldest first.
/// </summary>
public static class PollExports
{
    public static ExportTable Results(PollDefinition poll, BallotBook book, WordFilter? filter = null)
    {
        var answers = Oldest(book).Select(b => b.Value.Answer).ToList();
        var export = poll.Kind.Export;
        return new(export.ResultHeaders(poll), [.. export.ResultRows(poll, answers, filter)], export.ResultNumbers(poll));
    }

    /// <param name="respondentSecret">Keys <see cref="RespondentKey"/>: the host never sees a device or person id.</param>
    public static ExportTable Responses(PollDefinition poll, BallotBook book, byte[] respondentSecret, WordFilter? filter = null)
    {
        var export = poll.Kind.Export;
        var rows = Oldest(book).Select(b => (string?[])
            [RespondentKey(respondentSecret, b.Key), b.Value.At?.ToString("O"), .. export.AnswerCells(poll, b.Value.Answer, filter)]);
        // The respondent key is text: twelve hex digits can happen to be all digits.
        return new(["respondent", "answered_at", .. export.AnswerHeaders(poll)], [.. rows], [false, false, .. export.AnswerNumbers(poll)]);
    }

    /// <summary>
    /// A respondent's key in an export: the first 12 hex digits of HMAC-SHA256(secret, voter key). The same voter
    /// has the same key in every poll exported with the same secret (the server uses one per session), so a host can
    /// line up one person's answers across a survey; without the secret nobody can tell whose key it is, not even
    /// from the device ids in the check-in export.
    /// </summary>
    public static string RespondentKey(byte[] secret, string voterKey) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(voterKey)))[..12];

    /// <summary>Ballots oldest first (those stored before ballots had a time first), then by voter key: a stable order.</summary>
    private static IEnumerable<KeyValuePair<string, Ballot>> Oldest(BallotBook book) =>
        book.Ballots.OrderBy(b => b.Value.At ?? DateTimeOffset.MinValue).ThenBy(b => b.Key, StringComparer.Ordinal);
}
