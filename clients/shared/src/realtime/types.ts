// Wire types of the Live hub (docs/API.md). Names match the server's JSON exactly.
export type PollKind = 'single' | 'multiple';
export type PollStatus = 'draft' | 'open' | 'closed';
export type Role = 'host' | 'screen' | 'attendee';

export interface PollOption { id: number; text: string }
export interface PollView {
  id: string; kind: PollKind; question: string; options: PollOption[];
  maxSelections: number; allowVoteChange: boolean; showResultsToAttendees: boolean; status: PollStatus;
}
export interface SessionView { code: string; title: string; version: number; screen: { pollId: string | null }; polls: PollView[] }
export interface PollResults { pollId: string; version: number; status: PollStatus; counts: number[]; voters: number }
export interface PresenceCounts { version: number; onsite: number; online: number }
export interface Ballot { pollId: string; optionIds: number[] }
export interface LiveState {
  role: Role; session: SessionView; results: PollResults[]; presence: PresenceCounts; myBallots: Ballot[];
  me: { deviceId: string; nickname: string | null; mode: 'onsite' | 'online' } | null;
}

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** Server → client events and their payloads. */
export const LiveEvents = { session: 'session', results: 'results', presence: 'presence' } as const;
export interface LiveEventPayloads {
  [LiveEvents.session]: SessionView;
  [LiveEvents.results]: PollResults;
  [LiveEvents.presence]: PresenceCounts;
}
