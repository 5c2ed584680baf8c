using Live.Domain.Common;

namespace Live.Domain.Polls;

/// <summary>
/// Who a ballot belongs to. Normally the device (a cleared browser is a new device, so a new ballot). In a
/// checked-in-only poll it is the checked-in person, whatever phone they use now: a ballot per invited person.
/// </summary>
public static class VoterKeys
{
    private const string PersonPrefix = "p:"; // device ids are base64url and never contain ':'

    /// <summary>The ballot key for this device, or checkin_required when the poll needs a check-in the device lacks.</summary>
    public static string KeyFor(bool checkedInOnly, string deviceId, string? checkedInPersonId) => !checkedInOnly
        ? deviceId
        : checkedInPersonId is null ? throw new RuleViolation(ErrorCodes.CheckInRequired) : PersonPrefix + checkedInPersonId;

    /// <summary>The person id behind a person-keyed ballot, or null for a device-keyed one.</summary>
    public static string? PersonOf(string voterKey) => voterKey.StartsWith(PersonPrefix, StringComparison.Ordinal) ? voterKey[PersonPrefix.Length..] : null;

    /// <summary>Who votes may change only while nobody has voted: ballots of both kinds must never mix in one tally.</summary>
    public static void RequireChangeAllowed(bool before, bool after, int ballots)
    {
        if (before != after && ballots > 0) throw new RuleViolation(ErrorCodes.PollHasVotes);
    }
}
