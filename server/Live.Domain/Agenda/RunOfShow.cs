using Live.Domain.Common;

namespace Live.Domain.Agenda;

/// <summary>
/// A session's agenda: segments in order, which one is live, and whether the big screen shows its timer. Every change
/// is validated before anything is touched, so a refused change leaves the agenda as it was. Methods answer whether
/// something changed, so the grain writes only real changes.
/// </summary>
public sealed class RunOfShow
{
    /// <summary>How many recent ±1 minute op ids are remembered: more than a console retries before it gives up.</summary>
    public const int RememberedAdjustments = 16;

    private readonly List<Segment> _segments;
    private readonly List<string> _recentAdjustments;
    private int _nextId;

    public RunOfShow(IEnumerable<Segment>? segments = null, int nextId = 1, string? liveId = null, bool timerOnScreen = false,
        IEnumerable<string>? recentAdjustments = null)
    {
        _segments = segments?.ToList() ?? [];
        _recentAdjustments = recentAdjustments?.TakeLast(RememberedAdjustments).ToList() ?? [];
        _nextId = Math.Max(nextId, 1);
        LiveId = liveId is not null && _segments.Any(s => s.Id == liveId) ? liveId : null;
        TimerOnScreen = timerOnScreen;
    }

    public IReadOnlyList<Segment> Segments => _segments;
    public int NextId => _nextId;
    /// <summary>The segment on stage now (the host's Go live), or null.</summary>
    public string? LiveId { get; private set; }
    public bool TimerOnScreen { get; private set; }
    /// <summary>The op ids of the latest timer adjustments, oldest first: a retried ±1 minute is recognised and applied once.</summary>
    public IReadOnlyList<string> RecentAdjustments => _recentAdjustments;

    public Segment? Live => LiveId is null ? null : _segments.Find(s => s.Id == LiveId);

    /// <summary>The segment after the live one (the first one when nothing is live yet).</summary>
    public Segment? UpNext => LiveId is null ? _segments.FirstOrDefault() : _segments.SkipWhile(s => s.Id != LiveId).Skip(1).FirstOrDefault();

    /// <summary>Adds a segment at the end (<paramref name="id"/> null) or edits one; an edited duration carries over to its timer.</summary>
    public Segment Save(string? id, SegmentDraft draft)
    {
        var (title, speaker, start, duration, notes) = SegmentRules.Validate(draft);
        if (id is null)
        {
            if (_segments.Count >= AgendaLimits.MaxSegments) throw new RuleViolation(ErrorCodes.AgendaFull);
            var added = new Segment($"s{_nextId++}", title, speaker, start, duration, notes, SpeakerTimer.For(duration));
            _segments.Add(added);
            return added;
        }
        var at = IndexOf(id);
        var old = _segments[at];
        var edited = old with
        {
            Title = title, Speaker = speaker, PlannedStart = start, DurationMinutes = duration, Notes = notes,
            Timer = duration == old.DurationMinutes ? old.Timer : old.Timer.WithDuration(duration),
        };
        _segments[at] = edited;
        return edited;
    }

    public void Delete(string id)
    {
        _segments.RemoveAt(IndexOf(id));
        if (LiveId == id) LiveId = null;
    }

    /// <summary>The new order: every segment's id exactly once.</summary>
    public bool Reorder(IReadOnlyList<string> ids)
    {
        if (ids.Count != _segments.Count || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            throw new RuleViolation(ErrorCodes.InvalidOrder);
        var byId = _segments.ToDictionary(s => s.Id, StringComparer.Ordinal);
        if (!ids.All(byId.ContainsKey)) throw new RuleViolation(ErrorCodes.InvalidOrder);
        if (ids.SequenceEqual(_segments.Select(s => s.Id))) return false;
        var reordered = ids.Select(i => byId[i]).ToList();
        _segments.Clear();
        _segments.AddRange(reordered);
        return true;
    }

    /// <summary>
    /// Puts a segment on stage (null: none). The segment that was live has its timer paused: two timers never run at
    /// once, and going back to it resumes where it stopped.
    /// </summary>
    public bool GoLive(string? id, long now)
    {
        if (id is not null) IndexOf(id);
        if (id == LiveId) return false;
        if (Live is { } was) Replace(was with { Timer = was.Timer.Pause(now) });
        LiveId = id;
        return true;
    }

    /// <summary>Applies a timer rule to one segment's timer; false when it changed nothing (start while running).</summary>
    public bool Timer(string id, Func<SpeakerTimer, SpeakerTimer> change)
    {
        var at = IndexOf(id);
        var timer = change(_segments[at].Timer);
        if (timer == _segments[at].Timer) return false;
        _segments[at] = _segments[at] with { Timer = timer };
        return true;
    }

    /// <summary>
    /// Adds (or takes away) time on one segment's timer, once per <paramref name="opId"/>: an adjustment is relative, so
    /// a retry after a dropped acknowledgement would otherwise give the speaker two minutes for one press.
    /// </summary>
    public bool Adjust(string id, int seconds, string opId)
    {
        OpIds.Require(opId);
        if (_recentAdjustments.Contains(opId, StringComparer.Ordinal)) return false;
        Timer(id, t => t.Adjust(seconds));
        _recentAdjustments.Add(opId);
        if (_recentAdjustments.Count > RememberedAdjustments) _recentAdjustments.RemoveAt(0);
        return true;
    }

    public bool ShowTimerOnScreen(bool show)
    {
        if (show == TimerOnScreen) return false;
        TimerOnScreen = show;
        return true;
    }

    /// <summary>
    /// Segments whose planned slot shares a minute with another's. Allowed (a panel may start while the MC still talks)
    /// but flagged, so the host sees it.
    /// </summary>
    public IReadOnlySet<string> Overlapping()
    {
        var slots = _segments.Where(s => s.PlannedSlot is not null).Select(s => (s.Id, Slot: s.PlannedSlot!.Value)).ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Count; i++)
            for (var j = i + 1; j < slots.Count; j++)
                if (slots[i].Slot.Start < slots[j].Slot.End && slots[j].Slot.Start < slots[i].Slot.End)
                {
                    found.Add(slots[i].Id);
                    found.Add(slots[j].Id);
                }
        return found;
    }

    private void Replace(Segment segment) => _segments[IndexOf(segment.Id)] = segment;

    private int IndexOf(string? id)
    {
        var at = id is null ? -1 : _segments.FindIndex(s => s.Id == id);
        return at >= 0 ? at : throw new RuleViolation(ErrorCodes.SegmentNotFound);
    }
}
