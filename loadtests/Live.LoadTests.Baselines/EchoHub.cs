using Microsoft.AspNetCore.SignalR;

namespace Live.LoadTests.Baselines;

public sealed record VoteRequest(string PollId, int[] OptionIds, string OpId);
public sealed record VoteAck(string PollId, int[] OptionIds, string OpId);

/// <summary>Same method shape as Live's Vote, answered immediately: what SignalR alone costs per vote.</summary>
public sealed class EchoHub : Hub
{
    public VoteAck Vote(VoteRequest vote) => new(vote.PollId, vote.OptionIds, vote.OpId);
}
