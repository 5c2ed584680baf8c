using Live.Domain.Common;

namespace Live.Domain.CheckIn;

/// <summary>Phone numbers as people type them ("+86 138-0013-8000", "138 0013 8000") reduced to the digits that identify them.</summary>
public static class PhoneNumbers
{
    public const int MinDigits = 5;
    public const int MaxDigits = 20;

    /// <summary>
    /// The digits, without a leading China country code or 00 international prefix; null when empty; invalid_phone
    /// when not 5–20 digits. Lenient on purpose: this is how a guest's typed number is looked up.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string([.. input.Where(char.IsAsciiDigit)]);
        var junk = input.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '+' or '(' or ')' or '.'));
        if (junk) throw new RuleViolation(ErrorCodes.InvalidPhone);
        // "0086 138…" is "+86 138…" dialled from a landline.
        if (input.TrimStart().StartsWith("00", StringComparison.Ordinal)) digits = digits[2..];
        // Invitation lists mix "+86 13800138000" and "13800138000": both must find the same person.
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal)) digits = digits[2..];
        if (digits.Length is < MinDigits or > MaxDigits) throw new RuleViolation(ErrorCodes.InvalidPhone);
        return digits;
    }

    /// <summary>
    /// A number to keep on the list (an invitation list's row, a walk-in): a mainland mobile (11 digits starting with 1,
    /// with or without +86 / 0086 / 86), or a number outside China written with + or 00 (7–15 digits with the country
    /// code, as E.164 allows). "12345" is a typo, not a phone, and the row is reported; null when empty.
    /// </summary>
    public static string? ForList(string? input)
    {
        var digits = Normalize(input);
        if (digits is null || IsMainlandMobile(digits)) return digits;
        var trimmed = input!.TrimStart();
        var international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        // A +86 number that is not a mobile (a landline, a typo) does not identify a guest at the door.
        var foreign = international && !digits.StartsWith("86", StringComparison.Ordinal);
        return foreign && digits.Length is >= 7 and <= 15 ? digits : throw new RuleViolation(ErrorCodes.InvalidPhone);
    }

    private static bool IsMainlandMobile(string digits) => digits.Length == 11 && digits[0] == '1';

    /// <summary>Exactly four digits, or invalid_phone.</summary>
    public static string LastFour(string? input)
    {
        var digits = (input ?? string.Empty).Trim();
        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit)) throw new RuleViolation(ErrorCodes.InvalidPhone);
        return digits;
    }
}
