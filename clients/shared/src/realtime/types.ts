// Wire types of the Live hub (docs/API.md). Names match the server's JSON exactly.
export type PollKind = 'single' | 'multiple';
export type PollStatus = 'draft' | 'open' | 'closed';
export type Role = 'host' | 'screen' | 'attendee';

export interface PollOption { id: number; text: string }
export interface PollView {
  id: string; kind: PollKind; question: string; options: PollOption[];
  maxSelections: number; allowVoteChange: boolean; showResultsToAttendees: boolean; status: PollStatus;
}
export type ScreenViewKind = 'join' | 'poll' | 'qna';
export interface SessionView { code: string; title: string; version: number; screen: { view: ScreenViewKind; pollId: string | null }; polls: PollView[] }
export interface PollResults { pollId: string; version: number; status: PollStatus; counts: number[]; voters: number }
export interface PresenceCounts { version: number; onsite: number; online: number }
export interface Ballot { pollId: string; optionIds: number[] }
export interface LiveState {
  role: Role; session: SessionView; results: PollResults[]; presence: PresenceCounts; myBallots: Ballot[];
  me: { deviceId: string; nickname: string | null; mode: 'onsite' | 'online' } | null;
  qna: QnaView; comments: CommentQueueView; reactions: ReactionsView;
  myQuestions: QuestionView[]; myUpvotes: string[];
}

// Questions, bullet comments (弹幕) and reactions.
export type QuestionState = 'pending' | 'live' | 'answering' | 'answered' | 'dismissed';
export type Channel = 'onsite' | 'online';
export interface AskRequest { text: string; anonymous: boolean; opId: string }
export interface UpvoteRequest { questionId: string; up: boolean; opId: string }
export interface UpvoteAck { questionId: string; up: boolean; votes: number }
export interface CommentRequest { text: string; opId: string }
export interface QuestionView {
  id: string; text: string; originalText: string | null; author: string | null; anonymous: boolean; channel: Channel;
  state: QuestionState; starred: boolean; votes: number; createdAt: string; updatedAt: string;
  flagged: boolean; deviceId: string | null;
}
export interface QnaSettings {
  reviewFirst: boolean; allowAnonymous: boolean; commentsEnabled: boolean; commentsPaused: boolean; showCommentNicknames: boolean;
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

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Server → client events and their payloads. */
export const LiveEvents = {
  session: 'session', results: 'results', presence: 'presence',
  qna: 'qna', myQuestion: 'myQuestion', comments: 'comments', commentQueue: 'commentQueue', reactions: 'reactions',
} as const;
export interface LiveEventPayloads {
  [LiveEvents.session]: SessionView;
  [LiveEvents.results]: PollResults;
  [LiveEvents.presence]: PresenceCounts;
  [LiveEvents.qna]: QnaView;
  [LiveEvents.myQuestion]: QuestionView;
  [LiveEvents.comments]: CommentBatch;
  [LiveEvents.commentQueue]: CommentQueueView;
  [LiveEvents.reactions]: ReactionsView;
}
