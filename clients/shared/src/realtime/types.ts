// Wire types of the Live hub (docs/API.md). Names match the server's JSON exactly.
import type { AgendaView } from '../agenda/types';
import type { GroupsView, MyTableView } from '../groups/types';
import type { MyQuizView, QuizView } from '../quiz/types';
import type { MySurveyView, SurveyView } from '../survey/types';
import type { Language } from '../i18n/language';
/** Every poll kind this client knows (docs: spec "Poll kinds: the wire shapes"); each app has one module per kind. */
export const pollKindList = ['single', 'multiple', 'rating', 'ranking', 'wordcloud', 'text'] as const;
export type PollKind = typeof pollKindList[number];
/** Rating scales: stars5 is 1–5, scale10 is 1–10, nps is 0–10. */
export type RatingVariant = 'stars5' | 'scale10' | 'nps';
export type PollStatus = 'draft' | 'open' | 'closed';
export type Role = 'host' | 'moderator' | 'screen' | 'attendee';
/** The roles whose link the host can replace with RotateKey. */
export type RotatableRole = 'host' | 'moderator' | 'screen';

export interface PollOption { id: number; text: string }
export interface PollView {
  id: string; kind: PollKind; question: string; options: PollOption[];
  maxSelections: number; allowVoteChange: boolean; showResultsToAttendees: boolean; status: PollStatus;
  /** Only phones that have checked in may vote (absent from an older server during an upgrade: treat as false). */
  checkedInOnly?: boolean;
  /** The rating scale (RatingVariant) for rating polls, else null (absent from servers before poll kinds: null). */
  variant?: string | null;
  /** Result keys the host hid from the screen and phones (SetResultHidden); absent means none. */
  hiddenKeys?: string[];
  /** Who was present when the poll last closed, the base of its participation rate (host and screen only; else absent). */
  presentAtClose?: number | null;
  /** The answer the host spotlit on the screen (FeatureAnswer, open text); absent or null means none. */
  featuredKey?: string | null;
  /** Phones may upvote the answers (open text); they then see the wall. Absent from older servers: false. */
  allowUpvotes?: boolean;
  /** When phones show the results the host shares; absent from older servers: "always", as they did. */
  attendeeResults?: ResultsTiming;
}
/** afterVoting: once this phone voted or the poll closed; always: from the start; whenClosed: only once closed. */
export type ResultsTiming = 'afterVoting' | 'always' | 'whenClosed';
export const resultsTimings: readonly ResultsTiming[] = ['afterVoting', 'always', 'whenClosed'];
/** The hub's CreatePoll argument. maxSelections: multiple choice's limit or word cloud's entries per attendee, else null. */
export interface PollDraft {
  question: string; kind: PollKind; options: string[]; maxSelections: number | null; variant: string | null;
  allowVoteChange: boolean; showResultsToAttendees: boolean;
  /** Only for kinds that take upvotes (open text); absent means off. */
  allowUpvotes?: boolean;
  /** Absent: after voting. */
  attendeeResults?: ResultsTiming;
}
/** attendeeResults absent: unchanged. */
export interface PollSettings { allowVoteChange: boolean; showResultsToAttendees: boolean; checkedInOnly: boolean; allowUpvotes?: boolean; attendeeResults?: ResultsTiming }
/** The hub's UpvoteAnswer argument: up = false takes the upvote back; opId is made once per tap and reused on retry. */
export interface AnswerUpvoteRequest { pollId: string; key: string; up: boolean; opId: string }
/** UpvoteAnswer's reply, once durable: whether this device now upvotes the answer, and its count. */
export interface AnswerUpvoteAck { pollId: string; key: string; up: boolean; upvotes: number }
export type ScreenViewKind = 'join' | 'poll' | 'qna' | 'checkin' | 'draw' | 'groups';
/** language: the screens' language (SetSessionLanguage); null: each screen follows its browser. */
export interface SessionView {
  code: string; title: string; version: number; screen: { view: ScreenViewKind; pollId: string | null }; polls: PollView[];
  language: Language | null;
}
/**
 * counts: per option id, for single and multiple choice ([] for the other kinds). items: one per statement (rating), per
 * option (ranking) or per word (wordcloud, top words by count), null for choice. voters: respondents, for every kind.
 */
export interface PollResults { pollId: string; version: number; status: PollStatus; counts: number[]; voters: number; items?: ResultItem[] | null }
/**
 * One result line. value: mean rating or mean points; score: NPS; distribution: per scale point or per rank; upvotes:
 * an answer's upvotes while its poll takes them (else null or absent).
 */
export interface ResultItem {
  key: string; text: string | null; count: number; value: number | null; score: number | null; distribution: number[] | null;
  upvotes?: number | null;
}
export interface PresenceCounts { version: number; onsite: number; online: number }
/** What the server holds for this device in one poll (BallotView); the field of the poll's kind is filled. */
export interface Ballot {
  pollId: string; optionIds: number[]; ranking?: number[] | null; ratings?: number[] | null; texts?: string[] | null;
}
/** The hub's Vote argument: one of the answer fields, the one the poll's kind reads. */
export interface VoteRequest { pollId: string; opId: string; optionIds?: number[]; ranking?: number[]; ratings?: number[]; texts?: string[] }
/** Vote's reply, once the ballot is durable: what the server now holds for this device. */
export interface VoteAck {
  pollId: string; opId: string; optionIds: number[]; ranking: number[] | null; ratings: number[] | null; texts: string[] | null;
}
/** What the big screen shows (SetScreen): pollId only for view "poll". */
export interface ScreenRequest { view: ScreenViewKind; pollId?: string | null }
export interface LiveState {
  role: Role; session: SessionView; results: PollResults[]; presence: PresenceCounts; myBallots: Ballot[];
  me: { deviceId: string; nickname: string | null; mode: 'onsite' | 'online' } | null;
  qna: QnaView; comments: CommentQueueView; reactions: ReactionsView;
  myQuestions: QuestionView[]; myUpvotes: string[];
  checkins: CheckInView | null; myCheckIn: CheckInResult | null;
  draw: DrawView | null; myPrizes: PrizeView[];
  /** Hosts, moderators and screens; null for attendees. */
  agenda?: AgendaView | null;
  /** The tables for hosts, moderators and screens; null for attendees. */
  groups?: GroupsView | null;
  /** An attendee's own table; null for everyone else. */
  myTable?: MyTableView | null;
  /** The quiz as the caller's role sees it (the host's with the answer keys). */
  quiz?: QuizView | null;
  /** An attendee's own quiz standing; null until it has answered. */
  myQuiz?: MyQuizView | null;
  /** The survey as the caller's role sees it (results for the host only). */
  survey?: SurveyView | null;
  /** An attendee's own survey answers, kept between visits. */
  mySurvey?: MySurveyView | null;
}

// Questions, bullet comments (弹幕) and reactions.
export type QuestionState = 'pending' | 'live' | 'answering' | 'answered' | 'dismissed';
export type Channel = 'onsite' | 'online';
export interface AskRequest { text: string; anonymous: boolean; opId: string }
export interface UpvoteRequest { questionId: string; up: boolean; opId: string }
export interface UpvoteAck { questionId: string; up: boolean; votes: number }
export interface CommentRequest { text: string; opId: string }
export interface ReactRequest { emoji: string; count: number }
export interface MoveQuestionsRequest { questionIds: string[]; to: QuestionState }
export interface BanRequest { deviceId: string; reason: string }
export interface ModerateCommentsRequest { commentIds: string[]; approve: boolean }
export interface QuestionView {
  id: string; text: string; originalText: string | null; author: string | null; anonymous: boolean; channel: Channel;
  state: QuestionState; starred: boolean; votes: number; createdAt: string; updatedAt: string;
  flagged: boolean; deviceId: string | null;
}
export interface QnaSettings {
  /** reviewFirst holds questions, commentsReviewFirst holds 弹幕. */
  reviewFirst: boolean; commentsReviewFirst: boolean; allowAnonymous: boolean; commentsEnabled: boolean; commentsPaused: boolean; showCommentNicknames: boolean;
}
export interface Ban { deviceId: string; reason: string; at: string }
export interface QnaView {
  version: number; settings: QnaSettings; questions: QuestionView[]; spotlightId: string | null;
  blocklist: string[] | null; bans: Ban[] | null;
}
export interface CommentView {
  id: string; text: string; author: string | null; channel: Channel; at: string;
  state: 'pending' | 'shown' | 'dismissed'; flagged: boolean; deviceId: string | null;
}
export interface CommentBatch { items: CommentView[] }
export interface CommentQueueView { version: number; pending: CommentView[]; cleared: number }
export interface ReactionCount { emoji: string; total: number; burst: number }
export interface ReactionsView { version: number; counts: ReactionCount[] }

// Check-in.
export type CheckInChannel = 'self' | 'staff' | 'walk-in';
/** company: a walk-in's, optional (at most 100 characters, as the invitation list's company column). */
export interface CheckInRequest { phone?: string; name?: string; last4?: string; walkIn?: boolean; company?: string; opId: string }
/** Roster search on the console (SearchRoster): by name, phone or company; limit defaults on the server. */
export interface RosterSearchRequest { query: string; limit?: number | null }
/** SearchRoster's answer: the first `limit` matches in list order, and how many matched in all (more when cut off). */
export interface RosterSearchResult { people: RosterEntry[]; total: number }
export interface CheckInResult {
  personId: string; name: string; category: string; seat: string | null; at: string; channel: CheckInChannel; already: boolean;
}
export interface RosterEntry {
  id: string; name: string; phone: string | null; company: string | null; category: string; seat: string | null;
  arrivedAt: string | null; channel: CheckInChannel | null; deviceId: string | null;
}
/** What the check-in wall shows beside each name: nothing, the company (else the category), or the category. */
export type WallDetail = 'none' | 'company' | 'category';
export const wallDetails = ['company', 'category', 'none'] as const satisfies readonly WallDetail[];
/** wallDetail: the server always answers with one; a console may leave it out to mean the default, 'company'. */
export interface CheckInSettings { allowWalkIns: boolean; maskNamesOnWall: boolean; wallDetail: WallDetail }
export interface CategoryCount { category: string; invited: number; arrived: number }
/** company: only while the settings' wallDetail is 'company' (null otherwise, or when the person has none). */
export interface Arrival { personId: string; name: string; category: string; at: string; company?: string | null }
export interface CheckInView {
  version: number; settings: CheckInSettings; invited: number; arrived: number; walkIns: number;
  byCategory: CategoryCount[]; recent: Arrival[];
}
export interface ImportReport {
  rows: number; added: number; updated: number; unchanged: number; invited: number;
  errors: { line: number; code: string }[];
}

// Lucky draw (docs/API.md "Lucky draw", docs/DRAW-PROOF.md).
export type EntrantSource = 'checkedIn' | 'joined' | 'online' | 'votedInPoll';
/** tables: discussion table numbers (1–5,000) the tier is limited to, read when a round is drawn; empty or absent for none. */
export interface Eligibility { source: EntrantSource; pollId: string | null; categories: string[]; include: string[]; exclude: string[]; tables?: number[] | null }
export interface TierRequest { id: string | null; name: string; count: number; order: number; image: string | null; eligibility: Eligibility }
export interface TierView extends TierRequest { id: string; won: number; open: number }
/** company: the winner's from the check-in list (unless the host hides companies); null for a device. */
export interface WinnerView { entrantId: string; name: string; tierId: string; round: number; absent: boolean; company?: string | null }
export type RoundState = 'armed' | 'drawn' | 'revealed';
export interface RoundView {
  number: number; tierId: string; count: number; seedHash: string; seed: string | null; listHash: string | null;
  entrants: number; winners: WinnerView[]; replaces: string | null; state: RoundState;
  /** Names for the screen's drum roll: this round's eligible entrants who did not win (masked like the winners). */
  roll: string[];
}
/** hideCompanies: winners are shown by name alone (absent from a server before it: false). */
export interface DrawSettings { allowRepeatWins: boolean; maskNames: boolean; hideCompanies?: boolean }
export interface DrawView { version: number; settings: DrawSettings; tiers: TierView[]; rounds: RoundView[] }
export interface PrizeView { tierId: string; tierName: string; round: number; name: string }
/** Arms a round for a tier (ArmRound); replaces names the absent winner a redraw stands in for. */
export interface ArmRequest { tierId: string; count: number; replaces?: string | null }
export interface AbsentRequest { round: number; entrantId: string }

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** The session's links at the current key generation (GetAccessLinks, RotateKey): paths with "#key=…"; joinUrl absolute. */
export interface AccessLinks { consoleUrl: string; moderatorUrl: string; screenUrl: string; joinUrl: string }

/**
 * Why a connection ended for good: its link was replaced (RotateKey, or a 401 for an old key), the session was deleted,
 * or the link's key was never valid (a mistyped or cut-off link: a 401 `unauthorized`).
 */
export type EndReason = 'revoked' | 'deleted' | 'invalid';

/**
 * Server → client events and their payloads, by wire name (ILiveClient's methods, camelCase); `undefined` for an event
 * that carries nothing. tests/Live.Server.Tests/HubParityTests.cs holds this list to ILiveClient: keep one entry a line.
 */
export interface LiveEventPayloads {
  session: SessionView;
  results: PollResults;
  presence: PresenceCounts;
  qna: QnaView;
  myQuestion: QuestionView;
  comments: CommentBatch;
  commentQueue: CommentQueueView;
  reactions: ReactionsView;
  checkIns: CheckInView;
  myCheckIn: CheckInResult | null;
  draw: DrawView;
  myPrize: PrizeView;
  agenda: AgendaView;
  groups: GroupsView;
  myTable: MyTableView;
  quiz: QuizView;
  myQuiz: MyQuizView;
  survey: SurveyView;
  credentialRevoked: { role: Role };
  sessionDeleted: undefined;
}
export type LiveEvent = keyof LiveEventPayloads;

/** The event names as values; `satisfies` keeps this list and LiveEventPayloads the same set. */
export const LiveEvents = {
  session: 'session', results: 'results', presence: 'presence',
  qna: 'qna', myQuestion: 'myQuestion', comments: 'comments', commentQueue: 'commentQueue', reactions: 'reactions',
  checkIns: 'checkIns', myCheckIn: 'myCheckIn', draw: 'draw', myPrize: 'myPrize', agenda: 'agenda', groups: 'groups', myTable: 'myTable', quiz: 'quiz', myQuiz: 'myQuiz', survey: 'survey',
  credentialRevoked: 'credentialRevoked', sessionDeleted: 'sessionDeleted',
} as const satisfies { [E in LiveEvent]: E };
