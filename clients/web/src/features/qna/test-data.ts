import type { QnaSettings, QnaView, QuestionView } from '@live/shared/realtime/types';

/** Fixtures for the Q&A tests. */
export const settings: QnaSettings = { reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true };

export const question = (id: string, over: Partial<QuestionView> = {}): QuestionView => ({
  id, text: `Question ${id}`, originalText: null, author: null, anonymous: false, channel: 'onsite', state: 'live', starred: false,
  votes: 0, createdAt: '2026-11-22T10:00:00Z', updatedAt: '2026-11-22T10:00:00Z', flagged: false, deviceId: null, ...over,
});

export const qnaView = (questions: QuestionView[], over: Partial<QnaView> = {}): QnaView =>
  ({ version: 1, settings, questions, spotlightId: null, blocklist: null, bans: null, ...over });
