import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { fakeInvoke, type FakeInvoke } from '@live/shared/realtime/fake-hub';
import type { RosterEntry, RosterSearchResult } from '@live/shared/realtime/types';
import { StaffCheckIn } from './staff-checkin';
import { entry } from './test-data';

afterEach(() => { cleanup(); vi.useRealTimers(); });
const arrivedAt = new Date(2026, 10, 22, 9, 41).toISOString();

/** A stub hub: SearchRoster answers from `people`; StaffCheckIn and UndoCheckIn change them. */
function hub(people: RosterEntry[]) {
  const change = (id: string, arrived: boolean) => {
    const at = people.findIndex(p => p.id === id);
    people[at] = arrived ? { ...people[at], arrivedAt, channel: 'staff' } : { ...people[at], arrivedAt: null, channel: null };
    return people[at];
  };
  return fakeInvoke({
    SearchRoster: ({ query, limit }) => {
      const found = people.filter(p => p.name.includes(query));
      return { people: found.slice(0, limit ?? 20), total: found.length };
    },
    StaffCheckIn: id => change(id, true),
    UndoCheckIn: id => change(id, false),
  });
}
const searches = (invoke: FakeInvoke) => invoke.mock.calls.filter(c => c[0] === 'SearchRoster').map(c => c[1]);

describe('StaffCheckIn', () => {
  it('searches once typing pauses, with a limit of 20', async () => {
    vi.useFakeTimers();
    const invoke = hub([entry('1', { name: '张伟' }), entry('2', { name: '张三丰' }), entry('3', { name: '李娜' })]);
    render(<StaffCheckIn invoke={invoke} version={1} />);
    await act(() => vi.advanceTimersByTimeAsync(150));
    expect(searches(invoke)).toEqual([{ query: '', limit: 20 }]);
    const box = screen.getByTestId('roster-search');
    fireEvent.change(box, { target: { value: '张' } });
    await act(() => vi.advanceTimersByTimeAsync(100));
    fireEvent.change(box, { target: { value: '张三 ' } });
    await act(() => vi.advanceTimersByTimeAsync(149));
    expect(searches(invoke)).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(searches(invoke)).toEqual([{ query: '', limit: 20 }, { query: '张三', limit: 20 }]);
    expect(screen.getByTestId('roster-row-2')).toBeTruthy();
    expect(screen.queryByTestId('roster-row-1')).toBeNull();
  });

  it('says "20 of 31" when the list is cut at the limit, and nothing when everyone is shown', async () => {
    const people = Array.from({ length: 31 }, (_, i) => entry(String(i + 1), { name: `宋${i + 1}` }));
    const invoke = hub([...people, entry('99', { name: '王芳' })]);
    render(<StaffCheckIn invoke={invoke} version={1} />);
    await screen.findByTestId('roster-row-1');
    fireEvent.change(screen.getByTestId('roster-search'), { target: { value: '宋' } });
    await waitFor(() => expect(screen.getByTestId('roster-truncated').textContent).toBe('20 of 31 — refine the search'));
    expect(screen.getAllByTestId(/^roster-row-/)).toHaveLength(20);
    fireEvent.change(screen.getByTestId('roster-search'), { target: { value: '王' } });
    await screen.findByTestId('roster-row-99');
    expect(screen.queryByTestId('roster-truncated')).toBeNull();
  });

  it('says it in Chinese too', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      const invoke = fakeInvoke({ SearchRoster: () => ({ people: [entry('1')], total: 31 }) });
      render(<StaffCheckIn invoke={invoke} version={1} />);
      expect((await screen.findByTestId('roster-truncated')).textContent).toBe('显示 1 / 31 人 — 请缩小搜索范围');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows who someone is and checks them in with one tap', async () => {
    const invoke = hub([entry('1', { name: '张伟', seat: 'A-12', category: 'vip', company: '华东经销' })]);
    render(<StaffCheckIn invoke={invoke} version={1} />);
    const row = await screen.findByTestId('roster-row-1');
    expect(row.textContent).toContain('张伟');
    expect(row.textContent).toContain('vip');
    expect(row.textContent).toContain('Seat A-12');
    expect(row.textContent).toContain('13800138000 · 华东经销');
    expect(row.textContent).toContain('Not arrived');
    fireEvent.click(screen.getByTestId('staff-checkin-1'));
    await waitFor(() => expect(screen.getByTestId('roster-row-1').dataset.arrived).toBe('true'));
    expect(invoke).toHaveBeenCalledWith('StaffCheckIn', '1');
    expect(screen.getByTestId('arrived-1').textContent).toBe('✓ 09:41 · Checked in by staff');
    expect(screen.queryByTestId('staff-checkin-1')).toBeNull();
  });

  it('undoes a check-in only after a confirm', async () => {
    const invoke = hub([entry('1', { name: '张伟', arrivedAt, channel: 'self' })]);
    render(<StaffCheckIn invoke={invoke} version={1} />);
    fireEvent.click(await screen.findByTestId('undo-checkin-1'));
    expect(screen.getByRole('alertdialog').textContent).toContain('Undo the check-in of 张伟?');
    fireEvent.click(screen.getByTestId('cancel-undo-1'));
    expect(invoke).not.toHaveBeenCalledWith('UndoCheckIn', '1');
    fireEvent.click(screen.getByTestId('undo-checkin-1'));
    fireEvent.click(screen.getByTestId('confirm-undo-1'));
    await waitFor(() => expect(screen.getByTestId('roster-row-1').dataset.arrived).toBe('false'));
    expect(invoke).toHaveBeenCalledWith('UndoCheckIn', '1');
    expect(screen.getByTestId('staff-checkin-1')).toBeTruthy();
  });

  it('shows a failed check-in on its row, translated', async () => {
    const invoke = fakeInvoke({ SearchRoster: () => ({ people: [entry('1')], total: 1 }) }, { StaffCheckIn: 'person_not_found' });
    render(<StaffCheckIn invoke={invoke} version={1} />);
    fireEvent.click(await screen.findByTestId('staff-checkin-1'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('This person is no longer on the list.'));
  });

  it('fetches the rows again, at most once a second, when arrivals change', async () => {
    vi.useFakeTimers();
    const people = [entry('1')];
    const invoke = hub(people);
    const { rerender } = render(<StaffCheckIn invoke={invoke} version={1} />);
    await act(() => vi.advanceTimersByTimeAsync(150));
    people[0] = { ...people[0], arrivedAt, channel: 'self' };
    rerender(<StaffCheckIn invoke={invoke} version={2} />);
    rerender(<StaffCheckIn invoke={invoke} version={3} />);
    await act(() => vi.advanceTimersByTimeAsync(999));
    expect(searches(invoke)).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(searches(invoke)).toHaveLength(2);
    expect(screen.getByTestId('roster-row-1').dataset.arrived).toBe('true');
  });

  it('keeps the newest answer when an older search comes back late', async () => {
    let release: (found: RosterSearchResult) => void = () => {};
    const invoke = fakeInvoke({
      SearchRoster: ({ query }) => query === 'slow'
        ? new Promise<RosterSearchResult>(resolve => { release = resolve; }) : { people: [entry('new')], total: 1 },
    });
    render(<StaffCheckIn invoke={invoke} version={1} />);
    await screen.findByTestId('roster-row-new');
    fireEvent.change(screen.getByTestId('roster-search'), { target: { value: 'slow' } });
    await waitFor(() => expect(searches(invoke)).toHaveLength(2));
    fireEvent.change(screen.getByTestId('roster-search'), { target: { value: 'fast' } });
    await waitFor(() => expect(searches(invoke)).toHaveLength(3));
    await act(async () => release({ people: [entry('old')], total: 1 }));
    expect(screen.queryByTestId('roster-row-old')).toBeNull();
    expect(screen.getByTestId('roster-row-new')).toBeTruthy();
  });
});
