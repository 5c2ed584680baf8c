// Wire types of the quiz (docs/API.md "Quiz"), mirrored from server/Live.Contracts/QuizContracts.cs.

export type QuizQuestionKind = 'single' | 'multiple' | 'trueFalse' | 'typed';
export type QuizTeamSource = 'none' | 'tables' | 'category' | 'company' | 'pick';
export type QuizPhase = 'lobby' | 'question' | 'closed' | 'revealed' | 'leaderboard' | 'finished';

/** SaveQuizQuestion's argument: id null adds a question (lobby only). */
export interface QuizQuestionRequest {
  id: string | null; kind: QuizQuestionKind; text: string; options: string[] | null; correct: number[] | null;
  accepted: string[] | null; timeLimitSeconds: number; points: number;
}
export interface QuizSettings {
  streakBonus: boolean; wrongPenalty: number; readSeconds: number;
  leaderboard: 'betweenQuestions' | 'never'; teams: QuizTeamSource;
  /** What phones pick from with teams 'pick' (2–12 names); kept under any other source. */
  teamNames?: string[] | null;
}
/** AnswerQuiz's argument; elapsedMs: the phone's own time from showing the answers to the tap. */
export interface QuizAnswerRequest { questionId: string; options: number[] | null; text: string | null; elapsedMs: number | null; opId: string }
export interface QuizAnswerAck { questionId: string; options: number[]; text: string | null; elapsedMs: number }
export interface QuizQuestionView {
  id: string; kind: QuizQuestionKind; text: string; options: string[]; correct: number[]; accepted: string[];
  timeLimitSeconds: number; points: number;
}
/** The question on show. correct/accepted empty and distribution null until the reveal (except in the host's view). Times: server Unix ms. */
export interface LiveQuizQuestion {
  id: string; number: number; kind: QuizQuestionKind; text: string; options: string[]; timeLimitSeconds: number; points: number;
  shownAt: number; answersAt: number; deadline: number; correct: number[]; accepted: string[]; distribution: number[] | null;
}
export interface QuizLeader { rank: number; name: string; score: number; movement: number; team: string | null }
export interface QuizTeamView { rank: number; team: string; score: number; members: number }
export interface QuizView {
  version: number; now: number; phase: QuizPhase; questionCount: number; settings: QuizSettings; current: LiveQuizQuestion | null;
  answered: number; players: number; leaders: QuizLeader[]; teams: QuizTeamView[];
  /** The host's view only: every question with its key. */
  questions: QuizQuestionView[];
}
/** A phone's own standing, pushed at each reveal. rank 0: not playing yet. */
export interface MyQuizView {
  name: string; score: number; rank: number; players: number; gapToNext: number; streak: number;
  lastPoints: number | null; lastCorrect: boolean | null; team: string | null; myAnswer: QuizAnswerAck | null;
}
export interface QuizReadout { view: QuizView; mine: MyQuizView | null }
