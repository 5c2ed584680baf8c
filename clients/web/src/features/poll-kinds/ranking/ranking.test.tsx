import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../../i18n';
import { AttendeePoll } from '../../attendee/attendee-poll';
import { emptyDraft, validateDraft, withKind } from '../../console/poll-draft';
import { acceptingVote, item, options, pollOf, resultsOf } from '../test-polls';
import { dropIndex } from './drag-order';
import { RankingResults } from './ranking-results';

const poll = pollOf({ kind: 'ranking', question: 'Which matters most?', options: options('Price', 'Quality', 'Service', 'Delivery') });
const order = () => [...document.querySelectorAll('[data-testid^="ranked-row-"]')].map(e => Number(e.getAttribute('data-testid')!.slice('ranked-row-'.length)));

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

function renderBallot() {
  const vote = acceptingVote();
  render(<AttendeePoll poll={poll} ballot={undefined} results={undefined} vote={vote} onAck={() => {}} />);
  return vote;
}

describe('ranking ballot', () => {
  it('taps assign the next rank, a second tap takes an option out', () => {
    renderBallot();
    for (const id of [1, 3, 0]) fireEvent.click(screen.getByTestId(`rank-option-${id}`));
    expect(order()).toEqual([1, 3, 0]);
    expect(screen.getByTestId('ranking-progress').textContent).toBe('3 of 4 ranked');
    fireEvent.click(screen.getByTestId('ranked-3'));
    expect(order()).toEqual([1, 0]);
    expect(screen.getByTestId('ranked-row-0').dataset.rank).toBe('2');
  });

  it('moves with the up and down buttons and sends every option, best first', async () => {
    const vote = renderBallot();
    for (const id of [0, 1, 2, 3]) fireEvent.click(screen.getByTestId(`rank-option-${id}`));
    fireEvent.click(screen.getByTestId('rank-up-2'));   // 0 2 1 3
    fireEvent.click(screen.getByTestId('rank-down-0')); // 2 0 1 3
    expect((screen.getByTestId('rank-up-2') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('rank-down-3') as HTMLButtonElement).disabled).toBe(true);
    expect(order()).toEqual([2, 0, 1, 3]);
    fireEvent.click(screen.getByTestId('submit-vote'));
    await waitFor(() => expect(vote).toHaveBeenCalledTimes(1));
    expect(vote.mock.calls[0][0]).toMatchObject({ ranking: [2, 0, 1, 3] });
  });

  it('moves by dragging the handle', () => {
    renderBallot();
    for (const id of [0, 1, 2]) fireEvent.click(screen.getByTestId(`rank-option-${id}`));
    // jsdom lays nothing out: give the rows 60 px each, 8 px apart.
    [0, 1, 2].forEach((id, i) => {
      screen.getByTestId(`ranked-row-${id}`).getBoundingClientRect = () => ({ top: i * 68, height: 60 } as DOMRect);
    });
    const handle = screen.getByTestId('rank-handle-0');
    fireEvent.pointerDown(handle, { pointerId: 1, clientY: 30, button: 0, pointerType: 'touch' });
    fireEvent.pointerMove(handle, { pointerId: 1, clientY: 190 });
    expect(screen.getByTestId('ranked-row-0').style.transform).toBe('translateY(160px)');
    expect(screen.getByTestId('ranked-row-2').style.transform).toBe('translateY(-68px)'); // the rows passed make room
    fireEvent.pointerUp(handle, { pointerId: 1, clientY: 190 });
    expect(order()).toEqual([1, 2, 0]);
  });

  it.each([
    ['en', 'Please put every option in order, each exactly once.'],
    ['zh-CN', '请为所有选项排序，每个选项一次。'],
  ])('refuses a partial order with the reason (%s)', async (language, message) => {
    await act(() => i18n.changeLanguage(language));
    const vote = renderBallot();
    fireEvent.click(screen.getByTestId('rank-option-2'));
    fireEvent.click(screen.getByTestId('submit-vote'));
    expect(screen.getByTestId('error').textContent).toBe(message);
    expect(vote).not.toHaveBeenCalled();
  });

  it('finds where a dragged row lands', () => {
    const spans = [0, 68, 136, 204].map(top => ({ top, height: 60 }));
    expect(dropIndex(spans, 0, 10)).toBe(0);
    expect(dropIndex(spans, 0, 80)).toBe(1);
    expect(dropIndex(spans, 3, -150)).toBe(1);
  });
});

describe('ranking results', () => {
  it('sorts options by mean points and shows the mean', () => {
    const results = resultsOf([item('0', { count: 5, value: 2.2 }), item('1', { count: 5, value: 3.6 }), item('2', { count: 5, value: 1.4 }), item('3', { count: 5, value: 2.8 })]);
    const { container } = render(<RankingResults poll={poll} results={results} testIdPrefix="console-count" />);
    const places = [...container.querySelectorAll('[data-place]')].map(e => e.textContent);
    expect(places[0]).toContain('Quality');
    expect(places[3]).toContain('Service');
    expect(screen.getByTestId('console-count-1').textContent).toBe('3.6');
    expect(screen.getByTestId('console-count-row-3').dataset.place).toBe('2');
  });
});

describe('ranking draft', () => {
  it('needs 2 to 10 options', () => {
    const draft = withKind({ ...emptyDraft(), question: 'Order these' }, 'ranking');
    expect(draft.options).toEqual(['', '']);
    expect(validateDraft({ ...draft, options: ['A', 'B'] })).toBeNull();
    expect(validateDraft({ ...draft, options: Array.from({ length: 11 }, (_, i) => `O${i}`) })).toBe('option_count');
  });
});
