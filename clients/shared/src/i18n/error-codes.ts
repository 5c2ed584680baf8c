/**
 * Every stable error code the server can send (docs/API.md "Error codes"). A HubException whose message is not
 * one of these (SignalR's own "Failed to invoke …", or a code this client does not know yet) is shown as
 * `bad_request`: raw server text never reaches a person. Each app translates all of them as `errors.<code>`.
 */
export const knownErrorCodes = [
  'bad_request', 'unauthorized', 'forbidden', 'unavailable', 'rate_limited', 'message_too_large',
  'origin_not_allowed', 'credential_revoked',
  'invalid_session_code', 'session_not_found', 'title_required', 'title_too_long', 'nickname_too_long', 'invalid_mode',
  'question_required', 'question_too_long', 'option_count', 'option_required', 'option_too_long', 'option_duplicate',
  'invalid_poll_kind', 'invalid_max_selections', 'poll_not_found', 'poll_not_open', 'no_selection', 'invalid_option',
  'too_many_selections', 'already_voted', 'invalid_op_id', 'checkin_required', 'poll_has_votes', 'poll_not_draft', 'invalid_poll_order', 'invalid_role',
  'text_required', 'text_too_long', 'duplicate_text', 'anonymous_not_allowed', 'device_banned', 'question_not_found',
  'comment_not_found', 'question_not_open', 'invalid_question_state', 'comments_off', 'invalid_reaction',
  'invalid_reaction_set', 'reason_too_long', 'blocklist_too_long', 'too_many_ids', 'invalid_screen_view', 'invalid_language', 'invalid_results_timing',
  'checkin_not_found', 'checkin_ambiguous', 'walkins_closed', 'invalid_phone', 'name_required', 'name_too_long',
  'field_too_long', 'duplicate_in_file', 'person_not_found', 'query_too_long',
  'unsupported_file', 'missing_columns', 'file_too_large', 'roster_too_large', 'invalid_wall_detail',
  'tier_not_found', 'round_not_found', 'winner_not_found', 'invalid_tier', 'tier_full', 'no_entrants', 'round_not_drawn',
  'invalid_variant', 'invalid_rating', 'invalid_ranking', 'entry_required', 'entry_too_long', 'too_many_entries', 'invalid_answer',
  'segment_title_required', 'segment_title_too_long', 'speaker_too_long', 'notes_too_long', 'invalid_duration', 'invalid_start_time',
  'agenda_full', 'segment_not_found', 'invalid_order', 'invalid_timer_mode', 'invalid_threshold', 'invalid_adjustment',
  'answer_not_found', 'answer_hidden', 'upvotes_off',
  'invalid_group_source', 'invalid_table_size', 'invalid_company_rule', 'no_one_to_group', 'too_many_to_group',
  'groups_not_formed', 'member_not_found', 'table_not_found',
  'invalid_time_limit', 'invalid_points', 'answer_key_required', 'quiz_empty', 'invalid_quiz_step', 'question_closed', 'answers_not_shown',
  'invalid_quiz_settings', 'quiz_full', 'quiz_question_not_found', 'quiz_team_not_found', 'quiz_team_locked',
  'survey_full', 'survey_empty', 'survey_closed', 'survey_question_not_found', 'survey_incomplete', 'survey_submitted', 'survey_has_responses', 'invalid_survey_tag',
] as const;

export type KnownErrorCode = typeof knownErrorCodes[number];

const known: ReadonlySet<string> = new Set(knownErrorCodes);
export const isKnownErrorCode = (code: string): code is KnownErrorCode => known.has(code);
