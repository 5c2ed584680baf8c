namespace Live.Domain.Polls;

/// <summary>
/// A poll's participation rate: voters ÷ people present. While a poll is open "present" is who is connected now; once
/// it closes it is who was there when it closed, kept with the poll so a later reload (with fewer people connected)
/// still divides by the room it was asked in. A voter counts as present even if their phone left before the close,
/// so the rate never goes over 100%.
/// </summary>
public static class Participation
{
    /// <summary>How many were present for a poll: those connected, and at least everyone who voted.</summary>
    public static int Present(int connected, int voters) => Math.Max(Math.Max(connected, 0), Math.Max(voters, 0));

    /// <summary>Whole percent, 0–100; null when nobody was there to ask.</summary>
    public static int? Percent(int voters, int connected)
    {
        var present = Present(connected, voters);
        return present == 0 ? null : (int)Math.Round(100.0 * Math.Max(voters, 0) / present, MidpointRounding.AwayFromZero);
    }
}
