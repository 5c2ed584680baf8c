namespace Live.Grains.Qna;

/// <summary>Per-device posting limits (configuration section "Qna").</summary>
public sealed class QnaOptions
{
    public const string Section = "Qna";

    /// <summary>Seconds between two questions from one device.</summary>
    public double QuestionIntervalSeconds { get; set; } = 10;

    /// <summary>Seconds between two bullet comments from one device.</summary>
    public double CommentIntervalSeconds { get; set; } = 3;

    /// <summary>Questions attendees and screens receive: the top this many by votes.</summary>
    public int PublicQuestionLimit { get; set; } = 200;
}
