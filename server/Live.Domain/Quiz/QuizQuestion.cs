using System.Globalization;
using System.Text;
using Live.Domain.Common;

namespace Live.Domain.Quiz;

public enum QuizQuestionKind { Single, Multiple, TrueFalse, Typed }

/// <summary>
/// One quiz question with its answer key. Correct: the indices of the right options (choice kinds); Accepted: the
/// spellings a typed answer may match (compared as <see cref="Normalize"/> makes them). The key never leaves the
/// server before the reveal.
/// </summary>
public sealed record QuizQuestion(
    string Id, QuizQuestionKind Kind, string Text, IReadOnlyList<string> Options, IReadOnlyList<int> Correct,
    IReadOnlyList<string> Accepted, int TimeLimitSeconds, int Points)
{
    /// <summary>How right an answer is, 0 to 1: choice and typed answers are right or wrong; multiple choice earns a share per right option, less one per wrong one.</summary>
    public double Correctness(QuizAnswer answer)
    {
        switch (Kind)
        {
            case QuizQuestionKind.Typed:
                var typed = Normalize(answer.Text ?? "");
                return typed.Length > 0 && Accepted.Any(a => Normalize(a) == typed) ? 1 : 0;
            case QuizQuestionKind.Multiple:
                var chosen = answer.Options.Distinct().ToList();
                var right = chosen.Count(Correct.Contains);
                var wrong = chosen.Count - right;
                return Math.Max(0, right - wrong) / (double)Correct.Count;
            default:
                return answer.Options.Count == 1 && Correct.Contains(answer.Options[0]) ? 1 : 0;
        }
    }

    /// <summary>
    /// A typed answer as compared: full-width letters and digits made plain (NFKC), case and accents of Latin letters
    /// ignored, spaces and punctuation dropped, so "Model Ｘ-7" and "modelx7" match.
    /// </summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator || char.IsPunctuation(c) || char.IsWhiteSpace(c) || char.IsSymbol(c)) continue;
            kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Validates what the host wrote; throws a <see cref="RuleViolation"/> with the field's code.</summary>
    public static QuizQuestion Create(string id, QuizQuestionKind kind, string? text, IReadOnlyList<string>? options, IReadOnlyList<int>? correct,
        IReadOnlyList<string>? accepted, int timeLimitSeconds, int points)
    {
        var question = text?.Trim() ?? "";
        if (question.Length == 0) throw new RuleViolation(ErrorCodes.QuestionRequired);
        if (question.Length > Polls.PollLimits.QuestionMax) throw new RuleViolation(ErrorCodes.QuestionTooLong);
        if (timeLimitSeconds is < QuizLimits.MinTimeLimitSeconds or > QuizLimits.MaxTimeLimitSeconds) throw new RuleViolation(ErrorCodes.InvalidTimeLimit);
        if (points is < 0 or > QuizLimits.MaxPoints) throw new RuleViolation(ErrorCodes.InvalidPoints);

        if (kind == QuizQuestionKind.Typed)
        {
            var spellings = (accepted ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (spellings.Count == 0 || spellings.Any(s => Normalize(s).Length == 0)) throw new RuleViolation(ErrorCodes.AnswerKeyRequired);
            if (spellings.Count > QuizLimits.MaxAcceptedSpellings || spellings.Any(s => s.Length > QuizLimits.MaxTypedAnswer)) throw new RuleViolation(ErrorCodes.EntryTooLong);
            return new QuizQuestion(id, kind, question, [], [], spellings, timeLimitSeconds, points);
        }

        // True/false is a two-option choice the console labels; its options are fixed so every phone shows the same two.
        var choices = kind == QuizQuestionKind.TrueFalse ? ["true", "false"] : (options ?? []).Select(o => o?.Trim() ?? "").ToList();
        if (choices.Count is < Polls.PollLimits.MinOptions or > Polls.PollLimits.MaxOptions) throw new RuleViolation(ErrorCodes.OptionCount);
        if (choices.Any(o => o.Length == 0)) throw new RuleViolation(ErrorCodes.OptionRequired);
        if (choices.Any(o => o.Length > Polls.PollLimits.OptionTextMax)) throw new RuleViolation(ErrorCodes.OptionTooLong);
        if (choices.Distinct(StringComparer.OrdinalIgnoreCase).Count() != choices.Count) throw new RuleViolation(ErrorCodes.OptionDuplicate);
        var key = (correct ?? []).Distinct().Order().ToList();
        var single = kind != QuizQuestionKind.Multiple;
        if (key.Count == 0 || key.Any(i => i < 0 || i >= choices.Count) || (single && key.Count != 1)) throw new RuleViolation(ErrorCodes.AnswerKeyRequired);
        return new QuizQuestion(id, kind, question, choices, key, [], timeLimitSeconds, points);
    }
}

/// <summary>A phone's answer: the options it picked (choice kinds) or what it typed.</summary>
public sealed record QuizAnswer(IReadOnlyList<int> Options, string? Text = null);
