import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../../i18n';
import { pollOf, item, resultsOf } from '../test-polls';
import { opentext } from '.';
import { OpentextResults } from './opentext-results';

afterEach(cleanup);

const poll = pollOf({ kind: 'text', question: 'What should we change?' });
const empty = { optionIds: [], ranking: [], ratings: [], texts: [] };

describe('open text', () => {
  it('sends one trimmed answer and refuses an empty or too long one with the server codes', () => {
    expect(opentext.checkAnswer(poll, { ...empty, texts: ['   '] })).toBe('entry_required');
    expect(opentext.checkAnswer(poll, { ...empty, texts: ['字'.repeat(281)] })).toBe('entry_too_long');
    expect(opentext.checkAnswer(poll, { ...empty, texts: ['字'.repeat(280)] })).toBeNull();
    expect(opentext.toVote(poll, { ...empty, texts: ['  More Q&A time '] })).toEqual({ texts: ['More Q&A time'] });
  });

  it('types into one answer box and says at once when it is too long', () => {
    const onChange = vi.fn();
    const onRefuse = vi.fn();
    render(<opentext.Ballot poll={poll} answer={empty} disabled={false} onChange={onChange} onRefuse={onRefuse} />);
    fireEvent.change(screen.getByTestId('text-answer'), { target: { value: 'x'.repeat(281) } });
    expect(onChange).toHaveBeenCalledWith({ ...empty, texts: ['x'.repeat(281)] });
    expect(onRefuse).toHaveBeenCalledWith('entry_too_long');
  });

  it('lists the answers in the server order and lets the host take one off the wall', () => {
    const onSetHidden = vi.fn(async () => undefined);
    render(<OpentextResults poll={poll} results={resultsOf([item('a1', { text: 'Newest', count: 1 }), item('b2', { text: 'Older', count: 3 })])}
      testIdPrefix="console-count" onSetHidden={onSetHidden} />);
    expect(screen.getAllByTestId(/^console-count-answer-/).map(li => li.textContent?.startsWith('Newest') || li.textContent?.startsWith('Older')))
      .toEqual([true, true]);
    expect(screen.getByTestId('console-count-b2').textContent).toBe('×3');
    expect(screen.queryByTestId('console-count-a1')).toBeNull(); // one person: no number, as on the screen
    fireEvent.click(screen.getByTestId('hide-answer-a1'));
    expect(onSetHidden).toHaveBeenCalledWith('a1', true);
  });

  it('drafts with nothing but the question', () => {
    expect(opentext.draft.toDraft({ question: 'Q', kind: 'text', options: ['stale'], maxSelections: 3, variant: 'nps', allowVoteChange: true, showResultsToAttendees: false, attendeeResults: 'afterVoting', allowUpvotes: true }))
      .toEqual({ options: [], maxSelections: null, variant: null });
  });
});

describe('open text: featuring and upvotes', () => {
  const upvoted = pollOf({ kind: 'text', question: 'What should we change?', allowUpvotes: true, featuredKey: 'b2' });
  const wall = resultsOf([item('a1', { text: 'More Q&A time', count: 1, upvotes: 4 }), item('b2', { text: '分组讨论', count: 2, upvotes: 1 })]);

  it('features an answer with its key and unfeatures the featured one with null, marking it', async () => {
    const onFeature = vi.fn(async () => undefined);
    render(<OpentextResults poll={upvoted} results={wall} testIdPrefix="console-count" onSetHidden={vi.fn(async () => undefined)} onFeature={onFeature} />);
    expect(screen.getByTestId('console-count-answer-b2').dataset.featured).toBe('true');
    expect(screen.getByTestId('console-count-answer-a1').dataset.featured).toBe('false');
    expect(screen.getByTestId('console-count-featured').textContent).toBe('Featured');
    expect(screen.getByTestId('feature-answer-a1').textContent).toBe('Feature');
    expect(screen.getByTestId('feature-answer-b2').textContent).toBe('Unfeature');
    fireEvent.click(screen.getByTestId('feature-answer-a1'));
    expect(onFeature).toHaveBeenLastCalledWith('a1');
    await waitFor(() => expect((screen.getByTestId('feature-answer-b2') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('feature-answer-b2'));
    expect(onFeature).toHaveBeenLastCalledWith(null);
  });

  it('shows upvote counts only while the poll takes upvotes, and no feature button on phones', () => {
    const { rerender } = render(<OpentextResults poll={upvoted} results={wall} testIdPrefix="attendee-count" />);
    expect(screen.getByTestId('attendee-count-upvotes-a1').textContent).toBe('▲ 4');
    expect(screen.queryByTestId('feature-answer-a1')).toBeNull();
    expect(screen.queryByTestId('upvote-answer-a1')).toBeNull(); // no toggles without the phone's upvotes (closed poll)
    rerender(<OpentextResults poll={{ ...upvoted, allowUpvotes: false }} results={wall} testIdPrefix="attendee-count" />);
    expect(screen.queryByTestId('attendee-count-upvotes-a1')).toBeNull();
  });

  it('toggles this device\'s upvote: on for an answer it does not hold, off for one it does', () => {
    const toggle = vi.fn();
    render(<OpentextResults poll={upvoted} results={wall} testIdPrefix="attendee-count"
      upvotes={{ mine: new Set(['b2']), busy: new Set(), toggle }} />);
    expect(screen.getByTestId('upvote-answer-a1').getAttribute('aria-pressed')).toBe('false');
    expect(screen.getByTestId('upvote-answer-b2').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('attendee-count-upvotes-a1').textContent).toBe('4');
    fireEvent.click(screen.getByTestId('upvote-answer-a1'));
    fireEvent.click(screen.getByTestId('upvote-answer-b2'));
    expect(toggle.mock.calls).toEqual([['a1', true], ['b2', false]]);
  });
});
