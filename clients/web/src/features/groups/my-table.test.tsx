import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { MyTableView } from '@live/shared/groups/types';
import { MyTable } from './my-table';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

const atTwelve: MyTableView = { round: 1, table: 12, mates: [
  { name: 'Zhang Wei', company: 'Acme', facilitator: true },
  { name: 'Li Na', company: null, facilitator: false },
] };

describe('MyTable', () => {
  it("says this phone's table and who sits there, facilitator marked, company in small", () => {
    render(<MyTable table={atTwelve} />);
    expect(screen.getByTestId('my-table-number').textContent).toBe('You are at Table 12');
    const mates = screen.getAllByTestId('my-table-mate');
    expect(mates.map(m => m.querySelector('.mate-name')?.textContent)).toEqual(['Zhang Wei', 'Li Na']);
    expect(mates[0].textContent).toContain('Facilitator');
    expect(mates[0].querySelector('.mate-company')?.textContent).toBe('Acme');
    expect(mates[1].querySelector('.badge-facilitator')).toBeNull();
  });

  it('speaks Chinese', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<MyTable table={atTwelve} />);
    expect(screen.getByTestId('my-table-number').textContent).toBe('您在第 12 桌');
    expect(screen.getAllByTestId('my-table-mate')[0].textContent).toContain('桌长');
  });

  it('says so when nobody else sits there yet', () => {
    render(<MyTable table={{ round: 1, table: 3, mates: [] }} />);
    expect(screen.getByTestId('my-table-alone')).toBeTruthy();
  });

  it('shows nothing once the tables are ended, or before any', () => {
    const { rerender } = render(<MyTable table={atTwelve} />);
    rerender(<MyTable table={{ round: 1, table: null, mates: [] }} />);
    expect(screen.queryByTestId('my-table')).toBeNull();
    rerender(<MyTable table={null} />);
    expect(screen.queryByTestId('my-table')).toBeNull();
  });
});
