import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18n from '../../i18n';
import type { QnaView as QnaSnapshot, QuestionView } from '@live/shared/realtime/types';
import { QnaView } from './qna-view';
import { lengthClass, qnaBoard } from './top-questions';

let n = 0;
const q = (over: Partial<QuestionView>): QuestionView => ({
  id: `q${++n}`, text: 'Question?', originalText: null, author: 'Lin', anonymous: false, channel: 'onsite', state: 'live',
  starred: false, votes: 0, createdAt: `2026-11-22T10:00:${String(n).padStart(2, '0')}Z`, updatedAt: '', flagged: false, deviceId: null,
  ...over,
});
const qna = (questions: QuestionView[], spotlightId: string | null = null): QnaSnapshot => ({
  version: 1, questions, spotlightId, blocklist: null, bans: null,
  settings: { reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true },
});
const show = (snapshot: QnaSnapshot | null) => render(<QnaView title="年会 2026" qna={snapshot} code="482913" joinUrl="http://x/j/482913" />);

afterEach(async () => { cleanup(); await i18n.changeLanguage('en'); });

describe('QnaView', () => {
  it('shows the spotlight as "Now answering" with author and channel', () => {
    const answering = q({ id: 'q10', text: 'When does it ship?', author: null, anonymous: true, channel: 'online', state: 'answering', votes: 12 });
    show(qna([q({ votes: 3 }), answering], 'q10'));
    const spot = screen.getByTestId('spotlight');
    expect(spot.textContent).toContain('Now answering');
    expect(within(spot).getByTestId('spotlight-text').textContent).toBe('When does it ship?');
    expect(spot.textContent).toContain('Anonymous');
    expect(spot.textContent).toContain('Online');
    expect(screen.queryByTestId('top-question-q10')).toBeNull();
  });

  it('lists live questions by votes, then oldest first, without answered ones', () => {
    const old = q({ id: 'qa', votes: 5, createdAt: '2026-11-22T09:00:00Z', author: 'Old' });
    const young = q({ id: 'qb', votes: 5, createdAt: '2026-11-22T09:30:00Z' });
    const top = q({ id: 'qc', votes: 9 });
    const answered = q({ id: 'qd', votes: 50, state: 'answered' });
    const hidden = q({ id: 'qe', votes: 99, state: 'dismissed' });
    show(qna([young, answered, old, top, hidden]));
    const ids = screen.getAllByTestId(/^top-question-/).map(el => el.dataset.testid);
    expect(ids).toEqual(['top-question-qc', 'top-question-qa', 'top-question-qb']);
    expect(screen.getByTestId('top-votes-qc').textContent).toBe('9');
    expect(screen.getByTestId('top-question-qa').textContent).toContain('Old');
    expect(screen.getByTestId('qna-answered').textContent).toBe('1 answered');
    expect(screen.getByTestId('qna-waiting').textContent).toBe('3 waiting');
  });

  it('lists at most six, the spotlight not among them', () => {
    const many = Array.from({ length: 10 }, (_, i) => q({ votes: i }));
    show(qna(many));
    expect(screen.getAllByTestId(/^top-question-/)).toHaveLength(6);
    cleanup();
    show(qna([...many, q({ id: 'qs', state: 'answering', votes: 100 })], 'qs'));
    expect(screen.getAllByTestId(/^top-question-/)).toHaveLength(6);
    expect(screen.queryByTestId('top-question-qs')).toBeNull();
  });

  it('invites to ask, with the code and QR, when there is nothing to show', () => {
    show(qna([q({ state: 'answered' })]));
    expect(screen.getByTestId('qna-view')).toBeTruthy();
    expect(screen.getByTestId('qna-empty').textContent).toBe('Got a question? Scan to ask');
    expect(screen.getByTestId('qna-join-code').textContent).toBe('482 913');
    expect(screen.getByTestId('qna-qr')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    show(qna([q({ id: 'qz', state: 'answering', author: null }), q({ channel: 'online' })], 'qz'));
    expect(screen.getByTestId('spotlight').textContent).toContain('正在回答');
    expect(screen.getByTestId('spotlight').textContent).toContain('匿名');
    expect(screen.getByTestId('qna-view').textContent).toContain('线上');
  });

  it('renders question text and author as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = show(qna([q({ id: 'qx', text: evil, author: '<b>x</b>', state: 'answering' }), q({ text: evil })], 'qx'));
    expect(container.querySelector('img, b')).toBeNull();
    expect(screen.getByTestId('spotlight-text').textContent).toBe(evil);
    expect(screen.getAllByText(evil)).toHaveLength(2);
  });

  it('gives long questions a smaller size step', () => {
    const long = '我们'.repeat(150);
    show(qna([q({ id: 'ql', text: long, state: 'answering' })], 'ql'));
    expect(screen.getByTestId('spotlight').dataset.length).toBe('longest');
    expect(screen.getByTestId('spotlight-text').textContent).toBe(long);
  });
});

describe('qnaBoard', () => {
  it('has no spotlight when the id is unknown or null', () => {
    expect(qnaBoard(qna([q({})], 'nope'), 6).spotlight).toBeNull();
    expect(qnaBoard(null, 6)).toEqual({ spotlight: null, top: [], waiting: 0, answered: 0 });
  });

  it('counts every live question waiting, not only the ones shown', () => {
    expect(qnaBoard(qna(Array.from({ length: 9 }, () => q({}))), 6).waiting).toBe(9);
  });

  it('steps sizes by length in characters, not UTF-16 units', () => {
    expect(lengthClass('短问题')).toBe('short');
    expect(lengthClass('x'.repeat(100))).toBe('medium');
    expect(lengthClass('x'.repeat(101))).toBe('long');
    expect(lengthClass('问'.repeat(300))).toBe('longest');
  });
});
