using Live.Domain.Moderation;
using static Live.Domain.Polls.Kinds.ExportCells;

namespace Live.Domain.Polls.Kinds.Choice;

/// <summary>
/// Results: each option with its count and the percent of respondents who chose it (a multiple-choice poll's percents
/// add up to more than 100). A response: the option chosen, or for multiple choice the ids and texts joined by "; ".
/// </summary>
internal sealed class ChoiceExport(bool multiple) : IPollExport
{
    public IReadOnlyList<string> ResultHeaders(PollDefinition poll) => ["option_id", "option", "count", "percent"];

    public IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter)
    {
        var counts = Tally(poll, answers).Counts;
        return poll.Options.Select((text, id) => new[] { Int(id), text, Int(counts[id]), Percent(counts[id], answers.Count) });
    }

    public IReadOnlyList<string> AnswerHeaders(PollDefinition poll) => multiple ? ["option_ids", "options"] : ["option_id", "option"];

    public string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter) =>
        [string.Join(";", answer.Numbers.Select(Int)), string.Join("; ", answer.Numbers.Select(id => poll.Options[id]))];

    public IReadOnlyList<bool> ResultNumbers(PollDefinition poll) => [true, false, true, true];

    /// <remarks>Multiple choice joins its ids ("0;2"): text.</remarks>
    public IReadOnlyList<bool> AnswerNumbers(PollDefinition poll) => [!multiple, false];
}
