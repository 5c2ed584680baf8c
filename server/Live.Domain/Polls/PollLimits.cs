namespace Live.Domain.Polls;

/// <summary>Fixed limits of the poll model (documented in docs/API.md).</summary>
public static class PollLimits
{
    public const int QuestionMax = 200;
    public const int OptionTextMax = 80;
    public const int MinOptions = 2;
    public const int MaxOptions = 12;
    public const int OpIdMax = 64;
    /// <summary>Longest result key a host can hide (a word cloud entry is at most 40 characters).</summary>
    public const int ResultKeyMax = 80;
}
