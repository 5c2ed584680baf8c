using Live.Domain.Agenda;
using Live.Domain.Common;

namespace Live.Domain.Tests.Agenda;

public sealed class RunOfShowTests
{
    private static SegmentDraft Draft(string title, string? start = null, int minutes = 10, string? speaker = null, string? notes = null) =>
        new(title, speaker, start, minutes, notes);

    private static string Refused(Action change) => Assert.Throws<RuleViolation>(change).Code;

    private static RunOfShow ThreeSegments()
    {
        var agenda = new RunOfShow();
        agenda.Save(null, Draft("开场致辞", "09:00", 10, "王总"));
        agenda.Save(null, Draft("Product keynote", "09:10", 30, "Lin"));
        agenda.Save(null, Draft("Panel", "09:40", 45));
        return agenda;
    }

    [Fact]
    public void Segments_are_added_in_order_with_their_timer_from_the_duration()
    {
        var agenda = ThreeSegments();
        Assert.Equal(["s1", "s2", "s3"], agenda.Segments.Select(s => s.Id));
        var keynote = agenda.Segments[1];
        Assert.Equal(("Product keynote", "Lin", new TimeOnly(9, 10), 30), (keynote.Title, keynote.Speaker, keynote.PlannedStart, keynote.DurationMinutes));
        Assert.Equal(1800, keynote.Timer.LengthSeconds);
        Assert.Empty(agenda.Overlapping());
    }

    [Fact]
    public void Each_field_is_validated_with_its_own_code_and_nothing_changes()
    {
        var agenda = ThreeSegments();
        Assert.Equal(ErrorCodes.SegmentTitleRequired, Refused(() => agenda.Save(null, Draft("  "))));
        Assert.Equal(ErrorCodes.SegmentTitleTooLong, Refused(() => agenda.Save(null, Draft(new string('长', 81)))));
        Assert.Equal(ErrorCodes.SpeakerTooLong, Refused(() => agenda.Save(null, Draft("X", speaker: new string('s', 61)))));
        Assert.Equal(ErrorCodes.NotesTooLong, Refused(() => agenda.Save(null, Draft("X", notes: new string('n', 1001)))));
        Assert.Equal(ErrorCodes.InvalidDuration, Refused(() => agenda.Save(null, Draft("X", minutes: 0))));
        Assert.Equal(ErrorCodes.InvalidDuration, Refused(() => agenda.Save(null, Draft("X", minutes: 601))));
        Assert.Equal(ErrorCodes.InvalidStartTime, Refused(() => agenda.Save(null, Draft("X", start: "25:00"))));
        Assert.Equal(ErrorCodes.InvalidStartTime, Refused(() => agenda.Save(null, Draft("X", start: "9am"))));
        Assert.Equal(ErrorCodes.SegmentNotFound, Refused(() => agenda.Save("s9", Draft("X"))));
        Assert.Equal(ErrorCodes.SegmentTitleRequired, Refused(() => agenda.Save("s1", Draft(""))));
        Assert.Equal(3, agenda.Segments.Count);
        Assert.Equal("开场致辞", agenda.Segments[0].Title);
    }

    [Fact]
    public void Limits_are_inclusive_and_notes_keep_their_lines()
    {
        var agenda = new RunOfShow();
        var s = agenda.Save(null, Draft(new string('长', 80), "23:59", 600, new string('s', 60), "  cue 1 \r\n\u202Ecue  2\n"));
        Assert.Equal("cue 1\ncue 2", s.Notes);
        Assert.Null(agenda.Save(null, Draft("X", start: "", notes: " \n ")).Notes);
    }

    [Fact]
    public void At_most_one_hundred_segments()
    {
        var agenda = new RunOfShow();
        for (var i = 0; i < AgendaLimits.MaxSegments; i++) agenda.Save(null, Draft($"S{i}"));
        Assert.Equal(ErrorCodes.AgendaFull, Refused(() => agenda.Save(null, Draft("one more"))));
        agenda.Save("s1", Draft("edits still work"));
    }

    [Fact]
    public void Overlapping_planned_slots_are_allowed_and_flagged()
    {
        var agenda = ThreeSegments();
        agenda.Save("s2", Draft("Product keynote", "09:05", 30)); // starts while the opening still runs
        Assert.Equal(["s1", "s2"], agenda.Overlapping().Order());
        agenda.Save(null, Draft("No time yet"));                  // no planned start: never overlaps
        agenda.Save("s2", Draft("Product keynote", "09:10", 30)); // end of one is the start of the next: no overlap
        Assert.Empty(agenda.Overlapping());
    }

    [Fact]
    public void Reorder_takes_every_id_once()
    {
        var agenda = ThreeSegments();
        Assert.True(agenda.Reorder(["s3", "s1", "s2"]));
        Assert.Equal(["s3", "s1", "s2"], agenda.Segments.Select(s => s.Id));
        Assert.False(agenda.Reorder(["s3", "s1", "s2"]));
        Assert.Equal(ErrorCodes.InvalidOrder, Refused(() => agenda.Reorder(["s1", "s2"])));
        Assert.Equal(ErrorCodes.InvalidOrder, Refused(() => agenda.Reorder(["s1", "s1", "s2"])));
        Assert.Equal(ErrorCodes.InvalidOrder, Refused(() => agenda.Reorder(["s1", "s2", "s9"])));
        Assert.Equal(["s3", "s1", "s2"], agenda.Segments.Select(s => s.Id));
    }

    [Fact]
    public void Go_live_pauses_the_timer_of_the_segment_that_was_live_and_names_the_next()
    {
        var agenda = ThreeSegments();
        Assert.Equal("s1", agenda.UpNext?.Id);
        agenda.GoLive("s1", 0);
        agenda.Timer("s1", t => t.Start(1_000));
        Assert.Equal("s2", agenda.UpNext?.Id);
        Assert.True(agenda.GoLive("s2", 61_000));
        var opening = agenda.Segments[0].Timer;
        Assert.Equal((false, 60_000L), (opening.Running, opening.ElapsedMs(999_999)));
        Assert.Equal(("s2", "s3"), (agenda.LiveId, agenda.UpNext?.Id));
        Assert.False(agenda.GoLive("s2", 70_000));
        Assert.Equal(ErrorCodes.SegmentNotFound, Refused(() => agenda.GoLive("s7", 0)));
        agenda.GoLive("s3", 80_000);
        Assert.Null(agenda.UpNext);
    }

    [Fact]
    public void Deleting_the_live_segment_leaves_nothing_live_and_ids_are_not_reused()
    {
        var agenda = ThreeSegments();
        agenda.GoLive("s2", 0);
        agenda.Delete("s2");
        Assert.Null(agenda.LiveId);
        Assert.Equal("s4", agenda.Save(null, Draft("Later")).Id);
        Assert.Equal(ErrorCodes.SegmentNotFound, Refused(() => agenda.Delete("s2")));
    }

    [Fact]
    public void A_timer_change_that_changes_nothing_says_so()
    {
        var agenda = ThreeSegments();
        Assert.False(agenda.Timer("s1", t => t.Pause(5)));
        Assert.True(agenda.Timer("s1", t => t.Start(5)));
        Assert.False(agenda.Timer("s1", t => t.Start(9)));
        Assert.True(agenda.ShowTimerOnScreen(true));
        Assert.False(agenda.ShowTimerOnScreen(true));
    }

    [Fact]
    public void A_retried_adjustment_is_applied_once_and_a_new_press_again()
    {
        var agenda = ThreeSegments();
        Assert.True(agenda.Adjust("s1", 60, "press-1"));
        Assert.False(agenda.Adjust("s1", 60, "press-1")); // the same press, resent after a dropped acknowledgement
        Assert.Equal(60, agenda.Segments[0].Timer.AdjustSeconds);
        Assert.True(agenda.Adjust("s1", 60, "press-2"));
        Assert.Equal(120, agenda.Segments[0].Timer.AdjustSeconds);
    }

    [Fact]
    public void A_refused_adjustment_is_not_remembered_and_the_memory_is_bounded()
    {
        var agenda = ThreeSegments();
        Assert.Equal(ErrorCodes.InvalidOpId, Refused(() => agenda.Adjust("s1", 60, " ")));
        Assert.Equal(ErrorCodes.InvalidAdjustment, Refused(() => agenda.Adjust("s1", -601, "too-much")));
        Assert.Equal(ErrorCodes.SegmentNotFound, Refused(() => agenda.Adjust("s42", 60, "nowhere")));
        Assert.Empty(agenda.RecentAdjustments);
        Assert.True(agenda.Adjust("s1", -60, "too-much")); // refused before, so the same id may be used for a valid press

        for (var i = 0; i < RunOfShow.RememberedAdjustments + 4; i++) agenda.Adjust("s3", 1, $"p{i}");
        Assert.Equal(RunOfShow.RememberedAdjustments, agenda.RecentAdjustments.Count);
        Assert.Equal($"p{RunOfShow.RememberedAdjustments + 3}", agenda.RecentAdjustments[^1]);

        var reloaded = new RunOfShow(agenda.Segments, agenda.NextId, agenda.LiveId, agenda.TimerOnScreen, agenda.RecentAdjustments);
        Assert.False(reloaded.Adjust("s3", 1, $"p{RunOfShow.RememberedAdjustments + 3}"));
    }
}
