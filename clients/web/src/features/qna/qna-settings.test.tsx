import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { BansList } from './bans-list';
import { HeldComments } from './held-comments';
import { parseEmojis, parseWords, QnaSettingsPanel } from './qna-settings';
import { qnaView, settings } from './test-data';

afterEach(cleanup);
const reactions = { version: 1, counts: [{ emoji: '👏', total: 0, burst: 0 }, { emoji: '❤️', total: 0, burst: 0 }] };

describe('QnaSettingsPanel', () => {
  it('switches one setting and keeps the others', () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<QnaSettingsPanel qna={qnaView([], { blocklist: ['spam'] })} reactions={reactions} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('setting-review-first'));
    expect(invoke).toHaveBeenLastCalledWith('SetQnaSettings', { ...settings, reviewFirst: true });
    fireEvent.click(screen.getByTestId('setting-comments-enabled'));
    expect(invoke).toHaveBeenLastCalledWith('SetQnaSettings', { ...settings, commentsEnabled: false });
    fireEvent.click(screen.getByTestId('clear-comments'));
    expect(invoke).toHaveBeenLastCalledWith('ClearComments');
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

  it('unbans a device', () => {
    const invoke = vi.fn().mockResolvedValue({});
    render(<BansList invoke={invoke} bans={[{ deviceId: 'dev-123456789', reason: 'spam', at: '2026-11-22T10:00:00Z' }]} />);
    fireEvent.click(screen.getByTestId('unban-dev-123456789'));
    expect(invoke).toHaveBeenCalledWith('UnbanDevice', 'dev-123456789');
  });
});
