using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>The rules one poll kind adds: how many selections it allows and what a valid ballot is.</summary>
public interface IPollKindRules
{
    int ValidateMaxSelections(int? requested, int optionCount);

    /// <summary>Returns the ballot's option ids in canonical (ascending) order, or throws a <see cref="RuleViolation"/>.</summary>
    int[] ValidateBallot(PollDefinition poll, IReadOnlyList<int>? optionIds);
}

public static class PollKindRules
{
    private static readonly IPollKindRules SingleChoice = new ChoiceRules(multiple: false);
    private static readonly IPollKindRules MultipleChoice = new ChoiceRules(multiple: true);

    public static IPollKindRules Rules(this PollKind kind) => kind switch
    {
        PollKind.Single => SingleChoice,
        PollKind.Multiple => MultipleChoice,
        _ => throw new RuleViolation(ErrorCodes.InvalidPollKind),
    };

    /// <summary>Single choice: exactly one option. Multiple choice: 1..MaxSelections distinct options.</summary>
    private sealed class ChoiceRules(bool multiple) : IPollKindRules
    {
        public int ValidateMaxSelections(int? requested, int optionCount) => (multiple, requested) switch
        {
            (false, null or 1) => 1,
            (true, null) => optionCount,
            (true, { } n) when n >= 1 && n <= optionCount => n,
            _ => throw new RuleViolation(ErrorCodes.InvalidMaxSelections),
        };

        public int[] ValidateBallot(PollDefinition poll, IReadOnlyList<int>? optionIds)
        {
            if (optionIds is null || optionIds.Count == 0) throw new RuleViolation(ErrorCodes.NoSelection);
            if (optionIds.Count > poll.MaxSelections) throw new RuleViolation(ErrorCodes.TooManySelections);
            var sorted = optionIds.Order().ToArray();
            for (var i = 0; i < sorted.Length; i++)
            {
                if (sorted[i] < 0 || sorted[i] >= poll.Options.Count) throw new RuleViolation(ErrorCodes.InvalidOption);
                if (i > 0 && sorted[i] == sorted[i - 1]) throw new RuleViolation(ErrorCodes.InvalidOption);
            }
            return sorted;
        }
    }
}
