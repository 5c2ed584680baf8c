import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { BansList } from './bans-list';
import { HeldComments } from './held-comments';
import { parseEmojis, parseWords, QnaSettingsPanel } from './qna-settings';
import { qnaView, settings } from './test-data';
import type { QnaView } from '@live/shared/realtime/types';

afterEach(cleanup);
const reactions = { version: 1, counts: [{ emoji: '👏', total: 0, burst: 0 }, { emoji: '❤️', total: 0, burst: 0 }] };

describe('QnaSettingsPanel', () => {
  it('switches one setting and keeps the others', async () => {
    const invoke = vi.fn().mockResolvedValue(undefined);
    render(<QnaSettingsPanel qna={qnaView([], { blocklist: ['spam'] })} reactions={reactions} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('setting-review-first'));
    expect(invoke).toHaveBeenLastCalledWith('SetQnaSettings', { ...settings, reviewFirst: true });
    await waitFor(() => expect((screen.getByTestId('setting-comments-enabled') as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(screen.getByTestId('setting-comments-enabled'));
    expect(invoke).toHaveBeenLastCalledWith('SetQnaSettings', { ...settings, commentsEnabled: false });
    fireEvent.click(screen.getByTestId('clear-comments'));
    expect(invoke).toHaveBeenLastCalledWith('ClearComments');
  });

  it('holds questions and 弹幕 with separate switches, each shown at once and disabled until the server answers', async () => {
    let answer!: (view: QnaView) => void;
    const invoke = vi.fn().mockReturnValue(new Promise<QnaView>(resolve => { answer = resolve; }));
    const qna = qnaView([]);
    render(<QnaSettingsPanel qna={qna} reactions={reactions} invoke={invoke} />);
    expect(screen.getByTestId('setting-review-first').parentElement!.textContent).toBe('Review questions before they appear');
    const comments = screen.getByTestId('setting-comments-review-first') as HTMLInputElement;
    expect(comments.parentElement!.textContent).toBe('Review 弹幕 before they appear');
    fireEvent.click(comments);
    expect(invoke).toHaveBeenLastCalledWith('SetQnaSettings', { ...settings, commentsReviewFirst: true });
    expect([comments.checked, comments.disabled, comments.getAttribute('aria-busy')]).toEqual([true, true, 'true']);
    expect((screen.getByTestId('setting-review-first') as HTMLInputElement).checked).toBe(false);
    // The server's answer holds until the pushed view (still version 1 here) catches up: no flicker back.
    answer({ ...qna, version: qna.version + 1, settings: { ...settings, commentsReviewFirst: true } });
    await waitFor(() => expect(comments.disabled).toBe(false));
    expect(comments.checked).toBe(true);
  });

  it('saves the blocklist one word per line and the reaction set', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<QnaSettingsPanel qna={qnaView([], { blocklist: ['spam'] })} reactions={reactions} invoke={invoke} />);
    expect((screen.getByTestId('blocklist-input') as HTMLTextAreaElement).value).toBe('spam');
    fireEvent.change(screen.getByTestId('blocklist-input'), { target: { value: 'spam\n 广告 \n\nspam\n' } });
    fireEvent.click(screen.getByTestId('blocklist-save'));
    expect(invoke).toHaveBeenLastCalledWith('SetBlocklist', ['spam', '广告']);
    expect(await screen.findByText('Saved ✓')).toBeTruthy();
    expect((screen.getByTestId('reaction-set-input') as HTMLInputElement).value).toBe('👏 ❤️');
    fireEvent.change(screen.getByTestId('reaction-set-input'), { target: { value: '👏  🎉' } });
    fireEvent.click(screen.getByTestId('reaction-set-save'));
    expect(invoke).toHaveBeenLastCalledWith('SetReactionSet', ['👏', '🎉']);
  });

  it('shows a rejected reaction set in words', async () => {
    render(<QnaSettingsPanel qna={qnaView([])} reactions={reactions}
      invoke={vi.fn().mockRejectedValue(new Error('HubException: invalid_reaction_set'))} />);
    fireEvent.click(screen.getByTestId('reaction-set-save'));
    expect((await screen.findByRole('alert')).textContent).toBe('Use 1 to 8 different emoji.');
  });

  it('parses word and emoji lists', () => {
    expect(parseWords('\n a \nb\na')).toEqual(['a', 'b']);
    expect(parseEmojis(' 👏\t❤️ ')).toEqual(['👏', '❤️']);
  });
});

describe('HeldComments and BansList', () => {
  it('approves a held comment and shows the filter flag', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<HeldComments invoke={invoke} queue={{ version: 2, cleared: 0, pending: [
      { id: 'c1', text: '<b>hi</b>', author: null, channel: 'online', at: '2026-11-22T10:00:00Z', state: 'pending', flagged: true, deviceId: 'd' },
    ] }} />);
    expect(screen.getByTestId('held-comment-c1').textContent).toContain('<b>hi</b>');
    expect(screen.getByTestId('held-comment-c1').textContent).toContain('Held by filter');
    fireEvent.click(screen.getByTestId('approve-comment-c1'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('ModerateComments', { commentIds: ['c1'], approve: true }));
  });

  it('approves every held 弹幕 the filter did not flag in one call, and dismisses all', async () => {
    const invoke = vi.fn().mockResolvedValue({});
    const held = (id: string, flagged: boolean) => ({ id, text: id, author: null, channel: 'onsite' as const, at: '2026-11-22T10:00:00Z', state: 'pending' as const, flagged, deviceId: 'd' });
    render(<HeldComments invoke={invoke} queue={{ version: 2, cleared: 0, pending: [held('c1', false), held('c2', true), held('c3', false)] }} />);
    expect(screen.getByTestId('approve-all-comments').textContent).toBe('Approve all 2 not flagged');
    fireEvent.click(screen.getByTestId('approve-all-comments'));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('ModerateComments', { commentIds: ['c1', 'c3'], approve: true }));
    fireEvent.click(screen.getByTestId('dismiss-all-comments'));
    await waitFor(() => expect(invoke).toHaveBeenLastCalledWith('ModerateComments', { commentIds: ['c1', 'c2', 'c3'], approve: false }));
  });

  it('unbans a device', () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<BansList invoke={invoke} bans={[{ deviceId: 'dev-123456789', reason: 'spam', at: '2026-11-22T10:00:00Z' }]} />);
    fireEvent.click(screen.getByTestId('unban-dev-123456789'));
    expect(invoke).toHaveBeenCalledWith('UnbanDevice', 'dev-123456789');
  });
});
