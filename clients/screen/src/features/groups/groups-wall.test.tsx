import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { GroupsView } from '@live/shared/groups/types';
import { GroupsWall } from './groups-wall';
import { pageMs } from './table-pages';

afterEach(async () => { cleanup(); vi.useRealTimers(); await act(() => i18n.changeLanguage('en')); });

const view = (count: number, over: Partial<GroupsView> = {}): GroupsView => ({
  version: 2, round: 1, active: true, targetSize: 8, source: 'checkedIn', formedAt: 1, score: null,
  tables: Array.from({ length: count }, (_, i) => ({ number: i + 1, members: Array.from({ length: 8 }, (_, j) => ({
    id: `a${i * 8 + j}`, name: `欧阳${i * 8 + j}`, company: 'Acme', facilitator: j === 0 })) })),
  ...over,
});

describe('GroupsWall', () => {
  it('shows each table with its names, the facilitator starred, and no pages when all fit', () => {
    render(<GroupsWall title="年会" groups={view(3)} />);
    const table2 = screen.getByTestId('screen-table-2');
    expect(table2.querySelector('.group-number')?.textContent).toBe('Table 2');
    expect([...table2.querySelectorAll('.group-name')].map(n => n.textContent)).toEqual(['★欧阳8', '欧阳9', '欧阳10', '欧阳11', '欧阳12', '欧阳13', '欧阳14', '欧阳15']);
    expect(screen.queryByTestId('groups-page')).toBeNull();
  });

  it('turns the pages of 125 tables every 8 s, "page 2 / 16", and back to the first', () => {
    vi.useFakeTimers();
    render(<GroupsWall title="年会" groups={view(125)} />);
    expect(screen.getByTestId('groups-page').textContent).toBe('Page 1 / 16');
    expect(screen.getAllByTestId(/^screen-table-/)).toHaveLength(8);
    act(() => vi.advanceTimersByTime(pageMs));
    expect(screen.getByTestId('groups-page').textContent).toBe('Page 2 / 16');
    expect(screen.getByTestId('screen-table-9')).toBeTruthy();
    act(() => vi.advanceTimersByTime(pageMs * 15));
    expect(screen.getByTestId('groups-page').textContent).toBe('Page 1 / 16');
  });

  it('speaks Chinese', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<GroupsWall title="年会" groups={view(12)} />);
    expect(screen.getByTestId('screen-table-1').querySelector('.group-number')?.textContent).toBe('第 1 桌');
    expect(screen.getByTestId('groups-page').textContent).toBe('第 1 / 2 页');
  });

  it('says the tables are coming before they are formed and once they end', () => {
    const { rerender } = render(<GroupsWall title="年会" groups={null} />);
    expect(screen.getByTestId('groups-waiting')).toBeTruthy();
    rerender(<GroupsWall title="年会" groups={view(3, { active: false })} />);
    expect(screen.getByTestId('groups-waiting')).toBeTruthy();
    expect(screen.queryByTestId('groups-grid')).toBeNull();
  });
});
