import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '../../i18n';
import { emptySnapshot, type Snapshot } from '@live/shared/realtime/reducer';
import type { ArmRequest } from '@live/shared/realtime/types';
import { fakeDrawHub } from './test-hub';
import { ConsoleDraw } from './console-draw';
import { drawView, tier } from './test-data';
import { formedView, groupsView } from '../groups/test-data';
import { createSoundCues, muteKey } from './sound-cues';

afterEach(cleanup);
const snapshot = (over: Partial<Snapshot> = {}): Snapshot => ({ ...emptySnapshot, draw: drawView({ tiers: [] }), ...over });

describe('ConsoleDraw', () => {
  it('adds a tier with its eligibility, suggesting check-in categories', async () => {
    const hub = fakeDrawHub();
    const checkins = { version: 1, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' as const }, invited: 30, arrived: 12, walkIns: 0,
      byCategory: [{ category: 'vip', invited: 5, arrived: 4 }, { category: '经销商', invited: 25, arrived: 8 }], recent: [] };
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ checkins })} invoke={hub.invoke} />);
    fireEvent.change(screen.getByTestId('tier-name'), { target: { value: '六等奖' } });
    fireEvent.change(screen.getByTestId('tier-count'), { target: { value: '450' } });
    fireEvent.click(screen.getByTestId('tier-category-vip'));
    fireEvent.click(screen.getByTestId('tier-category-经销商'));
    expect((screen.getByTestId('tier-categories') as HTMLInputElement).value).toBe('vip, 经销商');
    fireEvent.change(screen.getByTestId('tier-exclude'), { target: { value: 'a1\na2' } });
    fireEvent.click(screen.getByTestId('tier-save'));
    await screen.findByTestId('tier-t1');
    expect(hub.invoke).toHaveBeenCalledWith('SaveTier', {
      id: null, name: '六等奖', count: 450, order: 1, image: null,
      eligibility: { source: 'checkedIn', pollId: null, categories: ['vip', '经销商'], include: [], exclude: ['a1', 'a2'], tables: [] },
    });
    expect(screen.getByTestId('tier-t1').textContent).toContain('0 of 450 won · 450 open');
    expect((screen.getByTestId('round-count-t1') as HTMLInputElement).value).toBe('450');
  });

  it('limits a tier to some of the current tables, and offers no tables before any are formed', async () => {
    const hub = fakeDrawHub();
    const first = render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ groups: groupsView() })} invoke={hub.invoke} />);
    expect(screen.queryByTestId('tier-tables')).toBeNull();
    first.unmount();

    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ groups: formedView([3, 3, 2]) })} invoke={hub.invoke} />);
    const choice = screen.getByTestId('tier-tables');
    expect(within(choice).getAllByRole('button').map(b => b.textContent)).toEqual(['Table 1 3', 'Table 2 3', 'Table 3 2']);
    expect(screen.getByRole('button', { name: 'Table 3, 2 people' })).toBe(screen.getByTestId('tier-table-3'));
    expect(screen.getByTestId('tier-tables-hint').textContent).toBe('Any table (or none). Who sits there is read when the round is drawn.');
    fireEvent.change(screen.getByTestId('tier-name'), { target: { value: '桌奖' } });
    fireEvent.click(screen.getByTestId('tier-table-3'));
    fireEvent.click(screen.getByTestId('tier-table-1'));
    expect(screen.getByTestId('tier-table-1').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('tier-tables-hint').textContent).toContain('Only Table 1, Table 3.');
    fireEvent.click(screen.getByTestId('tier-save'));
    await screen.findByTestId('tier-t1');
    expect(hub.invoke).toHaveBeenCalledWith('SaveTier', expect.objectContaining({ eligibility: expect.objectContaining({ tables: [1, 3] }) }));
    expect(screen.getByTestId('tier-t1').textContent).toContain('Checked-in attendees · Table 1, Table 3');
    expect(screen.getByTestId('tier-table-1').getAttribute('aria-pressed')).toBe('false'); // the form starts the next tier afresh
  });

  it('keeps a table the tier names that the current tables no longer have, so it can be taken off', async () => {
    const saved = tier('t1', { eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [], tables: [2, 7] } });
    const hub = fakeDrawHub([saved]);
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ draw: hub.view(), groups: formedView([4, 4]) })} invoke={hub.invoke} />);
    fireEvent.click(screen.getByTestId('tier-edit-t1'));
    expect(screen.getByTestId('tier-table-7').className).toContain('gone');
    fireEvent.click(screen.getByTestId('tier-table-7'));
    expect(screen.queryByTestId('tier-table-7')).toBeNull();
    fireEvent.click(screen.getByTestId('tier-tables-clear'));
    expect(screen.getByTestId('tier-table-2').getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByTestId('tier-save'));
    await waitFor(() => expect(hub.invoke).toHaveBeenLastCalledWith('SaveTier', expect.objectContaining({ id: 't1', eligibility: expect.objectContaining({ tables: [] }) })));
  });

  it('shows a draw setting at once, busy until the server answers, then keeps the answer', async () => {
    const hub = fakeDrawHub();
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot()} invoke={hub.invoke} />);
    const repeat = screen.getByTestId('setting-allow-repeat') as HTMLInputElement;
    const before = repeat.checked;
    fireEvent.click(repeat);
    expect([repeat.checked, repeat.disabled, repeat.getAttribute('aria-busy')]).toEqual([!before, true, 'true']);
    expect(hub.invoke).toHaveBeenCalledWith('SetDrawSettings', expect.objectContaining({ allowRepeatWins: !before }));
    await waitFor(() => expect(repeat.disabled).toBe(false));
    expect([repeat.checked, repeat.getAttribute('aria-busy')]).toEqual([!before, 'false']);
  });

  it('shows winners\' companies on the big screen unless the host unticks it', async () => {
    const hub = fakeDrawHub();
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot()} invoke={hub.invoke} />);
    const companies = screen.getByTestId('setting-show-companies') as HTMLInputElement;
    expect(companies.checked).toBe(true); // a server without the setting: shown
    expect(companies.closest('label')?.textContent).toBe("Show each winner's company beside the name on the big screen");
    fireEvent.click(companies);
    expect(hub.invoke).toHaveBeenCalledWith('SetDrawSettings', expect.objectContaining({ maskNames: true, hideCompanies: true }));
    await waitFor(() => expect(companies.disabled).toBe(false));
    expect(companies.checked).toBe(false);
  });

  it('asks for a poll when drawing among its voters', async () => {
    const hub = fakeDrawHub();
    const session = { code: '482913', title: 'S', version: 1, language: null, screen: { view: 'join' as const, pollId: null },
      polls: [{ id: 'p1', kind: 'single' as const, question: 'Which product?', options: [], maxSelections: 1, allowVoteChange: true, showResultsToAttendees: true, status: 'closed' as const }] };
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ session })} invoke={hub.invoke} />);
    fireEvent.change(screen.getByTestId('tier-name'), { target: { value: 'Voters' } });
    fireEvent.change(screen.getByTestId('tier-source'), { target: { value: 'votedInPoll' } });
    fireEvent.click(screen.getByTestId('tier-save'));
    expect((await screen.findByRole('alert')).dataset.code).toBe('invalid_tier');
    fireEvent.change(screen.getByTestId('tier-poll'), { target: { value: 'p1' } });
    fireEvent.click(screen.getByTestId('tier-save'));
    await screen.findByTestId('tier-t1');
    expect(hub.invoke).toHaveBeenLastCalledWith('SaveTier', expect.objectContaining({ eligibility: expect.objectContaining({ source: 'votedInPoll', pollId: 'p1' }) }));
  });

  it('arms, draws, reveals, and redraws an absent winner', async () => {
    const hub = fakeDrawHub([tier('t1', { name: '一等奖', count: 3, open: 3 })]);
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ draw: hub.view() })} invoke={hub.invoke} />);
    fireEvent.change(screen.getByTestId('round-count-t1'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('arm-t1'));
    const hash = await screen.findByTestId('seed-hash-1');
    expect(hash.textContent).toBe('ae216c2e…b7a612c9');
    expect(hash.getAttribute('title')).toHaveLength(64);
    expect(screen.queryByTestId('arm-t1')).toBeNull();
    fireEvent.click(screen.getByTestId('draw-1'));
    await screen.findByTestId('winner-1-a5');
    expect(screen.getByTestId('winners-1').textContent).toContain('Name a5');
    expect(screen.getByTestId('proof-link-1').getAttribute('href')).toBe('/verify/482913/1');
    fireEvent.click(screen.getByTestId('reveal-1'));
    await waitFor(() => expect(screen.getByTestId('seed-1').dataset.value).toBe('0102'));

    fireEvent.click(screen.getByTestId('absent-1-a5'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Mark Name a5 absent?');
    fireEvent.click(screen.getByTestId('confirm-absent-1-a5'));
    fireEvent.click(await screen.findByTestId('redraw-1-a5'));
    await screen.findByTestId('draw-2');
    expect(hub.invoke).toHaveBeenCalledWith('MarkAbsent', { round: 1, entrantId: 'a5' });
    expect(hub.invoke).toHaveBeenCalledWith('ArmRound', { tierId: 't1', count: 1, replaces: 'a5' } satisfies ArmRequest);
    expect(within(screen.getByTestId('round-2')).getByText('Redraw for Name a5')).toBeTruthy();
    expect(screen.queryByTestId('redraw-1-a5')).toBeNull();
  });

  it('shows a refused draw as a translated error', async () => {
    const hub = fakeDrawHub([tier('t1')], { DrawRound: 'no_entrants' });
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ draw: hub.view() })} invoke={hub.invoke} />);
    fireEvent.click(screen.getByTestId('arm-t1'));
    fireEvent.click(await screen.findByTestId('draw-1'));
    expect((await screen.findByRole('alert')).textContent).toBe("Nobody is eligible for this round. Check the tier's rules, or who has checked in.");
  });

  it('refuses a batch larger than the open places before calling', async () => {
    const hub = fakeDrawHub([tier('t1', { open: 3 })]);
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ draw: hub.view() })} invoke={hub.invoke} />);
    fireEvent.change(screen.getByTestId('round-count-t1'), { target: { value: '4' } });
    fireEvent.click(screen.getByTestId('arm-t1'));
    expect((await screen.findByRole('alert')).dataset.code).toBe('tier_full');
    expect(hub.invoke).not.toHaveBeenCalled();
  });

  it('starts the drum roll on the click that draws, stops it when the draw is refused, and mutes from the tab', async () => {
    const cues = createSoundCues({ audio: () => null });
    const spies = { unlock: vi.spyOn(cues, 'unlock'), drumRoll: vi.spyOn(cues, 'drumRoll'), stop: vi.spyOn(cues, 'stop') };
    const hub = fakeDrawHub([tier('t1')], { DrawRound: 'no_entrants' });
    render(<ConsoleDraw code="482913" hostKey="k" snapshot={snapshot({ draw: hub.view() })} invoke={hub.invoke} cues={cues} />);
    fireEvent.click(screen.getByTestId('arm-t1'));
    fireEvent.click(await screen.findByTestId('draw-1'));
    expect(spies.unlock).toHaveBeenCalled();
    expect(spies.drumRoll).toHaveBeenCalled();
    await screen.findByRole('alert');
    expect(spies.stop).toHaveBeenCalled();

    const toggle = screen.getByTestId('draw-sound');
    expect([toggle.getAttribute('aria-pressed'), toggle.textContent]).toEqual(['true', '🔊 Sound on']);
    fireEvent.click(toggle);
    expect([toggle.getAttribute('aria-pressed'), toggle.textContent]).toEqual(['false', '🔇 Sound off']);
    expect(cues.muted).toBe(true);
    expect(localStorage.getItem(muteKey)).toBe('off');
    expect((screen.getByTestId('draw-sound-test') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(toggle);
    expect(localStorage.getItem(muteKey)).toBeNull();
  });
});
