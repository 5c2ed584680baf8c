using Live.Domain.Common;

namespace Live.Domain.CheckIn;

/// <summary>
/// What the check-in wall shows beside each name, the host's choice: two masked names such as "宋*" and "宋*" cannot be
/// told apart, their companies can. Only the company ever reaches the screen this way, never a phone number.
/// </summary>
public static class WallDetail
{
    /// <summary>The name alone.</summary>
    public const string None = "none";
    /// <summary>The person's company; their category when they have none (a walk-in who gave none).</summary>
    public const string Company = "company";
    /// <summary>The person's category, as the wall showed it before there was a choice.</summary>
    public const string Category = "category";
    /// <summary>Names are masked by default, so by default the company tells them apart.</summary>
    public const string Default = Company;

    /// <summary>The setting as the host sent it: absent means the default; anything else unknown is invalid_wall_detail.</summary>
    public static string Parse(string? value) => value switch
    {
        null => Default,
        None or Company or Category => value,
        _ => throw new RuleViolation(ErrorCodes.InvalidWallDetail),
    };

    /// <summary>The company an arrival may carry under this setting: only with "company", and only one the person has.</summary>
    public static string? CompanyShown(string? detail, Person person) => detail == Company ? person.Company : null;
}
