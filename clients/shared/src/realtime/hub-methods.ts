import type {
  AbsentRequest, AccessLinks, AnswerUpvoteAck, AnswerUpvoteRequest, ArmRequest, AskRequest, BanRequest, CheckInRequest, CheckInResult, CheckInSettings, CheckInView,
  CommentQueueView, CommentRequest, CommentView, DrawSettings, DrawView, LiveState, ModerateCommentsRequest, MoveQuestionsRequest,
  PollDraft, PollSettings, QnaSettings, QnaView, QuestionView, ReactionsView, ReactRequest, RosterEntry, RosterSearchRequest, RosterSearchResult,
  RotatableRole, RoundView, ScreenRequest, SessionView, TierRequest, UpvoteAck, UpvoteRequest, VoteAck, VoteRequest,
} from './types';
import type { Language } from '../i18n/language';
import type { AgendaView, SegmentRequest, TimerAdjustRequest, TimerSettingsRequest } from '../agenda/types';
import type { FormGroupsRequest, GroupsView, MoveToTableRequest, MyTableView } from '../groups/types';
import type { MySurveyView, SurveyAnswerRequest, SurveyReadout, SurveyRequest, SurveyTagRequest, SurveyView } from '../survey/types';
import type { MyQuizView, QuizAnswerAck, QuizAnswerRequest, QuizQuestionRequest, QuizReadout, QuizSettings, QuizView } from '../quiz/types';

/**
 * Every client → server call: LiveHub's public methods (server/Live.Server/Hubs/LiveHub*.cs), each with its arguments
 * and its answer (`void` for a method that answers nothing). Who may call which is on the server, by role.
 * tests/Live.Server.Tests/HubParityTests.cs reads this map and holds it to the hub: names, argument counts and void
 * answers must agree, so keep one method a line.
 */
export interface HubMethods {
  GetState: { args: []; result: LiveState };

  // Polls and the big screen (host).
  CreatePoll: { args: [draft: PollDraft]; result: SessionView };
  EditPoll: { args: [pollId: string, draft: PollDraft]; result: SessionView };
  DuplicatePoll: { args: [pollId: string]; result: SessionView };
  DeletePoll: { args: [pollId: string]; result: SessionView };
  ReorderPolls: { args: [pollIds: string[]]; result: SessionView };
  OpenPoll: { args: [pollId: string]; result: SessionView };
  ClosePoll: { args: [pollId: string]; result: SessionView };
  ResetPoll: { args: [pollId: string]; result: SessionView };
  SetPollSettings: { args: [pollId: string, settings: PollSettings]; result: SessionView };
  SetResultHidden: { args: [pollId: string, key: string, hidden: boolean]; result: SessionView };
  FeatureAnswer: { args: [pollId: string, key: string | null]; result: SessionView };
  ShowOnScreen: { args: [pollId: string | null]; result: SessionView };
  SetScreen: { args: [request: ScreenRequest]; result: SessionView };
  SetSessionLanguage: { args: [language: Language | null]; result: SessionView };
  Vote: { args: [vote: VoteRequest]; result: VoteAck };
  UpvoteAnswer: { args: [request: AnswerUpvoteRequest]; result: AnswerUpvoteAck };
  GetMyAnswerUpvotes: { args: [pollId: string]; result: string[] };

  // Questions, 弹幕 and reactions.
  AskQuestion: { args: [request: AskRequest]; result: QuestionView };
  Upvote: { args: [request: UpvoteRequest]; result: UpvoteAck };
  SendComment: { args: [request: CommentRequest]; result: CommentView };
  React: { args: [request: ReactRequest]; result: void };
  MoveQuestions: { args: [request: MoveQuestionsRequest]; result: QnaView };
  StarQuestion: { args: [questionId: string, starred: boolean]; result: QnaView };
  EditQuestion: { args: [questionId: string, text: string]; result: QnaView };
  BanDevice: { args: [request: BanRequest]; result: QnaView };
  UnbanDevice: { args: [deviceId: string]; result: QnaView };
  SetQnaSettings: { args: [settings: QnaSettings]; result: QnaView };
  SetBlocklist: { args: [words: string[]]; result: QnaView };
  ModerateComments: { args: [request: ModerateCommentsRequest]; result: CommentQueueView };
  ClearComments: { args: []; result: CommentQueueView };
  SetReactionSet: { args: [emojis: string[]]; result: ReactionsView };

  // Check-in.
  CheckIn: { args: [request: CheckInRequest]; result: CheckInResult };
  SearchRoster: { args: [request: RosterSearchRequest]; result: RosterSearchResult };
  StaffCheckIn: { args: [personId: string]; result: RosterEntry };
  UndoCheckIn: { args: [personId: string]; result: RosterEntry };
  SetCheckInSettings: { args: [settings: CheckInSettings]; result: CheckInView };

  // Lucky draw.
  SaveTier: { args: [request: TierRequest]; result: DrawView };
  SetDrawSettings: { args: [settings: DrawSettings]; result: DrawView };
  ArmRound: { args: [request: ArmRequest]; result: RoundView };
  DrawRound: { args: [round: number]; result: RoundView };
  RevealRound: { args: [round: number]; result: RoundView };
  MarkAbsent: { args: [request: AbsentRequest]; result: RoundView };

  // Run of show: agenda and speaker timer (GetAgenda: host, moderator, screen; the rest host).
  GetAgenda: { args: []; result: AgendaView };
  SaveSegment: { args: [request: SegmentRequest]; result: AgendaView };
  DeleteSegment: { args: [segmentId: string]; result: AgendaView };
  ReorderSegments: { args: [segmentIds: string[]]; result: AgendaView };
  GoLive: { args: [segmentId: string | null]; result: AgendaView };
  StartTimer: { args: [segmentId: string]; result: AgendaView };
  PauseTimer: { args: [segmentId: string]; result: AgendaView };
  AdjustTimer: { args: [request: TimerAdjustRequest]; result: AgendaView };
  ResetTimer: { args: [segmentId: string]; result: AgendaView };
  SetTimerSettings: { args: [request: TimerSettingsRequest]; result: AgendaView };
  ShowTimerOnScreen: { args: [show: boolean]; result: AgendaView };

  // Discussion tables (GetGroups: host, moderator, screen; GetMyTable: attendee; the rest host).
  GetGroups: { args: []; result: GroupsView };
  FormGroups: { args: [request: FormGroupsRequest]; result: GroupsView };
  MoveToTable: { args: [request: MoveToTableRequest]; result: GroupsView };
  EndGroups: { args: []; result: GroupsView };
  GetMyTable: { args: []; result: MyTableView };

  // Quiz (GetQuiz: everyone; AnswerQuiz, ChooseQuizTeam: attendee; the rest host).
  SaveQuizQuestion: { args: [request: QuizQuestionRequest]; result: QuizView };
  DeleteQuizQuestion: { args: [questionId: string]; result: QuizView };
  SetQuizSettings: { args: [settings: QuizSettings]; result: QuizView };
  ShowQuizQuestion: { args: [number: number]; result: QuizView };
  CloseQuizQuestion: { args: []; result: QuizView };
  RevealQuizAnswer: { args: []; result: QuizView };
  ShowQuizLeaderboard: { args: []; result: QuizView };
  FinishQuiz: { args: []; result: QuizView };
  ResetQuiz: { args: []; result: QuizView };
  GetQuiz: { args: []; result: QuizReadout };
  AnswerQuiz: { args: [request: QuizAnswerRequest]; result: QuizAnswerAck };
  ChooseQuizTeam: { args: [team: string]; result: MyQuizView };
  // Survey (GetSurvey: everyone; AnswerSurvey: attendee; the rest host).
  SaveSurvey: { args: [request: SurveyRequest]; result: SurveyView };
  OpenSurvey: { args: []; result: SurveyView };
  CloseSurvey: { args: []; result: SurveyView };
  ResetSurvey: { args: []; result: SurveyView };
  SetSurveyTags: { args: [tags: string[]]; result: SurveyView };
  TagSurveyAnswer: { args: [request: SurveyTagRequest]; result: SurveyView };
  GetSurvey: { args: []; result: SurveyReadout };
  AnswerSurvey: { args: [request: SurveyAnswerRequest]; result: MySurveyView };

  // Links and the session itself (host).
  GetAccessLinks: { args: []; result: AccessLinks };
  RotateKey: { args: [role: RotatableRole]; result: AccessLinks };
  DeleteSession: { args: []; result: void };
}

export type HubMethod = keyof HubMethods;
export type HubArgs<M extends HubMethod> = HubMethods[M]['args'];
export type HubResult<M extends HubMethod> = HubMethods[M]['result'];

/** Calls a hub method by name: only names in HubMethods, with their arguments, answering their result. */
export type Invoke = <M extends HubMethod>(method: M, ...args: HubArgs<M>) => Promise<HubResult<M>>;
