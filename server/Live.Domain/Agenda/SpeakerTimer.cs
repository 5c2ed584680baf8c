using Live.Domain.Common;

namespace Live.Domain.Agenda;

/// <summary>What the big display shows: the time left (default), the time spoken, or the time of day.</summary>
public enum TimerMode { Countdown, CountUp, TimeOfDay }

/// <summary>Colour of the timer: normal, wrap-up (yellow), red, overtime (time is up).</summary>
public enum TimerPhase { Normal, WrapUp, Red, Overtime }

/// <summary>
/// A segment's speaker timer, server-authoritative and immutable. It stores when it started running (server Unix ms)
/// and how much ran before, never a ticking value, so every screen computes the same second from it and a restart or
/// a reloaded screen resumes where the room is. Every rule takes <c>now</c> explicitly.
/// </summary>
/// <param name="DurationSeconds">The segment's planned length.</param>
/// <param name="AdjustSeconds">The host's ±1 minute presses, summed; the timer runs for Duration + Adjust.</param>
/// <param name="ElapsedBeforeMs">Time run before the current run (the sum of earlier runs between pauses).</param>
/// <param name="RunningSinceMs">Server Unix ms when the current run started; null while paused or never started.</param>
public sealed record SpeakerTimer(
    TimerMode Mode, int DurationSeconds, int AdjustSeconds, long ElapsedBeforeMs, long? RunningSinceMs, int WrapUpSeconds, int RedSeconds)
{
    public const int DefaultWrapUpSeconds = 5 * 60;
    public const int DefaultRedSeconds = 60;
    /// <summary>The longest a timer may run for, adjustments included (the longest segment).</summary>
    public const int MaxSeconds = AgendaLimits.MaxDurationMinutes * 60;
    /// <summary>The most one adjustment may add or take away.</summary>
    public const int MaxAdjustSeconds = 60 * 60;

    public static SpeakerTimer For(int durationMinutes) =>
        new(TimerMode.Countdown, durationMinutes * 60, 0, 0, null, DefaultWrapUpSeconds, DefaultRedSeconds);

    public bool Running => RunningSinceMs is not null;

    /// <summary>What the timer runs for now: the planned length plus the adjustments.</summary>
    public int LengthSeconds => DurationSeconds + AdjustSeconds;

    /// <summary>Time spoken at <paramref name="now"/>; a clock that stepped back never makes it shrink below what ran before.</summary>
    public long ElapsedMs(long now) => ElapsedBeforeMs + (RunningSinceMs is { } since ? Math.Max(0, now - since) : 0);

    /// <summary>Time left at <paramref name="now"/>; negative in overtime.</summary>
    public long RemainingMs(long now) => LengthSeconds * 1000L - ElapsedMs(now);

    /// <summary>
    /// Whole seconds left as a countdown shows them: rounded up, so it shows 0:01 until the last millisecond, 0:00 for the
    /// first second over and −0:15 fifteen seconds later. The clients compute the same (clients/shared timer-display).
    /// </summary>
    public long RemainingSeconds(long now) => CeilDiv(RemainingMs(now), 1000);

    /// <summary>Whole seconds spoken, as a count-up shows them (rounded down).</summary>
    public long ElapsedSeconds(long now) => ElapsedMs(now) / 1000;

    /// <summary>Overtime from 0:00 on; red and wrap-up when the whole seconds left are at or below their thresholds.</summary>
    public TimerPhase Phase(long now)
    {
        var left = RemainingSeconds(now);
        if (left <= 0) return TimerPhase.Overtime;
        if (left <= RedSeconds) return TimerPhase.Red;
        return left <= WrapUpSeconds ? TimerPhase.WrapUp : TimerPhase.Normal;
    }

    /// <summary>Starts or resumes; starting a running timer changes nothing (a double click).</summary>
    public SpeakerTimer Start(long now) => Running ? this : this with { RunningSinceMs = now };

    /// <summary>Pauses, keeping what ran; pausing a paused timer changes nothing.</summary>
    public SpeakerTimer Pause(long now) => Running ? this with { ElapsedBeforeMs = ElapsedMs(now), RunningSinceMs = null } : this;

    /// <summary>Gives the speaker more time (positive) or less (negative); the length stays within 0..<see cref="MaxSeconds"/>.</summary>
    public SpeakerTimer Adjust(int seconds)
    {
        if (seconds == 0 || Math.Abs(seconds) > MaxAdjustSeconds) throw new RuleViolation(ErrorCodes.InvalidAdjustment);
        var length = LengthSeconds + seconds;
        if (length < 0 || length > MaxSeconds) throw new RuleViolation(ErrorCodes.InvalidAdjustment);
        return this with { AdjustSeconds = AdjustSeconds + seconds };
    }

    /// <summary>Back to the planned length, stopped, nothing spoken; the mode and thresholds stay.</summary>
    public SpeakerTimer Reset() => this with { AdjustSeconds = 0, ElapsedBeforeMs = 0, RunningSinceMs = null };

    /// <summary>Mode and thresholds: 0 ≤ red ≤ wrap-up ≤ <see cref="MaxSeconds"/>.</summary>
    public SpeakerTimer WithSettings(TimerMode mode, int wrapUpSeconds, int redSeconds)
    {
        if (!Enum.IsDefined(mode)) throw new RuleViolation(ErrorCodes.InvalidTimerMode);
        if (redSeconds < 0 || wrapUpSeconds < redSeconds || wrapUpSeconds > MaxSeconds) throw new RuleViolation(ErrorCodes.InvalidThreshold);
        return this with { Mode = mode, WrapUpSeconds = wrapUpSeconds, RedSeconds = redSeconds };
    }

    /// <summary>The segment's duration was edited: the timer runs for the new length, keeping its adjustments when they still fit.</summary>
    public SpeakerTimer WithDuration(int durationMinutes)
    {
        var seconds = durationMinutes * 60;
        var adjust = seconds + AdjustSeconds is < 0 or > MaxSeconds ? 0 : AdjustSeconds;
        return this with { DurationSeconds = seconds, AdjustSeconds = adjust };
    }

    private static long CeilDiv(long a, long b) => a >= 0 ? (a + b - 1) / b : -(-a / b);

    /// <summary>Wire name of a mode: countdown, countUp, timeOfDay.</summary>
    public static string ModeName(TimerMode mode) => mode switch
    {
        TimerMode.CountUp => "countUp",
        TimerMode.TimeOfDay => "timeOfDay",
        _ => "countdown",
    };

    /// <summary>Reads a wire mode name; anything else is <c>invalid_timer_mode</c>.</summary>
    public static TimerMode ParseMode(string? name) => name switch
    {
        "countdown" => TimerMode.Countdown,
        "countUp" => TimerMode.CountUp,
        "timeOfDay" => TimerMode.TimeOfDay,
        _ => throw new RuleViolation(ErrorCodes.InvalidTimerMode),
    };
}
