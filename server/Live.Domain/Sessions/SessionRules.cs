using System.Security.Cryptography;
using Live.Domain.Common;

namespace Live.Domain.Sessions;

public enum AttendanceMode
{
    Onsite = 0,
    Online = 1,
}

/// <summary>Rules for sessions and joining: codes, titles, nicknames, attendance modes.</summary>
public static class SessionRules
{
    public const int TitleMax = 120;
    public const int NicknameMax = 32;

    /// <summary>
    /// UTF-16 units a nickname may take. 32 user-perceived characters can be thousands of units (emoji families,
    /// combining-mark towers), and the attendee token carries the nickname: past this the token would outgrow what
    /// <c>CredentialSigner.Verify</c> accepts and the phone would join, then be refused on every connect. The phone's
    /// own box stops at 32 units.
    /// </summary>
    public const int NicknameMaxChars = 128;

    /// <summary>A random six-digit code that never starts with 0 (people drop a leading zero when typing).</summary>
    public static string NewCode() => RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString();

    public static bool IsValidCode(string? code) =>
        code is { Length: 6 } && code.All(char.IsAsciiDigit) && code[0] != '0';

    /// <summary>
    /// A code that can name a session. Six digits starting with 0 are well formed, but no session ever has one:
    /// they are <c>session_not_found</c> (without asking a grain), and only what is not six digits is
    /// <c>invalid_session_code</c>.
    /// </summary>
    public static string RequireCode(string? code)
    {
        if (IsValidCode(code)) return code!;
        if (code is { Length: 6 } && code.All(char.IsAsciiDigit)) throw new RuleViolation(ErrorCodes.SessionNotFound);
        throw new RuleViolation(ErrorCodes.InvalidSessionCode);
    }

    public static string Title(string? title) =>
        Text.Required(title, TitleMax, ErrorCodes.TitleRequired, ErrorCodes.TitleTooLong);

    public static string? Nickname(string? nickname)
    {
        var clean = Text.Optional(nickname, NicknameMax, ErrorCodes.NicknameTooLong);
        return clean is { Length: > NicknameMaxChars } ? throw new RuleViolation(ErrorCodes.NicknameTooLong) : clean;
    }

    public static AttendanceMode ParseMode(string? mode) => mode?.Trim().ToLowerInvariant() switch
    {
        "onsite" => AttendanceMode.Onsite,
        "online" => AttendanceMode.Online,
        _ => throw new RuleViolation(ErrorCodes.InvalidMode),
    };

    /// <summary>What the big screen may show: "join", "poll" (needs a poll id), "qna", "checkin", "draw" or "groups". Returns (view, pollId).</summary>
    public static (string View, string? PollId) ScreenView(string? view, string? pollId) => view?.Trim().ToLowerInvariant() switch
    {
        "join" => ("join", null),
        "qna" => ("qna", null),
        "checkin" => ("checkin", null),
        "draw" => ("draw", null),
        "groups" => ("groups", null),
        "poll" when !string.IsNullOrWhiteSpace(pollId) => ("poll", pollId),
        _ => throw new RuleViolation(ErrorCodes.InvalidScreenView),
    };

    /// <summary>The languages Live's screens speak.</summary>
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    /// <summary>
    /// The session's language for its screens: "zh-CN" or "en" (any case), or null/empty for none (each screen follows
    /// its own browser). Phones always follow their owner's browser.
    /// </summary>
    public static string? Language(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null
        : Languages.FirstOrDefault(l => string.Equals(l, language.Trim(), StringComparison.OrdinalIgnoreCase))
          ?? throw new RuleViolation(ErrorCodes.InvalidLanguage);

    public static string ToWire(this AttendanceMode mode) => mode == AttendanceMode.Onsite ? "onsite" : "online";
}
