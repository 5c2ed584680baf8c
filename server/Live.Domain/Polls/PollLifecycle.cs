using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>Which status changes the host may make. Open and close are idempotent so a retried click is harmless.</summary>
public static class PollLifecycle
{
    public static PollStatus Open(PollStatus current) => PollStatus.Open;

    public static PollStatus Close(PollStatus current) => current switch
    {
        PollStatus.Open or PollStatus.Closed => PollStatus.Closed,
        _ => throw new RuleViolation(ErrorCodes.PollNotOpen),
    };

    /// <summary>Reset clears every ballot and returns the poll to draft, ready to open again.</summary>
    public static PollStatus Reset(PollStatus current) => PollStatus.Draft;
}
