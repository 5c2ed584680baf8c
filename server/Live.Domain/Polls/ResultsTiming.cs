using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>
/// When a phone shows a poll's results, for a poll whose host shares them with attendees. Live results before voting
/// bias the vote, so the default waits until the person has voted.
/// </summary>
public enum ResultsTiming
{
    /// <summary>Once this phone's ballot is in (or the poll closed). Results still reach every phone as a group broadcast: this is about not biasing the vote, not secrecy.</summary>
    AfterVoting,
    /// <summary>From the moment the poll opens.</summary>
    Always,
    /// <summary>Only once the poll is closed; before that the results do not reach phones at all.</summary>
    WhenClosed,
}

public static class ResultsTimings
{
    public static string ToWire(this ResultsTiming timing) => timing switch
    {
        ResultsTiming.Always => "always",
        ResultsTiming.WhenClosed => "whenClosed",
        _ => "afterVoting",
    };

    /// <summary>"afterVoting", "always" or "whenClosed"; null or empty is the default, after voting.</summary>
    public static ResultsTiming Parse(string? wire) => wire?.Trim() switch
    {
        null or "" or "afterVoting" => ResultsTiming.AfterVoting,
        "always" => ResultsTiming.Always,
        "whenClosed" => ResultsTiming.WhenClosed,
        _ => throw new RuleViolation(ErrorCodes.InvalidResultsTiming),
    };
}
