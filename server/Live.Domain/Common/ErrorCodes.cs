namespace Live.Domain.Common;

/// <summary>Every error code the rules can raise. Clients map each to a translated message.</summary>
public static class ErrorCodes
{
    public const string BadRequest = "bad_request";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string Unavailable = "unavailable";
    public const string CredentialRevoked = "credential_revoked";
    public const string OriginNotAllowed = "origin_not_allowed";
    public const string MessageTooLarge = "message_too_large";
    public const string InvalidRole = "invalid_role";

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
    public const string InvalidVariant = "invalid_variant";

    public const string PollNotFound = "poll_not_found";
    public const string PollNotOpen = "poll_not_open";
    public const string NoSelection = "no_selection";
    public const string InvalidOption = "invalid_option";
    public const string TooManySelections = "too_many_selections";
    public const string AlreadyVoted = "already_voted";
    public const string InvalidOpId = "invalid_op_id";
    public const string CheckInRequired = "checkin_required";
    public const string PollHasVotes = "poll_has_votes";
    public const string PollNotDraft = "poll_not_draft";
    public const string InvalidPollOrder = "invalid_poll_order";
    public const string InvalidAnswer = "invalid_answer";
    public const string InvalidRating = "invalid_rating";
    public const string InvalidRanking = "invalid_ranking";
    public const string EntryRequired = "entry_required";
    public const string EntryTooLong = "entry_too_long";
    public const string TooManyEntries = "too_many_entries";
    public const string AnswerNotFound = "answer_not_found";
    public const string AnswerHidden = "answer_hidden";
    public const string UpvotesOff = "upvotes_off";

    public const string TextRequired = "text_required";
    public const string TextTooLong = "text_too_long";
    public const string DuplicateText = "duplicate_text";
    public const string AnonymousNotAllowed = "anonymous_not_allowed";
    public const string DeviceBanned = "device_banned";
    public const string RateLimited = "rate_limited";
    public const string QuestionNotFound = "question_not_found";
    public const string CommentNotFound = "comment_not_found";
    public const string QuestionNotOpen = "question_not_open";
    public const string InvalidQuestionState = "invalid_question_state";
    public const string CommentsOff = "comments_off";
    public const string InvalidReaction = "invalid_reaction";
    public const string InvalidReactionSet = "invalid_reaction_set";
    public const string ReasonTooLong = "reason_too_long";
    public const string BlocklistTooLong = "blocklist_too_long";
    public const string TooManyIds = "too_many_ids";
    public const string InvalidScreenView = "invalid_screen_view";
    public const string InvalidLanguage = "invalid_language";
    public const string InvalidResultsTiming = "invalid_results_timing";

    public const string CheckInNotFound = "checkin_not_found";
    public const string CheckInAmbiguous = "checkin_ambiguous";
    public const string WalkInsClosed = "walkins_closed";
    public const string InvalidPhone = "invalid_phone";
    public const string NameRequired = "name_required";
    public const string NameTooLong = "name_too_long";
    public const string FieldTooLong = "field_too_long";
    public const string DuplicateInFile = "duplicate_in_file";
    public const string PersonNotFound = "person_not_found";
    public const string QueryTooLong = "query_too_long";
    public const string UnsupportedFile = "unsupported_file";
    public const string MissingColumns = "missing_columns";
    public const string FileTooLarge = "file_too_large";
    public const string RosterTooLarge = "roster_too_large";
    public const string InvalidWallDetail = "invalid_wall_detail";

    public const string TierNotFound = "tier_not_found";
    public const string InvalidTier = "invalid_tier";
    public const string TierFull = "tier_full";
    public const string RoundNotFound = "round_not_found";
    public const string RoundNotDrawn = "round_not_drawn";
    public const string NoEntrants = "no_entrants";
    public const string WinnerNotFound = "winner_not_found";

    public const string SegmentTitleRequired = "segment_title_required";
    public const string SegmentTitleTooLong = "segment_title_too_long";
    public const string SpeakerTooLong = "speaker_too_long";
    public const string NotesTooLong = "notes_too_long";
    public const string InvalidDuration = "invalid_duration";
    public const string InvalidStartTime = "invalid_start_time";
    public const string AgendaFull = "agenda_full";
    public const string SegmentNotFound = "segment_not_found";
    public const string InvalidOrder = "invalid_order";
    public const string InvalidTimerMode = "invalid_timer_mode";
    public const string InvalidThreshold = "invalid_threshold";
    public const string InvalidAdjustment = "invalid_adjustment";

    public const string InvalidGroupSource = "invalid_group_source";
    public const string InvalidTableSize = "invalid_table_size";
    public const string InvalidCompanyRule = "invalid_company_rule";
    public const string NoOneToGroup = "no_one_to_group";
    public const string TooManyToGroup = "too_many_to_group";
    public const string GroupsNotFormed = "groups_not_formed";
    public const string MemberNotFound = "member_not_found";
    public const string TableNotFound = "table_not_found";

    public const string InvalidTimeLimit = "invalid_time_limit";
    public const string InvalidPoints = "invalid_points";
    public const string AnswerKeyRequired = "answer_key_required";
    public const string QuizEmpty = "quiz_empty";
    public const string InvalidQuizStep = "invalid_quiz_step";
    public const string QuestionClosed = "question_closed";
    public const string AnswersNotShown = "answers_not_shown";
    public const string InvalidQuizSettings = "invalid_quiz_settings";
    public const string QuizFull = "quiz_full";
    public const string QuizQuestionNotFound = "quiz_question_not_found";
    public const string QuizTeamNotFound = "quiz_team_not_found";
    public const string QuizTeamLocked = "quiz_team_locked";

    public const string SurveyFull = "survey_full";
    public const string SurveyEmpty = "survey_empty";
    public const string SurveyClosed = "survey_closed";
    public const string SurveyQuestionNotFound = "survey_question_not_found";
    public const string SurveyIncomplete = "survey_incomplete";
    public const string SurveySubmitted = "survey_submitted";
    public const string SurveyHasResponses = "survey_has_responses";
    public const string InvalidSurveyTag = "invalid_survey_tag";
}
