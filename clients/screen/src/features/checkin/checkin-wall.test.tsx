import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { Arrival, CheckInView } from '@live/shared/realtime/types';
import { arrivalCap, CheckInWall } from './checkin-wall';

const arrival = (id: number, name: string, category = 'dealer', company: string | null = null): Arrival =>
  ({ personId: `a${id}`, name, category, at: `2026-11-22T09:00:${String(id).padStart(2, '0')}Z`, company });
const view = (over: Partial<CheckInView>): CheckInView => ({
  version: 1, settings: { allowWalkIns: true, maskNamesOnWall: true, wallDetail: 'company' }, invited: 0, arrived: 0, walkIns: 0, byCategory: [], recent: [], ...over,
});
const conference = view({
  invited: 40, arrived: 15, walkIns: 2,
  byCategory: [
    { category: 'VIP', invited: 6, arrived: 4 }, { category: 'dealer', invited: 24, arrived: 9 },
    { category: '媒体', invited: 6, arrived: 2 }, { category: 'staff', invited: 4, arrived: 0 }, { category: 'walk-in', invited: 0, arrived: 2 },
  ],
  recent: [arrival(3, '王*', 'VIP'), arrival(2, 'J*** S***', '媒体'), arrival(1, '张**')],
});
const show = (checkins: CheckInView | null) =>
  render(<CheckInWall title="2026 年度经销商大会" checkins={checkins} code="482913" joinUrl="http://x/j/482913" />);
const rerenderWith = (view: ReturnType<typeof show>, checkins: CheckInView) =>
  view.rerender(<CheckInWall title="2026 年度经销商大会" checkins={checkins} code="482913" joinUrl="http://x/j/482913" />);

afterEach(async () => { cleanup(); await i18n.changeLanguage('en'); });

describe('CheckInWall', () => {
  it('shows the totals, the rate, walk-ins, each category and the QR to check in', () => {
    show(conference);
    expect(screen.getByTestId('checkin-wall')).toBeTruthy();
    expect(screen.getByTestId('wall-arrived').textContent).toBe('15');
    expect(screen.getByTestId('wall-invited').textContent).toBe('40');
    expect(screen.getByTestId('wall-rate').textContent).toBe('38%');
    expect(screen.getByTestId('wall-walkins').textContent).toBe('+2 walk-ins');
    expect(screen.getByTestId('wall-category-VIP').textContent).toBe('VIP4 / 6');
    expect(screen.getByTestId('wall-category-dealer').textContent).toBe('dealer9 / 24'); // as entered, in every language
    expect(screen.getByTestId('wall-category-媒体').textContent).toBe('媒体2 / 6');
    expect(screen.getByTestId('wall-category-walk-in').textContent).toBe('Walk-in2');
    // Scanning the wall's code opens the phone on the check-in form, not the session's first tab.
    expect(screen.getByTestId('wall-qr').getAttribute('aria-label')).toBe('http://x/j/482913?tab=checkin');
    expect(screen.getByTestId('wall-code').textContent).toBe('482 913');
    expect(screen.getByTestId('checkin-wall').textContent).toContain('Scan to check in');
  });

  it('lists the arrivals newest first, the newest welcomed', () => {
    show(conference);
    const ids = screen.getAllByTestId(/^wall-arrival-/).map(el => el.dataset.testid);
    expect(ids).toEqual(['wall-arrival-a3', 'wall-arrival-a2', 'wall-arrival-a1']);
    expect(screen.getByTestId('wall-arrival-a3').textContent).toBe('Welcome王*VIP');
    expect(screen.getByTestId('wall-arrival-a2').textContent).toBe('J*** S***媒体');
    expect(screen.getByTestId('wall-arrival-a2').dataset.length).toBe('medium');
    expect(screen.getByTestId('wall-arrival-a1').dataset.length).toBe('short');
  });

  it('flies in only the names that are new since the last snapshot', () => {
    const wall = show(conference);
    expect(document.querySelectorAll('.arrival.is-new')).toHaveLength(0);
    rerenderWith(wall, { ...conference, version: 2, arrived: 17, recent: [arrival(5, '李*'), arrival(4, '赵*'), ...conference.recent] });
    expect([...document.querySelectorAll('.arrival.is-new')].map(el => (el as HTMLElement).dataset.testid)).toEqual(['wall-arrival-a5', 'wall-arrival-a4']);
    expect(screen.getByTestId('wall-arrival-a4').style.getPropertyValue('--enter-delay')).toBe('0ms');
    expect(screen.getByTestId('wall-arrival-a5').style.getPropertyValue('--enter-delay')).toBe('180ms');
    expect(screen.getByTestId('wall-arrived').textContent).toBe('17');
  });

  it('takes an equal list rebuilt by the caller as no change', () => {
    const wall = show(conference);
    rerenderWith(wall, { ...conference, recent: conference.recent.map(a => ({ ...a })) });
    expect(document.querySelectorAll('.arrival.is-new')).toHaveLength(0);
    expect(screen.getAllByTestId(/^wall-arrival-/)).toHaveLength(3);
  });

  it('does not fly in the first list it gets after waiting for one', () => {
    const wall = show(null);
    expect(screen.getByTestId('wall-empty').textContent).toBe('Waiting for the first guests to check in…');
    expect(screen.getAllByTestId('wall-qr')).toHaveLength(1); // the big QR in the empty wall, not a second one
    expect(screen.getByTestId('wall-code').textContent).toBe('482 913');
    rerenderWith(wall, conference);
    expect(screen.getAllByTestId(/^wall-arrival-/)).toHaveLength(3);
    expect(document.querySelectorAll('.arrival.is-new')).toHaveLength(0);
  });

  it('keeps the DOM small however many arrive', () => {
    const recent = Array.from({ length: 30 }, (_, i) => arrival(30 - i, `嘉宾${30 - i}`));
    show(view({ invited: 500, arrived: 300, recent }));
    expect(screen.getAllByTestId(/^wall-arrival-/)).toHaveLength(arrivalCap);
    expect(screen.getByTestId('wall-arrived').textContent).toBe('300');
  });

  it('with nobody invited shows arrivals only: no "of", no rate', () => {
    show(view({ invited: 0, arrived: 0, walkIns: 12, byCategory: [{ category: 'walk-in', invited: 0, arrived: 12 }] }));
    expect(screen.getByTestId('wall-arrived').textContent).toBe('12');
    expect(screen.queryByTestId('wall-invited')).toBeNull();
    expect(screen.queryByTestId('wall-rate')).toBeNull();
    expect(screen.queryByTestId('wall-walkins')).toBeNull();
    expect(screen.queryByTestId('wall-category-walk-in')).toBeNull(); // the big number already counts them
  });

  it('sums categories past twelve into one row', () => {
    const byCategory = Array.from({ length: 15 }, (_, i) => ({ category: `区域${i + 1}`, invited: 10 + i, arrived: i }));
    show(view({ invited: 255, arrived: 105, byCategory }));
    expect(screen.getAllByTestId(/^wall-category-/)).toHaveLength(11);
    expect(screen.getByTestId('wall-categories-more').textContent).toBe('Others (4)6 / 46');
    expect(screen.getByRole('list', { name: 'By category' }).className).toContain('compact');
  });

  it('speaks Chinese, keeping the categories as entered and translating walk-ins', async () => {
    await i18n.changeLanguage('zh-CN');
    show(conference);
    const wall = screen.getByTestId('checkin-wall');
    expect(wall.textContent).toContain('扫码签到');
    expect(wall.textContent).toContain('签到率');
    expect(screen.getByTestId('wall-walkins').textContent).toBe('另有 2 人现场登记');
    expect(screen.getByTestId('wall-category-dealer').textContent).toBe('dealer9 / 24');
    expect(screen.getByTestId('wall-category-walk-in').textContent).toBe('现场登记2');
    expect(screen.getByTestId('wall-arrival-a3').textContent).toBe('欢迎王*VIP');
  });

  it('tells two masked "宋*" apart by their companies, beside the name', async () => {
    const twoSongs = view({
      invited: 3, arrived: 3,
      recent: [arrival(3, '宋*', 'VIP', '上海汽车集团'), arrival(2, '宋*', 'dealer', '华东经销'), arrival(1, '王*', 'walk-in')],
    });
    show(twoSongs);
    expect(screen.getByTestId('wall-arrival-a3').textContent).toBe('Welcome宋*上海汽车集团');
    expect(screen.getByTestId('wall-detail-a2').textContent).toBe('华东经销');
    expect(screen.getByTestId('wall-detail-a2').className).toBe('arrival-detail company');
    // Someone without a company (a walk-in who gave none) shows the category instead, translated.
    expect(screen.getByTestId('wall-detail-a1').textContent).toBe('Walk-in');
    expect(screen.getByTestId('wall-detail-a1').className).toBe('arrival-detail category');
    cleanup();
    await i18n.changeLanguage('zh-CN');
    show(twoSongs);
    expect(screen.getByTestId('wall-arrival-a3').textContent).toBe('欢迎宋*上海汽车集团');
    expect(screen.getByTestId('wall-detail-a1').textContent).toBe('现场登记');
  });

  it('shows the category or nothing beside names when the host says so', () => {
    const recent = [arrival(2, '宋*', 'VIP', '上海汽车'), arrival(1, '宋*', 'dealer', '华东经销')];
    const wall = show(view({ invited: 2, arrived: 2, recent, settings: { allowWalkIns: true, maskNamesOnWall: true, wallDetail: 'category' } }));
    expect(screen.getByTestId('wall-detail-a1').textContent).toBe('dealer');
    expect(screen.getByTestId('checkin-wall').textContent).not.toContain('华东经销');
    rerenderWith(wall, view({ version: 2, invited: 2, arrived: 2, recent, settings: { allowWalkIns: true, maskNamesOnWall: true, wallDetail: 'none' } }));
    expect(screen.queryByTestId('wall-detail-a1')).toBeNull();
    expect(screen.getByTestId('wall-arrival-a1').textContent).toBe('宋*');
  });

  it('renders names, categories and the title as text, never as HTML', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <CheckInWall title={evil} code="482913" joinUrl="http://x/j/482913"
        checkins={view({ invited: 1, arrived: 1, byCategory: [{ category: evil, invited: 1, arrived: 1 }], recent: [arrival(2, evil, 'VIP', evil), arrival(1, evil, evil)] })} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByTestId('wall-arrival-a2').textContent).toBe(`Welcome${evil}${evil}`); // a company too
    expect(screen.getByTestId('wall-arrival-a1').textContent).toBe(`${evil}${evil}`);
    expect(screen.getByTestId(`wall-category-${evil}`)).toBeTruthy();
  });

  it('keeps a long name whole in the DOM (CSS clips it with an ellipsis)', () => {
    const long = 'Maximilian Alexander von Hohenzollern-Sigmaringen';
    show(view({ invited: 1, arrived: 1, recent: [arrival(1, long)] }));
    expect(screen.getByTestId('wall-arrival-a1').querySelector('.arrival-name')?.textContent).toBe(long);
  });
});
