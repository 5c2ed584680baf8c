namespace Live.Contracts;

/// <summary>A session's run of show: the agenda, the live segment, each segment's speaker timer. Key: "{code}/agenda".</summary>
[Alias("live.IAgendaGrain")]
public interface IAgendaGrain : IGrainWithStringKey, IErasableGrain
{
    [Alias("Read")] Task<AgendaView> Read();
    [Alias("SaveSegment")] Task<AgendaView> SaveSegment(SegmentRequest request);
    [Alias("DeleteSegment")] Task<AgendaView> DeleteSegment(string segmentId);
    [Alias("Reorder")] Task<AgendaView> Reorder(IReadOnlyList<string> segmentIds);
    /// <summary>Null: nothing live. The segment that was live has its timer paused.</summary>
    [Alias("GoLive")] Task<AgendaView> GoLive(string? segmentId);
    [Alias("StartTimer")] Task<AgendaView> StartTimer(string segmentId);
    [Alias("PauseTimer")] Task<AgendaView> PauseTimer(string segmentId);
    [Alias("AdjustTimer")] Task<AgendaView> AdjustTimer(TimerAdjustRequest request);
    [Alias("ResetTimer")] Task<AgendaView> ResetTimer(string segmentId);
    [Alias("SetTimerSettings")] Task<AgendaView> SetTimerSettings(TimerSettingsRequest request);
    [Alias("ShowTimerOnScreen")] Task<AgendaView> ShowTimerOnScreen(bool show);
}
