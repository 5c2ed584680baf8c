namespace Live.Domain.Common;

/// <summary>Every error code the rules can raise. Clients map each to a translated message.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string Unavailable = "unavailable";

    public const string InvalidSessionCode = "invalid_session_code";
    public const string SessionNotFound = "session_not_found";
    public const string TitleRequired = "title_required";
    public const string TitleTooLong = "title_too_long";
    public const string NicknameTooLong = "nickname_too_long";
    public const string InvalidMode = "invalid_mode";

    public const string QuestionRequired = "question_required";
    public const string QuestionTooLong = "question_too_long";
    public const string OptionCount = "option_count";
    public const string OptionRequired = "option_required";
    public const string OptionTooLong = "option_too_long";
    public const string OptionDuplicate = "option_duplicate";
    public const string InvalidPollKind = "invalid_poll_kind";
    public const string InvalidMaxSelections = "invalid_max_selections";

    public const string PollNotFound = "poll_not_found";
    public const string PollNotOpen = "poll_not_open";
    public const string NoSelection = "no_selection";
    public const string InvalidOption = "invalid_option";
    public const string TooManySelections = "too_many_selections";
    public const string AlreadyVoted = "already_voted";
    public const string InvalidOpId = "invalid_op_id";
}
