using Live.Domain.Common;
using Live.Domain.Polls;
using Live.Domain.Sessions;

namespace Live.Domain.Tests;

public class TextAndSessionTests
{
    [Fact]
    public void Clean_strips_bidi_overrides_and_control_characters()
    {
        Assert.Equal("evil.exe", Text.Clean("\u202Eevil\u0000.exe\u200B"));
        Assert.Equal("a b", Text.Clean(" a \t\n b "));
    }

    [Fact]
    public void Clean_normalises_to_nfc() => Assert.Equal("\u00e9", Text.Clean("e\u0301"));

    [Fact]
    public void Clean_survives_lone_surrogates() => Assert.Equal("ab", Text.Clean("a\ud800b"));

    [Theory]
    [InlineData("123456", true)]
    [InlineData("012345", false)]
    [InlineData("12345", false)]
    [InlineData("12345a", false)]
    [InlineData(null, false)]
    public void Session_codes_are_six_digits(string? code, bool valid) => Assert.Equal(valid, SessionRules.IsValidCode(code));

    [Theory]
    [InlineData("012345", ErrorCodes.SessionNotFound)]   // six digits: well formed, but never handed out
    [InlineData("000000", ErrorCodes.SessionNotFound)]
    [InlineData("12345", ErrorCodes.InvalidSessionCode)]
    [InlineData("1234567", ErrorCodes.InvalidSessionCode)]
    [InlineData("12345a", ErrorCodes.InvalidSessionCode)]
    [InlineData("１２３４５６", ErrorCodes.InvalidSessionCode)] // full-width digits are not ASCII digits
    [InlineData(null, ErrorCodes.InvalidSessionCode)]
    public void Only_a_code_that_is_not_six_digits_is_malformed(string? code, string error) =>
        Assert.Equal(error, Assert.Throws<RuleViolation>(() => SessionRules.RequireCode(code)).Code);

    [Fact]
    public void New_codes_are_valid()
    {
        for (var i = 0; i < 1000; i++) Assert.True(SessionRules.IsValidCode(SessionRules.NewCode()));
    }

    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("ZH-cn", "zh-CN")]
    [InlineData(" en ", "en")]
    [InlineData(null, null)]
    [InlineData("", null)]
    public void A_session_language_is_chinese_english_or_none(string? given, string? kept) => Assert.Equal(kept, SessionRules.Language(given));

    [Theory]
    [InlineData("fr")]
    [InlineData("zh")]
    [InlineData("en-US-x-evil")]
    public void Other_languages_are_refused(string given) =>
        Assert.Equal(ErrorCodes.InvalidLanguage, Assert.Throws<RuleViolation>(() => SessionRules.Language(given)).Code);

    [Fact]
    public void Titles_and_nicknames_have_limits()
    {
        Assert.Equal(ErrorCodes.TitleRequired, Assert.Throws<RuleViolation>(() => SessionRules.Title("")).Code);
        Assert.Equal(ErrorCodes.TitleTooLong, Assert.Throws<RuleViolation>(() => SessionRules.Title(new string('t', 121))).Code);
        Assert.Null(SessionRules.Nickname("   "));
        Assert.Equal(ErrorCodes.NicknameTooLong, Assert.Throws<RuleViolation>(() => SessionRules.Nickname(new string('n', 33))).Code);
    }

    [Fact]
    public void A_nickname_of_32_characters_may_not_be_thousands_of_code_units()
    {
        var family = "👨‍👩‍👧‍👦"; // one character, eleven UTF-16 units
        Assert.Equal(family, SessionRules.Nickname(family));
        Assert.Equal(string.Concat(Enumerable.Repeat(family, 11)), SessionRules.Nickname(string.Concat(Enumerable.Repeat(family, 11))));
        Assert.Equal(ErrorCodes.NicknameTooLong, Assert.Throws<RuleViolation>(() => SessionRules.Nickname(string.Concat(Enumerable.Repeat(family, 32)))).Code);
        var tower = "Z" + new string('\u0301', 200); // one character under 200 combining marks
        Assert.Equal(ErrorCodes.NicknameTooLong, Assert.Throws<RuleViolation>(() => SessionRules.Nickname(tower)).Code);
        Assert.Equal("小王", SessionRules.Nickname("小王"));
    }

    [Fact]
    public void Close_is_refused_for_a_draft_and_idempotent_otherwise()
    {
        Assert.Equal(ErrorCodes.PollNotOpen, Assert.Throws<RuleViolation>(() => PollLifecycle.Close(PollStatus.Draft)).Code);
        Assert.Equal(PollStatus.Closed, PollLifecycle.Close(PollStatus.Closed));
        Assert.Equal(PollStatus.Open, PollLifecycle.Open(PollStatus.Closed));
    }
}
