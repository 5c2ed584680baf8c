using System.Globalization;
using Live.Domain.Moderation;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Tests.Polls.Kinds;

/// <summary>Books with timed ballots and their two export tables, for the per-kind export tests.</summary>
internal static class ExportTestSupport
{
    public static readonly DateTimeOffset T0 = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly byte[] Secret = [1, 2, 3, 4];

    /// <summary>Answer i comes from device d{i} at T0 + i minutes.</summary>
    public static BallotBook Book(PollDefinition poll, params BallotInput[] answers)
    {
        var book = new BallotBook(poll);
        for (var i = 0; i < answers.Length; i++) book.Cast(poll, PollStatus.Open, $"d{i}", answers[i], $"op{i}", T0.AddMinutes(i));
        return book;
    }

    public static ExportTable Results(PollDefinition poll, BallotBook book, WordFilter? filter = null)
    {
        var table = PollExports.Results(poll, book, filter);
        Assert.All(table.Rows, r => Assert.Equal(table.Headers.Count, r.Length));
        AssertNumberColumns(table);
        return table;
    }

    public static ExportTable Responses(PollDefinition poll, BallotBook book, WordFilter? filter = null)
    {
        var table = PollExports.Responses(poll, book, Secret, filter);
        Assert.All(table.Rows, r => Assert.Equal(table.Headers.Count, r.Length));
        Assert.Equal(["respondent", "answered_at"], table.Headers.Take(2));
        AssertNumberColumns(table);
        return table;
    }

    /// <summary>One flag per column, and every cell of a column flagged as numbers is empty or a plain invariant number.</summary>
    public static void AssertNumberColumns(ExportTable table)
    {
        Assert.Equal(table.Headers.Count, table.Numbers.Count);
        foreach (var row in table.Rows)
        for (var i = 0; i < row.Length; i++)
            if (table.Numbers[i] && row[i] is { } cell)
                Assert.True(decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
                    $"{table.Headers[i]}: '{cell}' is not a number");
    }

    /// <summary>One row, cell by cell.</summary>
    public static void AssertRow(string?[] expected, string?[] actual) => Assert.Equal(expected.AsEnumerable(), actual.AsEnumerable());

    /// <summary>The kind's cells of each response row (after the respondent and the time).</summary>
    public static string?[][] Answers(ExportTable responses) => [.. responses.Rows.Select(r => r[2..])];
}
