import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import { CheckInDone } from './checkin-done';
import { result } from './test-data';

afterEach(async () => { cleanup(); await act(() => i18n.changeLanguage('en')); });

describe('CheckInDone', () => {
  it('shows the name, the category as entered, seat and time', () => {
    render(<CheckInDone result={result()} />);
    const card = screen.getByTestId('checkin-done');
    expect(card.dataset.already).toBe('false');
    expect(card.textContent).toContain("You're checked in");
    expect(screen.getByTestId('checkin-done-name').textContent).toBe('张伟');
    expect(screen.getByTestId('checkin-category').textContent).toBe('vip'); // the host's data, as entered
    expect(screen.getByTestId('checkin-seat').textContent).toBe('A-12');
    expect(screen.getByTestId('checkin-time').textContent).toBe('Checked in at 09:05');
  });

  it('says "already checked in" without treating it as an error', () => {
    render(<CheckInDone result={result({ already: true })} />);
    expect(screen.getByTestId('checkin-done').dataset.already).toBe('true');
    expect(screen.getByTestId('checkin-time').textContent).toBe('Already checked in at 09:05');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads in Chinese, with walk-ins and free seating named', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<CheckInDone result={result({ category: 'walk-in', channel: 'walk-in', seat: null, already: true })} />);
    expect(screen.getByTestId('checkin-category').textContent).toBe('现场登记');
    expect(screen.getByTestId('checkin-seat').textContent).toBe('自由入座');
    expect(screen.getByTestId('checkin-time').textContent).toBe('您已于 09:05 签到');
  });

  it('shows a category it does not know as written', () => {
    render(<CheckInDone result={result({ category: '经销商' })} />);
    expect(screen.getByTestId('checkin-category').textContent).toBe('经销商');
  });
});
