import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import { emptySnapshot } from '@live/shared/realtime/reducer';
import { AttendeeQna, type AttendeeQnaProps } from './attendee-qna';
import { qnaView, question, settings } from './test-data';

afterEach(cleanup);

const props = (over: Partial<AttendeeQnaProps> = {}): AttendeeQnaProps => ({
  snapshot: { ...emptySnapshot, qna: qnaView([question('q1', { votes: 2 })]), reactions: { version: 1, counts: [{ emoji: '👏', total: 3, burst: 0 }] } },
  myQuestions: [], myUpvotes: new Set(), invoke: vi.fn(), keepQuestion: vi.fn(), keepUpvote: vi.fn(), ...over,
});

describe('AttendeeQna', () => {
  it('waits for the first Q&A snapshot', () => {
    render(<AttendeeQna {...props({ snapshot: emptySnapshot })} />);
    expect(screen.getByText('Connecting…')).toBeTruthy();
  });

  it('puts asking, 弹幕, the room\'s questions and reactions on one tab', () => {
    render(<AttendeeQna {...props()} />);
    expect(screen.getByTestId('ask-input')).toBeTruthy();
    expect(screen.getByTestId('comment-input')).toBeTruthy();
    expect(screen.getByTestId('question-q1')).toBeTruthy();
    expect(screen.getByTestId('reaction-👏').textContent).toBe('👏3');
  });

  it('hides 弹幕 and the anonymous box when the host turns them off', () => {
    render(<AttendeeQna {...props({ snapshot: { ...emptySnapshot, qna: qnaView([], { settings: { ...settings, commentsEnabled: false, allowAnonymous: false } }) } })} />);
    expect(screen.queryByTestId('comment-input')).toBeNull();
    expect(screen.queryByTestId('ask-anonymous')).toBeNull();
  });

  it('calls the hub methods of the contract and keeps what they return', async () => {
    const asked = question('q7', { state: 'pending' });
    const invoke = fakeInvoke({ AskQuestion: () => asked, Upvote: () => ({ questionId: 'q1', up: true, votes: 3 }) });
    const keepQuestion = vi.fn();
    const keepUpvote = vi.fn();
    render(<AttendeeQna {...props({ invoke, keepQuestion, keepUpvote })} />);
    fireEvent.change(screen.getByTestId('ask-input'), { target: { value: 'Why?' } });
    fireEvent.click(screen.getByTestId('ask-submit'));
    await waitFor(() => expect(keepQuestion).toHaveBeenCalledWith(asked));
    expect(invoke).toHaveBeenCalledWith('AskQuestion', expect.objectContaining({ text: 'Why?', anonymous: false }));
    fireEvent.click(screen.getByTestId('upvote-q1'));
    await waitFor(() => expect(keepUpvote).toHaveBeenCalledWith({ questionId: 'q1', up: true, votes: 3 }));
    expect(invoke).toHaveBeenCalledWith('Upvote', expect.objectContaining({ questionId: 'q1', up: true }));
  });
});
