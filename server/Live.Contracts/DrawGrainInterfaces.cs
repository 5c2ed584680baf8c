namespace Live.Contracts;

/// <summary>A session's prize tiers and rounds. Key: "{code}/draw".</summary>
[Alias("live.IDrawGrain")]
public interface IDrawGrain : IGrainWithStringKey, IErasableGrain
{
    [Alias("SaveTier")] Task<DrawView> SaveTier(TierRequest request);
    [Alias("SetSettings")] Task<DrawView> SetSettings(DrawSettings settings);
    /// <summary>Fixes the round's secret seed and returns its hash; a second call while one waits returns that one.</summary>
    [Alias("Arm")] Task<RoundView> Arm(ArmRequest request);
    /// <summary>Fixes the list and the winners, durably, before returning; asked again, returns the same.</summary>
    [Alias("Draw")] Task<RoundView> Draw(int round);
    [Alias("Reveal")] Task<RoundView> Reveal(int round);
    [Alias("MarkAbsent")] Task<RoundView> MarkAbsent(AbsentRequest request);
    /// <param name="role">host, screen or attendee.</param>
    [Alias("Read")] Task<DrawReadout> Read(string role, string? deviceId);
    [Alias("Proof")] Task<DrawProofView> Proof(int round);
}
