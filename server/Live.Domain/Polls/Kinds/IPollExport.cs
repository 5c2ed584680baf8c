using Live.Domain.Moderation;

namespace Live.Domain.Polls.Kinds;

/// <summary>
/// How a kind's answers and results become table columns (the host's CSV and XLSX exports). The export is for the host, so it
/// holds everything: rows the host hid or the word filter holds back are kept, with a status column saying so.
/// </summary>
public interface IPollExport
{
    /// <summary>The columns of the result table (one row per option, statement, word or answer).</summary>
    IReadOnlyList<string> ResultHeaders(PollDefinition poll);

    /// <summary>The result table over every answer, oldest first (so "the form first given" is well defined).</summary>
    IEnumerable<string?[]> ResultRows(PollDefinition poll, IReadOnlyList<Answer> answers, WordFilter? filter);

    /// <summary>The kind's columns of a response row (after the respondent and the time).</summary>
    IReadOnlyList<string> AnswerHeaders(PollDefinition poll);

    /// <summary>One answer's cells, as many as <see cref="AnswerHeaders"/>.</summary>
    string?[] AnswerCells(PollDefinition poll, Answer answer, WordFilter? filter);

    /// <summary>
    /// Which result columns hold numbers, one flag per <see cref="ResultHeaders"/> column: a spreadsheet export writes
    /// them as number cells a host can sum. Every other column is text, however much it looks like a number.
    /// </summary>
    IReadOnlyList<bool> ResultNumbers(PollDefinition poll);

    /// <summary>Which answer columns hold numbers, one flag per <see cref="AnswerHeaders"/> column.</summary>
    IReadOnlyList<bool> AnswerNumbers(PollDefinition poll);
}
