import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { AnswerWall } from './answer-wall';

const poll: PollView = {
  id: 'p1', kind: 'text', question: 'What should we change?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: null, hiddenKeys: ['bbbb'],
};
const item = (key: string, text: string, count: number) => ({ key, text, count, value: null, score: null, distribution: null });

afterEach(cleanup);

describe('the answer wall', () => {
  it('shows the newest answers in the server order, counts repeats and leaves out hidden ones', () => {
    render(<AnswerWall poll={poll} results={{ pollId: 'p1', version: 2, status: 'open', counts: [], voters: 4,
      items: [item('aaaa', 'More Q&A time', 2), item('bbbb', 'hidden one', 1), item('cccc', '更多互动环节', 1)] }} />);
    const cards = screen.getAllByTestId(/^wall-answer-/);
    expect(cards.map(c => c.textContent)).toEqual(['More Q&A time×2', '更多互动环节']);
  });

  it('says what to do while there are no answers', () => {
    render(<AnswerWall poll={poll} results={undefined} />);
    expect(screen.queryByTestId('answer-wall')).toBeNull();
  });
});
