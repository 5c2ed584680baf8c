using System.Globalization;
using Live.Domain.Common;

namespace Live.Domain.Agenda;

/// <summary>One item of the run of show. Its place in the list is its order.</summary>
/// <param name="PlannedStart">Time of day it is planned to start, or null (then nothing can overlap it).</param>
/// <param name="Notes">For the speaker monitor only: never sent to phones.</param>
public sealed record Segment(string Id, string Title, string? Speaker, TimeOnly? PlannedStart, int DurationMinutes, string? Notes, SpeakerTimer Timer)
{
    /// <summary>Minutes from midnight the planned slot covers, [start, end); null without a planned start.</summary>
    public (int Start, int End)? PlannedSlot => PlannedStart is { } t ? (t.Hour * 60 + t.Minute, t.Hour * 60 + t.Minute + DurationMinutes) : null;
}

/// <summary>What the host typed for a segment, before any rule looked at it.</summary>
public sealed record SegmentDraft(string? Title, string? Speaker, string? PlannedStart, int DurationMinutes, string? Notes);

/// <summary>Checks and cleans a draft; each broken rule has its own code.</summary>
public static class SegmentRules
{
    public static (string Title, string? Speaker, TimeOnly? Start, int Duration, string? Notes) Validate(SegmentDraft draft)
    {
        var title = Text.Required(draft.Title, AgendaLimits.MaxTitle, ErrorCodes.SegmentTitleRequired, ErrorCodes.SegmentTitleTooLong);
        var speaker = Text.Optional(draft.Speaker, AgendaLimits.MaxSpeaker, ErrorCodes.SpeakerTooLong);
        var notes = NotesOf(draft.Notes);
        if (draft.DurationMinutes is < AgendaLimits.MinDurationMinutes or > AgendaLimits.MaxDurationMinutes)
            throw new RuleViolation(ErrorCodes.InvalidDuration);
        return (title, speaker, ParseStart(draft.PlannedStart), draft.DurationMinutes, notes);
    }

    /// <summary>"HH:mm" (24-hour), or empty for none.</summary>
    public static TimeOnly? ParseStart(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw new RuleViolation(ErrorCodes.InvalidStartTime);
    }

    public static string? FormatStart(TimeOnly? start) => start?.ToString("HH:mm", CultureInfo.InvariantCulture);

    // Notes keep their line breaks (a speaker's cue list); each line is cleaned like any other text.
    private static string? NotesOf(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes)) return null;
        var lines = notes.Replace("\r\n", "\n").Split('\n').Select(Text.Clean);
        var clean = string.Join('\n', lines).Trim('\n');
        if (clean.Length == 0) return null;
        if (Text.Length(clean) > AgendaLimits.MaxNotes) throw new RuleViolation(ErrorCodes.NotesTooLong);
        return clean;
    }
}
