import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import '../../../i18n';
import { PollResultsView } from '../../poll-results/poll-results-view';
import { item, pollOf, resultsOf } from '../test-polls';
import { fontSizes, layoutCloud } from './cloud-layout';

// jsdom has no canvas to measure text with: the cloud falls back to rows (real browsers get d3-cloud's layout).
beforeEach(() => { vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null); });
afterEach(() => { cleanup(); vi.restoreAllMocks(); });

const poll = pollOf({ kind: 'wordcloud', question: '用一个词形容今天', maxSelections: 3, hiddenKeys: ['垃圾'] });
const words = [item('创新', { text: '创新', count: 30 }), item('ai', { text: 'AI', count: 12 }), item('垃圾', { text: '垃圾', count: 50 }), item('团队', { text: '团队', count: 3 })];

describe('word cloud on the big screen', () => {
  it('draws the words sized by count, as text, without the hidden ones', async () => {
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 1600, height: 700 } as DOMRect);
    render(<PollResultsView poll={poll} results={resultsOf([...words, item('x', { text: '<img src=x>', count: 2 })])} code="482913" joinUrl="http://x" />);
    await waitFor(() => expect(screen.getByTestId('cloud-word-创新')).toBeTruthy());
    const size = (key: string) => parseFloat(screen.getByTestId(`cloud-word-${key}`).style.fontSize);
    expect(size('创新')).toBeGreaterThan(size('ai'));
    expect(size('ai')).toBeGreaterThan(size('团队'));
    expect(screen.queryByTestId('cloud-word-垃圾')).toBeNull();
    expect(screen.getByText('<img src=x>').tagName.toLowerCase()).toBe('text');
  });

  it('asks for words before the first arrive', () => {
    render(<PollResultsView poll={poll} results={resultsOf(null, 0)} code="482913" joinUrl="http://x" />);
    expect(screen.getByText('Send your words from your phone: they appear here.')).toBeTruthy();
  });

  it('never sizes a word wider than the area, and keeps a floor that reads at 720p', () => {
    const rows = [{ key: 'a', text: 'x'.repeat(40), count: 10 }, { key: 'b', text: 'b', count: 1 }];
    const [long, small] = fontSizes(rows, 1150, 460);
    expect(long * 40 * 0.6).toBeLessThanOrEqual(1150 * 0.92);
    expect(small).toBeGreaterThanOrEqual(23);
    expect(layoutCloud([], 100, 100)).toEqual([]);
  });
});
