import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import type { CommentView, QnaSettings } from '@live/shared/realtime/types';
import { appendComments, emptyFeed, type CommentFeed } from '../../realtime/comment-feed';
import { CommentLayer } from './comment-layer';
import { laneEm, layoutFor } from './use-danmaku';

const c = (id: string, text: string, author: string | null = 'Amy'): CommentView =>
  ({ id, text, author, channel: 'onsite', at: '', state: 'shown', flagged: false, deviceId: null });
const settings = (over: Partial<QnaSettings> = {}): QnaSettings => ({
  reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true, ...over,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => { cleanup(); vi.useRealTimers(); });

function setup(initial: { settings?: QnaSettings | null; cleared?: number | null; lanes?: number } = {}) {
  let feed: CommentFeed = emptyFeed;
  let props = { settings: settings(), cleared: 0 as number | null, lanes: undefined as number | undefined, ...initial };
  const view = render(<CommentLayer feed={feed} settings={props.settings} cleared={props.cleared} lanes={props.lanes} />);
  const update = (next: Partial<typeof props> = {}, items: CommentView[] = []) => {
    feed = appendComments(feed, items);
    props = { ...props, ...next };
    view.rerender(<CommentLayer feed={feed} settings={props.settings} cleared={props.cleared} lanes={props.lanes} />);
  };
  return { update };
}

describe('CommentLayer', () => {
  it('floats new comments with the nickname first', () => {
    const { update } = setup();
    update({}, [c('c1', 'Great talk!')]);
    const el = screen.getByTestId('comment-c1');
    expect(el.textContent).toBe('AmyGreat talk!');
    expect(el.querySelector('.comment-author')?.textContent).toBe('Amy');
  });

  it('hides nicknames when the host turned them off', () => {
    const { update } = setup({ settings: settings({ showCommentNicknames: false }) });
    update({}, [c('c1', 'Hello')]);
    expect(screen.getByTestId('comment-c1').textContent).toBe('Hello');
    expect(screen.queryByText('Amy')).toBeNull();
  });

  it('is hidden entirely when 弹幕 is off, and does not replay what came meanwhile', () => {
    const { update } = setup({ settings: settings({ commentsEnabled: false }) });
    update({}, [c('c1', 'Hello')]);
    expect(screen.queryByTestId('comment-layer')).toBeNull();
    update({ settings: settings() });
    expect(screen.getByTestId('comment-layer')).toBeTruthy();
    expect(screen.queryByTestId('comment-c1')).toBeNull();
  });

  it('stops launching while paused, lets floating ones stay, and resumes', () => {
    const { update } = setup();
    update({}, [c('c1', 'first')]);
    update({ settings: settings({ commentsPaused: true }) }, [c('c2', 'second')]);
    act(() => { vi.advanceTimersByTime(1000); });
    expect(screen.getByTestId('comment-c1')).toBeTruthy();
    expect(screen.queryByTestId('comment-c2')).toBeNull();
    update({ settings: settings() });
    act(() => { vi.advanceTimersByTime(400); });
    expect(screen.getByTestId('comment-c2')).toBeTruthy();
  });

  it('removes every floating comment when the host clears the screen', () => {
    const { update } = setup({ cleared: 3 });
    update({}, [c('c1', 'one'), c('c2', 'two')]);
    expect(screen.getAllByTestId(/^comment-c/)).toHaveLength(2);
    update({ cleared: 4 });
    expect(screen.queryAllByTestId(/^comment-c/)).toHaveLength(0);
    update({}, [c('c3', 'three')]);
    expect(screen.getByTestId('comment-c3')).toBeTruthy();
  });

  it('removes comments after they crossed the screen', () => {
    const { update } = setup();
    update({}, [c('c1', 'bye')]);
    act(() => { vi.advanceTimersByTime(13_000); });
    expect(screen.queryByTestId('comment-c1')).toBeNull();
  });

  it('caps what floats at once during a burst', () => {
    const { update } = setup();
    update({}, Array.from({ length: 500 }, (_, i) => c(`b${i}`, `${i}`)));
    for (let i = 0; i < 20; i++) act(() => { vi.advanceTimersByTime(200); });
    expect(screen.queryAllByTestId(/^comment-b/).length).toBeLessThanOrEqual(60);
    expect(screen.queryAllByTestId(/^comment-b/).length).toBeGreaterThan(0);
  });

  it('is hidden from assistive technology, with no label on its role-less layer (axe aria-prohibited-attr)', () => {
    const { update } = setup();
    update({}, [c('c1', 'Hello')]);
    const layer = screen.getByTestId('comment-layer');
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(layer.hasAttribute('aria-label')).toBe(false);
    expect(layer.hasAttribute('role')).toBe(false);
    expect(screen.queryByText('Hello')).toBeTruthy();
  });

  it.each([[undefined, 3], [2, 2]])('keeps every comment in the top band of %s lanes, clear of the view below it', (lanes, expected) => {
    const { update } = setup({ lanes });
    update({}, Array.from({ length: 40 }, (_, i) => c(`b${i}`, `comment ${i}`)));
    for (let i = 0; i < 30; i++) act(() => { vi.advanceTimersByTime(200); });
    const layer = screen.getByTestId('comment-layer');
    expect(layer.dataset.lanes).toBe(String(expected));
    const { fontPx } = layoutFor(window.innerWidth, window.innerHeight);
    const tops = new Set(screen.getAllByTestId(/^comment-b/).map(el => parseFloat(el.style.top)));
    expect(tops.size).toBe(expected); // the burst fills every lane, and no more
    // The band app.css reserves: lanes × 1.45 × 3.4% of the height, plus 0.4%; a plate is 1.3 em high.
    const band = expected * laneEm * 0.034 * window.innerHeight + 0.004 * window.innerHeight;
    for (const top of tops) expect(top + 1.3 * fontPx).toBeLessThanOrEqual(band + 1);
  });

  it('renders comment text as text, never as HTML', () => {
    const { update } = setup();
    update({}, [c('x', '<img src=x onerror=alert(1)>', '<b>me</b>')]);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(screen.getByText('<b>me</b>')).toBeTruthy();
    expect(document.querySelector('.comment-layer img, .comment-layer b')).toBeNull();
  });
});
