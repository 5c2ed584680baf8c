using Live.Contracts;
using Live.Domain.Agenda;

namespace Live.Grains.Agenda;

/// <summary>Between the rules' records, what is stored and what goes on the wire.</summary>
internal static class AgendaMapping
{
    public static StoredSegment ToStored(this Segment s) =>
        new(s.Id, s.Title, s.Speaker, SegmentRules.FormatStart(s.PlannedStart), s.DurationMinutes, s.Notes, s.Timer.ToStored());

    public static Segment ToDomain(this StoredSegment s) =>
        new(s.Id, s.Title, s.Speaker, SegmentRules.ParseStart(s.PlannedStart), s.DurationMinutes, s.Notes, s.Timer.ToDomain());

    private static StoredTimer ToStored(this SpeakerTimer t) =>
        new(SpeakerTimer.ModeName(t.Mode), t.DurationSeconds, t.AdjustSeconds, t.ElapsedBeforeMs, t.RunningSinceMs, t.WrapUpSeconds, t.RedSeconds);

    private static SpeakerTimer ToDomain(this StoredTimer t) =>
        new(SpeakerTimer.ParseMode(t.Mode), t.DurationSeconds, t.AdjustSeconds, t.ElapsedBeforeMs, t.RunningSinceMs, t.WrapUpSeconds, t.RedSeconds);

    public static TimerView ToView(this SpeakerTimer t) =>
        new(SpeakerTimer.ModeName(t.Mode), t.DurationSeconds, t.AdjustSeconds, t.ElapsedBeforeMs, t.RunningSinceMs, t.WrapUpSeconds, t.RedSeconds);

    public static AgendaView ToView(this RunOfShow agenda, long version, long now)
    {
        var overlapping = agenda.Overlapping();
        return new AgendaView(version, now, agenda.LiveId, agenda.TimerOnScreen, agenda.Segments.Select((s, i) =>
            new SegmentView(s.Id, s.Title, s.Speaker, SegmentRules.FormatStart(s.PlannedStart), s.DurationMinutes, s.Notes, i,
                overlapping.Contains(s.Id), s.Timer.ToView())).ToList());
    }
}
