import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../../i18n';
import type { PollView } from '@live/shared/realtime/types';
import { AnswerWall } from './answer-wall';

const poll: PollView = {
  id: 'p1', kind: 'text', question: 'What should we change?', options: [], maxSelections: 1, allowVoteChange: true,
  showResultsToAttendees: false, status: 'open', variant: null, hiddenKeys: ['bbbb'],
};
const item = (key: string, text: string, count: number, upvotes: number | null = null) => ({ key, text, count, value: null, score: null, distribution: null, upvotes });

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

  it('shows the featured answer large above the wall, with its upvotes, and not again on the wall', () => {
    const upvoted: PollView = { ...poll, allowUpvotes: true, featuredKey: 'cccc', hiddenKeys: [] };
    render(<AnswerWall poll={upvoted} results={{ pollId: 'p1', version: 5, status: 'open', counts: [], voters: 4,
      items: [item('aaaa', 'More Q&A time', 2, 7), item('dddd', 'Shorter talks', 1, 0), item('cccc', '更多互动环节', 1, 3)] }} />);
    const featured = screen.getByTestId('featured-answer');
    expect(featured.dataset.key).toBe('cccc');
    expect(featured.dataset.upvotes).toBe('3');
    expect(screen.getByTestId('featured-text').textContent).toBe('更多互动环节');
    expect(screen.getByTestId('featured-upvotes').textContent).toBe('▲ 3 upvotes');
    expect(screen.getAllByTestId(/^wall-answer-/).map(c => c.dataset.testid)).toEqual(['wall-answer-aaaa', 'wall-answer-dddd']);
    expect(screen.getByTestId('wall-upvotes-aaaa').textContent).toBe('▲ 7');
  });

  it('shows no upvotes while the poll takes none, and a featured answer alone before any other', () => {
    render(<AnswerWall poll={{ ...poll, featuredKey: 'aaaa' }} results={{ pollId: 'p1', version: 2, status: 'open', counts: [], voters: 1,
      items: [item('aaaa', 'More Q&A time', 1)] }} />);
    expect(screen.getByTestId('featured-text').textContent).toBe('More Q&A time');
    expect(screen.queryByTestId('featured-upvotes')).toBeNull();
    expect(screen.queryByTestId('answer-wall')).toBeNull();
  });
});
