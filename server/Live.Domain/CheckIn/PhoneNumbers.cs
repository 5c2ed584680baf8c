using Live.Domain.Common;

namespace Live.Domain.CheckIn;

/// <summary>Phone numbers as people type them ("+86 138-0013-8000", "138 0013 8000") reduced to the digits that identify them.</summary>
public static class PhoneNumbers
{
    public const int MinDigits = 5;
    public const int MaxDigits = 20;

    /// <summary>The digits, without a leading China country code; null when empty; invalid_phone when not 5–20 digits.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        var digits = new string([.. input.Where(char.IsAsciiDigit)]);
        var junk = input.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '-' or '+' or '(' or ')' or '.'));
        if (junk) throw new RuleViolation(ErrorCodes.InvalidPhone);
        // Invitation lists mix "+86 13800138000" and "13800138000": both must find the same person.
        if (digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal)) digits = digits[2..];
        if (digits.Length is < MinDigits or > MaxDigits) throw new RuleViolation(ErrorCodes.InvalidPhone);
        return digits;
    }

    /// <summary>Exactly four digits, or invalid_phone.</summary>
    public static string LastFour(string? input)
    {
        var digits = (input ?? string.Empty).Trim();
        if (digits.Length != 4 || !digits.All(char.IsAsciiDigit)) throw new RuleViolation(ErrorCodes.InvalidPhone);
        return digits;
    }
}
