namespace Live.Domain.Agenda;

/// <summary>The agenda's limits (docs/API.md, "Agenda and speaker timer").</summary>
public static class AgendaLimits
{
    public const int MaxSegments = 100;
    public const int MaxTitle = 80;
    public const int MaxSpeaker = 60;
    public const int MaxNotes = 1000;
    public const int MinDurationMinutes = 1;
    public const int MaxDurationMinutes = 600;
}
