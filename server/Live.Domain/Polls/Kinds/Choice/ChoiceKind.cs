using Live.Domain.Common;

namespace Live.Domain.Polls.Kinds.Choice;

/// <summary>Single choice: exactly one option. Multiple choice: 1..MaxSelections distinct options.</summary>
public sealed class ChoiceKind : IPollKind
{
    public static readonly ChoiceKind Single = new("single", multiple: false);
    public static readonly ChoiceKind Multiple = new("multiple", multiple: true);

    private readonly bool _multiple;

    private ChoiceKind(string name, bool multiple) => (Name, _multiple, Export) = (name, multiple, new ChoiceExport(multiple));

    public string Name { get; }

    public IPollExport Export { get; }

    public DraftShape ValidateDraft(PollDraftInput draft)
    {
        PollDrafts.RequireNoVariant(draft.Variant);
        var options = PollDrafts.ValidateOptions(draft.Options, PollLimits.MinOptions, PollLimits.MaxOptions);
        var max = (_multiple, draft.MaxSelections) switch
        {
            (false, null or 1) => 1,
            (true, null) => options.Count,
            (true, { } n) when n >= 1 && n <= options.Count => n,
            _ => throw new RuleViolation(ErrorCodes.InvalidMaxSelections),
        };
        return new DraftShape(options, max);
    }

    public Answer ValidateBallot(PollDefinition poll, BallotInput input)
    {
        if (input.Ranking is not null || input.Ratings is not null || input.Texts is not null) throw new RuleViolation(ErrorCodes.InvalidAnswer);
        var optionIds = input.OptionIds;
        if (optionIds is null || optionIds.Count == 0) throw new RuleViolation(ErrorCodes.NoSelection);
        if (optionIds.Count > poll.MaxSelections) throw new RuleViolation(ErrorCodes.TooManySelections);
        var sorted = optionIds.Order().ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i] < 0 || sorted[i] >= poll.Options.Count) throw new RuleViolation(ErrorCodes.InvalidOption);
            if (i > 0 && sorted[i] == sorted[i - 1]) throw new RuleViolation(ErrorCodes.InvalidOption);
        }
        return new Answer(sorted);
    }

    public bool Fits(PollDefinition poll, Answer answer) => answer.Numbers.All(id => id >= 0 && id < poll.Options.Count);

    public IPollTally NewTally(PollDefinition poll) => new ChoiceTally(poll.Options.Count);

    public BallotInput Show(Answer answer) => new(OptionIds: answer.Numbers);
}

/// <summary>Ballots per option.</summary>
internal sealed class ChoiceTally(int options) : IPollTally
{
    private readonly int[] _counts = new int[options];

    public void Add(Answer answer)
    {
        foreach (var id in answer.Numbers) _counts[id]++;
    }

    public void Remove(Answer answer)
    {
        foreach (var id in answer.Numbers) _counts[id]--;
    }

    public TallyView Read(PollDefinition poll, Moderation.WordFilter? filter = null) => new(_counts.ToArray(), null);
}
