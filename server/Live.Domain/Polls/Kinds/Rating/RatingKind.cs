using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.Rating;

/// <summary>
/// A rating scale: 1–5 stars, 1–10, or NPS 0–10. The options are statements rated one by one ("content", "service",
/// "takeaways"); with none, the question itself is rated.
/// </summary>
public sealed class RatingKind : IPollKind
{
    public static readonly RatingKind Instance = new();

    public const int MaxStatements = 10;

    public string Name => "rating";

    public DraftShape ValidateDraft(PollDraftInput draft)
    {
        var scale = RatingScale.Parse(draft.Variant);
        var statements = PollDrafts.ValidateOptions(draft.Options, 0, MaxStatements);
        if (draft.MaxSelections is not null and not 1) throw new RuleViolation(ErrorCodes.InvalidMaxSelections);
        return new DraftShape(statements, 1, scale.Name);
    }

    public Answer ValidateBallot(PollDefinition poll, BallotInput input)
    {
        if (input.OptionIds is not null || input.Ranking is not null || input.Texts is not null) throw new RuleViolation(ErrorCodes.InvalidAnswer);
        var scale = RatingScale.Parse(poll.Variant);
        var ratings = input.Ratings;
        if (ratings is null || ratings.Count != Rows(poll)) throw new RuleViolation(ErrorCodes.InvalidRating);
        if (ratings.Any(r => !scale.Holds(r))) throw new RuleViolation(ErrorCodes.InvalidRating);
        return new Answer([.. ratings]);
    }

    public bool Fits(PollDefinition poll, Answer answer)
    {
        var scale = RatingScale.Parse(poll.Variant);
        return answer.Numbers.Length == Rows(poll) && answer.Numbers.All(scale.Holds);
    }

    public IPollTally NewTally(PollDefinition poll) => new RatingTally(Rows(poll), RatingScale.Parse(poll.Variant));

    public IPollExport Export => RatingExport.Instance;

    public BallotInput Show(Answer answer) => new(Ratings: answer.Numbers);

    /// <summary>How many things are rated: each statement, or the question alone.</summary>
    internal static int Rows(PollDefinition poll) => Math.Max(1, poll.Options.Count);
}
