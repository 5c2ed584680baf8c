using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Polls.Kinds;

namespace Live.Domain.Tests.Polls.Kinds;

/// <summary>Drafts, ballots and reads for the kind tests, so each test says only what it is about.</summary>
internal static class KindTestSupport
{
    public static PollDefinition Draft(string kind, string?[]? options = null, int? max = null, string? variant = null, bool allowChange = true) =>
        PollDrafts.Validate(new PollDraftInput("How was it?", kind, options ?? [], max, allowChange, false, variant));

    public static string DraftError(string kind, string?[]? options = null, int? max = null, string? variant = null) =>
        Assert.Throws<RuleViolation>(() => Draft(kind, options, max, variant)).Code;

    /// <summary>Casts each answer from its own device; returns the book.</summary>
    public static BallotBook Cast(PollDefinition poll, params BallotInput[] answers)
    {
        var book = new BallotBook(poll);
        for (var i = 0; i < answers.Length; i++) book.Cast(poll, PollStatus.Open, $"d{i}", answers[i], $"op{i}");
        return book;
    }

    /// <summary>The code a bad ballot is refused with; the book must hold nothing afterwards.</summary>
    public static string BallotError(PollDefinition poll, BallotInput input)
    {
        var book = new BallotBook(poll);
        var code = Assert.Throws<RuleViolation>(() => book.Cast(poll, PollStatus.Open, "d", input, "op")).Code;
        Assert.Equal(0, book.Voters);
        return code;
    }
}
