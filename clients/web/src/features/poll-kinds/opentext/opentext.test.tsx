import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
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
    expect(screen.getByTestId('console-count-b2').textContent).toBe('3');
    fireEvent.click(screen.getByTestId('hide-answer-a1'));
    expect(onSetHidden).toHaveBeenCalledWith('a1', true);
  });

  it('drafts with nothing but the question', () => {
    expect(opentext.draft.toDraft({ question: 'Q', kind: 'text', options: ['stale'], maxSelections: 3, variant: 'nps', allowVoteChange: true, showResultsToAttendees: false }))
      .toEqual({ options: [], maxSelections: null, variant: null });
  });
});
