namespace Live.Domain.CheckIn;

public enum CheckInChannel { Self, Staff, WalkIn }

/// <summary>Someone on the invitation list, or a walk-in, and whether and how they arrived.</summary>
public sealed class Person
{
    public required int Number { get; init; }
    public string Id => $"a{Number}";
    public required string Name { get; set; }
    /// <summary>Digits only (see <see cref="PhoneNumbers"/>); null when the list had none.</summary>
    public string? Phone { get; set; }
    public string? Company { get; set; }
    public required string Category { get; set; }
    public string? Seat { get; set; }
    /// <summary>Not on the imported list: registered at the door. Walk-ins are not counted as invited.</summary>
    public bool WalkIn { get; set; }
    public DateTimeOffset? ArrivedAt { get; set; }
    public CheckInChannel? Channel { get; set; }
    /// <summary>The phone that checked this person in, so it gets the same answer again (and, later, the draw's news).</summary>
    public string? DeviceId { get; set; }

    public bool Arrived => ArrivedAt is not null;
}

/// <summary>One line of the check-in log: who, what (arrived / undone / imported), how, when.</summary>
public sealed record CheckInLogEntry(DateTimeOffset At, string PersonId, string Action, string? Channel, string? DeviceId);
