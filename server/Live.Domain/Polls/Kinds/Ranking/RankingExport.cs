using Live.Domain.Moderation;
using static Live.Domain.Polls.Kinds.ExportCells;

namespace Live.Domain.Polls.Kinds.Ranking;

/// <summary>
/// Results: per option its Borda points (the option at rank r of n gets n − r + 1), the mean points per respondent
/// (what the screen shows) and how many put it at each rank. A response: the option at each rank, best first, and the
/// order as option ids.
/// </summary>
internal sealed class RankingExport : IPollExport
{
    public static readonly RankingExport Instance = new();

    public IReadOnlyList<string> ResultHeaders(PollDefinition poll) =>
        ["option_id", "option", "count", "mean_points", "points", .. Ranks(poll).Select(r => $"rank_{r}")];

    public IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter)
    {
        var n = poll.Options.Count;
        return Tally(poll, answers).Items!.Select((row, id) => (string?[])
        [
            Int(id), poll.Options[id], Int(row.Count), Number(row.Value),
            Int(row.Distribution!.Select((count, rank) => count * (n - rank)).Sum()), .. row.Distribution!.Select(Int),
        ]);
    }

    public IReadOnlyList<string> AnswerHeaders(PollDefinition poll) => [.. Ranks(poll).Select(r => $"rank_{r}"), "ranking_ids"];

    public string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter) =>
        [.. answer.Numbers.Select(id => poll.Options[id]), string.Join(";", answer.Numbers.Select(Int))];

    /// <remarks>All but the option: its id, the count, the points and how many put it at each rank.</remarks>
    public IReadOnlyList<bool> ResultNumbers(PollDefinition poll) => [.. ResultHeaders(poll).Select(h => h != "option")];

    /// <remarks>A response names the option at each rank, and joins the ids ("0;2;1"): all text.</remarks>
    public IReadOnlyList<bool> AnswerNumbers(PollDefinition poll) => [.. AnswerHeaders(poll).Select(_ => false)];

    private static IEnumerable<int> Ranks(PollDefinition poll) => Enumerable.Range(1, poll.Options.Count);
}
