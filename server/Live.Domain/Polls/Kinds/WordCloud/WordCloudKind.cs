using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.WordCloud;

/// <summary>
/// Each attendee gives up to N words or short phrases (host setting 1–5, default 3), each up to 40 characters. The
/// screen shows the most given words, sized by how many attendees gave them.
/// </summary>
public sealed class WordCloudKind : IPollKind
{
    public static readonly WordCloudKind Instance = new();

    public const int DefaultEntries = 3;
    public const int MaxEntries = 5;
    public const int EntryMax = 40;
    /// <summary>How many words the results carry (the screen's cloud).</summary>
    public const int TopWords = 100;

    public string Name => "wordcloud";

    public bool ShowsAttendeeText => true;

    public DraftShape ValidateDraft(PollDraftInput draft)
    {
        PollDrafts.RequireNoVariant(draft.Variant);
        if (draft.Options is { Count: > 0 }) throw new RuleViolation(ErrorCodes.OptionCount);
        var entries = draft.MaxSelections ?? DefaultEntries;
        if (entries is < 1 or > MaxEntries) throw new RuleViolation(ErrorCodes.InvalidMaxSelections);
        return new DraftShape([], entries);
    }

    /// <summary>The entries cleaned and trimmed as typed; one attendee giving the same word twice counts it once.</summary>
    public Answer ValidateBallot(PollDefinition poll, BallotInput input)
    {
        if (input.OptionIds is not null || input.Ranking is not null || input.Ratings is not null) throw new RuleViolation(ErrorCodes.InvalidAnswer);
        var texts = input.Texts;
        if (texts is null || texts.Count == 0) throw new RuleViolation(ErrorCodes.EntryRequired);
        if (texts.Count > poll.MaxSelections) throw new RuleViolation(ErrorCodes.TooManyEntries);
        var entries = texts.Select(t => Text.Required(WordNormalizer.Display(t), EntryMax, ErrorCodes.EntryRequired, ErrorCodes.EntryTooLong)).ToArray();
        return new Answer([], entries);
    }

    public bool Fits(PollDefinition poll, Answer answer) => answer.Texts is { Length: > 0 } t && t.Length <= MaxEntries;

    public IPollTally NewTally(PollDefinition poll) => new WordTally();

    public IPollExport Export => WordCloudExport.Instance;

    public BallotInput Show(Answer answer) => new(Texts: answer.Texts);
}
