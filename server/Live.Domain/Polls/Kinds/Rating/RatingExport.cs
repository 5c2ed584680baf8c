using Live.Domain.Moderation;
using static Live.Domain.Polls.Kinds.ExportCells;

namespace Live.Domain.Polls.Kinds.Rating;

/// <summary>
/// Results: per statement (or the question itself when there are none) the respondents, the mean, the NPS for an NPS
/// poll, and how many gave each point of the scale (rated_1…rated_5, or rated_0…rated_10). A response: one rating per
/// statement, rating_{statement id}.
/// </summary>
internal sealed class RatingExport : IPollExport
{
    public static readonly RatingExport Instance = new();

    public IReadOnlyList<string> ResultHeaders(PollDefinition poll)
    {
        var scale = RatingScale.Parse(poll.Variant);
        return ["statement_id", "statement", "count", "mean", .. scale.IsNps ? ["nps"] : Array.Empty<string>(),
            .. Enumerable.Range(scale.Min, scale.Points).Select(p => $"rated_{p}")];
    }

    public IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter)
    {
        var nps = RatingScale.Parse(poll.Variant).IsNps;
        return Tally(poll, answers).Items!.Select((row, id) => (string?[])
        [
            Int(id), poll.Options.Count == 0 ? poll.Question : poll.Options[id], Int(row.Count), Number(row.Value),
            .. nps ? [row.Count == 0 ? null : Int(row.Score!.Value)] : Array.Empty<string?>(),
            .. row.Distribution!.Select(Int),
        ]);
    }

    public IReadOnlyList<string> AnswerHeaders(PollDefinition poll) =>
        [.. Enumerable.Range(0, RatingKind.Rows(poll)).Select(id => $"rating_{id}")];

    public string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter) => [.. answer.Numbers.Select(Int)];

    /// <remarks>All but the statement: its id, the count, the mean, the NPS and the count of each point.</remarks>
    public IReadOnlyList<bool> ResultNumbers(PollDefinition poll) => [.. ResultHeaders(poll).Select(h => h != "statement")];

    public IReadOnlyList<bool> AnswerNumbers(PollDefinition poll) => [.. AnswerHeaders(poll).Select(_ => true)];
}
