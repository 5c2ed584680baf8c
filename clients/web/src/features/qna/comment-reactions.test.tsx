import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import type { CommentView } from '@live/shared/realtime/types';
import { CommentBox } from './comment-box';
import { ReactionBar } from './reaction-bar';
import { settings } from './test-data';

afterEach(cleanup);
const comment = (state: CommentView['state']): CommentView =>
  ({ id: 'c1', text: 'hi', author: null, channel: 'onsite', at: '2026-11-22T10:00:00Z', state, flagged: false, deviceId: null });

describe('CommentBox', () => {
  it('is hidden while 弹幕 is off', () => {
    render(<CommentBox settings={{ ...settings, commentsEnabled: false }} send={vi.fn()} />);
    expect(screen.queryByTestId('comment-input')).toBeNull();
  });

  it('sends up to 60 characters and says whether it went on screen or waits for review', async () => {
    const send = vi.fn().mockResolvedValueOnce(comment('shown')).mockResolvedValueOnce(comment('pending'));
    render(<CommentBox settings={settings} send={send} />);
    expect((screen.getByTestId('comment-input') as HTMLInputElement).maxLength).toBe(60);
    fireEvent.change(screen.getByTestId('comment-input'), { target: { value: '太棒了' } });
    await act(async () => { fireEvent.click(screen.getByTestId('comment-submit')); });
    expect(send.mock.calls[0][0]).toMatchObject({ text: '太棒了' });
    expect(screen.getByTestId('comment-sent').textContent).toBe('On the big screen ✓');
    fireEvent.change(screen.getByTestId('comment-input'), { target: { value: 'again' } });
    await act(async () => { fireEvent.click(screen.getByTestId('comment-submit')); });
    expect(screen.getByTestId('comment-sent').textContent).toBe('Sent. The host will review it.');
  });

  it('shows the translated error when the host switched comments off meanwhile', async () => {
    render(<CommentBox settings={settings} send={vi.fn().mockRejectedValue(new Error('HubException: comments_off'))} />);
    fireEvent.change(screen.getByTestId('comment-input'), { target: { value: 'hello' } });
    fireEvent.click(screen.getByTestId('comment-submit'));
    expect((await screen.findByRole('alert')).textContent).toBe('The host has switched 弹幕 off.');
  });
});

describe('ReactionBar', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const reactions = { version: 3, counts: [{ emoji: '👏', total: 120, burst: 4 }, { emoji: '❤️', total: 8, burst: 0 }] };

  it('shows the session totals and batches a burst of taps into one call', () => {
    const react = vi.fn().mockResolvedValue(undefined);
    render(<ReactionBar reactions={reactions} react={react} />);
    expect(screen.getByTestId('reaction-👏').textContent).toBe('👏120');
    for (let i = 0; i < 6; i++) fireEvent.click(screen.getByTestId('reaction-👏'));
    expect(react).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(250); });
    expect(react.mock.calls).toEqual([['👏', 6]]);
  });

  it('sends pending taps when the tab closes', () => {
    const react = vi.fn().mockResolvedValue(undefined);
    const { unmount } = render(<ReactionBar reactions={reactions} react={react} />);
    fireEvent.click(screen.getByTestId('reaction-❤️'));
    unmount();
    expect(react.mock.calls).toEqual([['❤️', 1]]);
  });
});
