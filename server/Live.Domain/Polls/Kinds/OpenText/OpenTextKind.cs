using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.OpenText;

/// <summary>
/// Open text ("what should we change?"): each attendee writes one answer of up to 280 characters. The screen shows a
/// wall of the newest answers; the session's word filter holds back what it matches and the host can take any answer
/// off the wall. The same answer from several people is one card with their count. The host can feature one answer
/// (spotlit on the screen) and let phones upvote answers; the wall is then ordered by upvotes, newest first among
/// equals. Attendees may upvote their own answer: a card is everyone who gave that answer, so
/// refusing would silence all of them, and the wall names nobody.
/// </summary>
public sealed class OpenTextKind : IPollKind
{
    public static readonly OpenTextKind Instance = new();

    public const int AnswerMax = 280;
    /// <summary>How many answers the results carry (the wall).</summary>
    public const int WallSize = 100;

    public string Name => "text";

    public bool ShowsAttendeeText => true;

    public string? ItemKeyOf(Answer answer) => answer.Texts is [var text, ..] ? AnswerWall.KeyOf(text) : null;

    public bool TakesUpvotes => true;

    public DraftShape ValidateDraft(PollDraftInput draft)
    {
        PollDrafts.RequireNoVariant(draft.Variant);
        if (draft.Options is { Count: > 0 }) throw new RuleViolation(ErrorCodes.OptionCount);
        if (draft.MaxSelections is not null and not 1) throw new RuleViolation(ErrorCodes.InvalidMaxSelections);
        return new DraftShape([], 1);
    }

    public Answer ValidateBallot(PollDefinition poll, BallotInput input)
    {
        if (input.OptionIds is not null || input.Ranking is not null || input.Ratings is not null) throw new RuleViolation(ErrorCodes.InvalidAnswer);
        if (input.Texts is not { Count: > 0 } texts) throw new RuleViolation(ErrorCodes.EntryRequired);
        if (texts.Count > 1) throw new RuleViolation(ErrorCodes.TooManyEntries);
        return new Answer([], [Text.Required(texts[0], AnswerMax, ErrorCodes.EntryRequired, ErrorCodes.EntryTooLong)]);
    }

    public bool Fits(PollDefinition poll, Answer answer) => answer.Texts is { Length: 1 };

    public IPollTally NewTally(PollDefinition poll) => new AnswerWall();

    public IPollExport Export => OpenTextExport.Instance;

    public BallotInput Show(Answer answer) => new(Texts: answer.Texts);
}
