using Live.Domain.Agenda;
using Live.Domain.Common;

namespace Live.Domain.Tests.Agenda;

/// <summary>The timer's arithmetic at explicit server times (Unix ms): nothing here waits or reads a clock.</summary>
public sealed class SpeakerTimerTests
{
    private const long T0 = 1_800_000_000_000;
    private static long At(double seconds) => T0 + (long)(seconds * 1000);

    private static SpeakerTimer TenMinutes => SpeakerTimer.For(10);

    [Fact]
    public void A_new_timer_is_stopped_at_its_full_length_with_the_default_thresholds()
    {
        var t = TenMinutes;
        Assert.Equal((TimerMode.Countdown, 600, 300, 60, false), (t.Mode, t.LengthSeconds, t.WrapUpSeconds, t.RedSeconds, t.Running));
        Assert.Equal(600, t.RemainingSeconds(At(1000)));
        Assert.Equal(TimerPhase.Normal, t.Phase(At(1000)));
    }

    [Fact]
    public void Running_counts_down_from_the_start_and_the_display_rounds_up()
    {
        var t = TenMinutes.Start(At(0));
        Assert.Equal(600, t.RemainingSeconds(At(0)));
        Assert.Equal(600, t.RemainingSeconds(At(0.001)));  // 599.999 s left shows 10:00
        Assert.Equal(599, t.RemainingSeconds(At(1)));
        Assert.Equal(1, t.ElapsedSeconds(At(1.999)));
        Assert.Equal(540_000, t.RemainingMs(At(60)));
    }

    [Fact]
    public void Pause_keeps_what_ran_and_resume_continues_from_there()
    {
        var t = TenMinutes.Start(At(0)).Pause(At(90));
        Assert.False(t.Running);
        Assert.Equal(90_000, t.ElapsedMs(At(5000))); // paused: time does not move
        t = t.Start(At(200));
        Assert.Equal(100_000, t.ElapsedMs(At(210)));
        Assert.Equal(500, t.RemainingSeconds(At(210)));
        Assert.Same(t, t.Start(At(300)));              // a second Start while running changes nothing
        var paused = t.Pause(At(300));
        Assert.Same(paused, paused.Pause(At(400)));     // nor a second Pause
    }

    [Fact]
    public void Phases_follow_the_whole_seconds_left()
    {
        var t = TenMinutes.Start(At(0));
        Assert.Equal(TimerPhase.Normal, t.Phase(At(299)));    // 301 s left
        Assert.Equal(TimerPhase.WrapUp, t.Phase(At(300)));    // 300 s left: 5:00 is yellow
        Assert.Equal(TimerPhase.WrapUp, t.Phase(At(539)));    // 61 s
        Assert.Equal(TimerPhase.Red, t.Phase(At(540)));       // 60 s
        Assert.Equal(TimerPhase.Red, t.Phase(At(599.5)));     // 0.5 s left shows 0:01
        Assert.Equal(TimerPhase.Overtime, t.Phase(At(600)));  // 0:00
    }

    [Fact]
    public void Overtime_shows_negative_seconds()
    {
        var t = TenMinutes.Start(At(0));
        Assert.Equal(0, t.RemainingSeconds(At(600.9)));
        Assert.Equal(-15, t.RemainingSeconds(At(615)));
        Assert.Equal(-15, t.RemainingSeconds(At(615.9)));
        Assert.Equal(-16, t.RemainingSeconds(At(616)));
    }

    [Fact]
    public void Plus_and_minus_a_minute_move_the_end_and_reset_takes_them_back()
    {
        var t = TenMinutes.Start(At(0)).Adjust(60);
        Assert.Equal(60, t.RemainingSeconds(At(600)));
        t = t.Adjust(-60).Adjust(-60);
        Assert.Equal(-60, t.AdjustSeconds);
        Assert.Equal(TimerPhase.Overtime, t.Phase(At(540)));
        var reset = t.Reset();
        Assert.Equal((0, 0L, (long?)null), (reset.AdjustSeconds, reset.ElapsedMs(At(999)), reset.RunningSinceMs));
        Assert.Equal(600, reset.RemainingSeconds(At(999)));
    }

    [Fact]
    public void An_adjustment_that_would_leave_the_range_is_refused()
    {
        var t = SpeakerTimer.For(1);
        Assert.Equal(ErrorCodes.InvalidAdjustment, Assert.Throws<RuleViolation>(() => t.Adjust(-61)).Code);
        Assert.Equal(ErrorCodes.InvalidAdjustment, Assert.Throws<RuleViolation>(() => t.Adjust(0)).Code);
        Assert.Equal(ErrorCodes.InvalidAdjustment, Assert.Throws<RuleViolation>(() => SpeakerTimer.For(600).Adjust(60)).Code);
        Assert.Equal(0, t.Adjust(-60).LengthSeconds); // down to nothing is allowed: overtime at once
    }

    [Fact]
    public void Count_up_shows_the_time_spoken_and_keeps_the_same_phases()
    {
        var t = TenMinutes.WithSettings(TimerMode.CountUp, 120, 30).Start(At(0));
        Assert.Equal(479, t.ElapsedSeconds(At(479.9)));
        Assert.Equal(TimerPhase.WrapUp, t.Phase(At(480)));
        Assert.Equal(TimerPhase.Red, t.Phase(At(570)));
        Assert.Equal(TimerPhase.Overtime, t.Phase(At(600)));
        Assert.Equal(615, t.ElapsedSeconds(At(615)));
    }

    [Fact]
    public void Time_of_day_mode_still_times_the_segment()
    {
        var t = TenMinutes.WithSettings(TimerMode.TimeOfDay, 300, 60).Start(At(0));
        Assert.Equal(TimerMode.TimeOfDay, t.Mode);
        Assert.Equal(TimerPhase.Overtime, t.Phase(At(601)));
    }

    [Fact]
    public void Thresholds_must_be_ordered_and_modes_known()
    {
        Assert.Equal(ErrorCodes.InvalidThreshold, Assert.Throws<RuleViolation>(() => TenMinutes.WithSettings(TimerMode.Countdown, 30, 60)).Code);
        Assert.Equal(ErrorCodes.InvalidThreshold, Assert.Throws<RuleViolation>(() => TenMinutes.WithSettings(TimerMode.Countdown, 60, -1)).Code);
        Assert.Equal(ErrorCodes.InvalidTimerMode, Assert.Throws<RuleViolation>(() => SpeakerTimer.ParseMode("sideways")).Code);
        Assert.Equal(TimerMode.CountUp, SpeakerTimer.ParseMode(SpeakerTimer.ModeName(TimerMode.CountUp)));
    }

    [Fact]
    public void A_clock_that_steps_back_never_takes_time_away()
    {
        var t = TenMinutes.Start(At(100));
        Assert.Equal(0, t.ElapsedMs(At(50)));
    }

    [Fact]
    public void A_new_duration_keeps_the_run_and_the_adjustments_that_still_fit()
    {
        var t = TenMinutes.Start(At(0)).Adjust(120).WithDuration(20);
        Assert.Equal((1200, 120), (t.DurationSeconds, t.AdjustSeconds));
        Assert.Equal(1320 - 30, t.RemainingSeconds(At(30)));
        Assert.Equal(0, SpeakerTimer.For(10).Adjust(-300).WithDuration(1).AdjustSeconds);
    }
}
