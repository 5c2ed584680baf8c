namespace Live.Domain.Polls;

public enum PollStatus
{
    Draft = 0,
    Open = 1,
    Closed = 2,
}
