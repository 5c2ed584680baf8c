import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18n from '../../i18n';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import { CheckInFigures } from './checkin-figures';
import { CheckInSettingsPanel } from './checkin-settings';
import { view } from './test-data';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });
const cells = (category: string) =>
  [...screen.getByTestId(`checkin-category-${category}`).querySelectorAll('td')].map(td => td.textContent);

describe('CheckInFigures', () => {
  it('shows arrived of invited, the rate, walk-ins and each category', () => {
    render(<CheckInFigures view={view()} />);
    expect(screen.getByTestId('checkin-arrived').textContent).toBe('12');
    expect(screen.getByTestId('checkin-invited').textContent).toBe('30');
    expect(screen.getByTestId('checkin-rate').textContent).toBe('40%');
    expect(screen.getByTestId('checkin-walkins').textContent).toBe('2');
    expect(cells('vip')).toEqual(['vip', '4', '5', '80%']); // as entered: categories are the host's data
    expect(cells('经销商')).toEqual(['经销商', '8', '25', '32%']);
    expect(cells('walk-in')).toEqual(['Walk-in', '2', '—', '—']);
  });

  it('says there is no list yet before an import', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<CheckInFigures view={view({ invited: 0, arrived: 0, walkIns: 0, byCategory: [] })} />);
    expect(screen.getByTestId('checkin-rate').textContent).toBe('0%');
    expect(screen.getByText('还没有邀请名单，请在下方导入。')).toBeTruthy();
  });

  it('shows zeros before the first snapshot', () => {
    render(<CheckInFigures view={null} />);
    expect(screen.getByTestId('checkin-arrived').textContent).toBe('0');
  });
});

describe('CheckInSettingsPanel', () => {
  it('sends the whole settings object and shows the choice before the next snapshot', async () => {
    const invoke = fakeInvoke({ SetCheckInSettings: settings => view({ version: 4, settings }) });
    const { rerender } = render(<CheckInSettingsPanel view={view()} invoke={invoke} />);
    const walkIns = screen.getByTestId('setting-allow-walkins') as HTMLInputElement;
    expect(walkIns.checked).toBe(false);
    expect((screen.getByTestId('setting-mask-names') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(walkIns);
    expect([walkIns.checked, walkIns.disabled, walkIns.getAttribute('aria-busy')]).toEqual([true, true, 'true']);
    expect(invoke).toHaveBeenCalledWith('SetCheckInSettings', { allowWalkIns: true, maskNamesOnWall: true, wallDetail: 'company' });
    await waitFor(() => expect(walkIns.disabled).toBe(false));
    expect(walkIns.getAttribute('aria-busy')).toBe('false');
    rerender(<CheckInSettingsPanel view={view({ version: 3 })} invoke={invoke} />); // an older push arriving late
    expect(walkIns.checked).toBe(true);
    rerender(<CheckInSettingsPanel view={view({ version: 5, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' } })} invoke={invoke} />);
    expect(walkIns.checked).toBe(false); // another console switched it back: the newer snapshot wins
  });

  it('chooses what the wall shows beside names, in the console\'s language', async () => {
    const invoke = fakeInvoke({ SetCheckInSettings: settings => view({ version: 4, settings }) });
    render(<CheckInSettingsPanel view={view()} invoke={invoke} />);
    const select = screen.getByTestId('setting-wall-detail') as HTMLSelectElement;
    expect(select.value).toBe('company');
    expect(select.closest('label')?.textContent).toContain('Beside names on the check-in wall');
    expect([...select.options].map(o => [o.value, o.textContent])).toEqual([
      ['company', 'Company (category when none)'], ['category', 'Category'], ['none', 'Nothing'],
    ]);
    fireEvent.change(select, { target: { value: 'none' } });
    expect(invoke).toHaveBeenCalledWith('SetCheckInSettings', { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'none' });
    await waitFor(() => expect(select.disabled).toBe(false));
    expect(select.value).toBe('none');
    cleanup();
    await i18n.changeLanguage('zh-CN');
    try {
      render(<CheckInSettingsPanel view={view()} invoke={invoke} />);
      const zh = screen.getByTestId('setting-wall-detail') as HTMLSelectElement;
      expect(zh.closest('label')?.textContent).toContain('签到墙姓名旁显示');
      expect([...zh.options].map(o => o.textContent)).toEqual(['公司（无公司时显示类别）', '类别', '不显示']);
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows invalid_wall_detail as a translated sentence', async () => {
    render(<CheckInSettingsPanel view={view()} invoke={fakeInvoke({}, { SetCheckInSettings: 'invalid_wall_detail' })} />);
    fireEvent.change(screen.getByTestId('setting-wall-detail'), { target: { value: 'category' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The check-in wall cannot show that beside names'));
    expect((screen.getByTestId('setting-wall-detail') as HTMLSelectElement).value).toBe('company');
  });

  it('goes back to the server state and shows a refused change as a translated error', async () => {
    const invoke = vi.fn().mockRejectedValue(new Error('HubException: unavailable'));
    render(<CheckInSettingsPanel view={view()} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('setting-mask-names'));
    await waitFor(() => expect(screen.getByRole('alert').dataset.code).toBe('unavailable'));
    expect((screen.getByTestId('setting-mask-names') as HTMLInputElement).checked).toBe(true);
  });

  it('is disabled until the first snapshot', () => {
    render(<CheckInSettingsPanel view={null} invoke={vi.fn()} />);
    expect((screen.getByTestId('setting-allow-walkins') as HTMLInputElement).disabled).toBe(true);
  });
});
