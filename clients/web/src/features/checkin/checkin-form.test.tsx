import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../../i18n';
import { AttendeeCheckIn } from './attendee-checkin';
import { CheckInForm } from './checkin-form';
import { hubError, result } from './test-data';

afterEach(cleanup);
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });
const submit = () => fireEvent.click(screen.getByTestId('checkin-submit'));

describe('CheckInForm', () => {
  it('checks in by the whole phone number', async () => {
    const checkIn = vi.fn().mockResolvedValue(result());
    const onCheckedIn = vi.fn();
    render(<CheckInForm checkIn={checkIn} onCheckedIn={onCheckedIn} />);
    expect(screen.getByTestId('checkin-by-phone').getAttribute('aria-checked')).toBe('true');
    type('checkin-phone', '+86 138 0013 8000');
    submit();
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledWith(result()));
    expect(checkIn.mock.calls[0][0]).toMatchObject({ phone: '13800138000' });
    expect(checkIn.mock.calls[0][0].opId).toBeTruthy();
  });

  it('checks in by name and the last 4 digits', async () => {
    const checkIn = vi.fn().mockResolvedValue(result());
    render(<CheckInForm checkIn={checkIn} onCheckedIn={vi.fn()} />);
    fireEvent.click(screen.getByTestId('checkin-by-name'));
    expect(screen.queryByTestId('checkin-phone')).toBeNull();
    type('checkin-name', ' 张伟 ');
    type('checkin-last4', '8000');
    submit();
    await waitFor(() => expect(checkIn).toHaveBeenCalledTimes(1));
    expect(checkIn.mock.calls[0][0]).toEqual({ name: '张伟', last4: '8000', opId: expect.any(String) });
  });

  it('says what is wrong before asking the server', () => {
    const checkIn = vi.fn();
    render(<CheckInForm checkIn={checkIn} onCheckedIn={vi.fn()} />);
    type('checkin-phone', '123');
    submit();
    expect(screen.getByRole('alert').dataset.code).toBe('invalid_phone');
    fireEvent.click(screen.getByTestId('checkin-by-name'));
    type('checkin-last4', '8000');
    submit();
    expect(screen.getByRole('alert').textContent).toBe('Please enter a name.');
    expect(checkIn).not.toHaveBeenCalled();
  });

  it('retries the same attempt with the same op id and a changed one with a new id', async () => {
    const checkIn = vi.fn().mockRejectedValueOnce(hubError('unavailable')).mockRejectedValueOnce(hubError('unavailable'))
      .mockResolvedValue(result());
    render(<CheckInForm checkIn={checkIn} onCheckedIn={vi.fn()} />);
    type('checkin-phone', '13800138000');
    submit();
    expect((await screen.findByRole('alert')).textContent).toBe('The server could not save this just now. Please try again.');
    submit();
    await waitFor(() => expect(checkIn).toHaveBeenCalledTimes(2));
    expect(checkIn.mock.calls[1][0].opId).toBe(checkIn.mock.calls[0][0].opId);
    await screen.findByRole('alert');
    type('checkin-phone', '13800138001');
    submit();
    await waitFor(() => expect(checkIn).toHaveBeenCalledTimes(3));
    expect(checkIn.mock.calls[2][0].opId).not.toBe(checkIn.mock.calls[0][0].opId);
  });

  it('offers a walk-in registration only after "not on the list", and sends it with walkIn', async () => {
    const checkIn = vi.fn().mockRejectedValueOnce(hubError('checkin_not_found')).mockResolvedValueOnce(result({ category: 'walk-in', channel: 'walk-in', seat: null }));
    const onCheckedIn = vi.fn();
    render(<CheckInForm checkIn={checkIn} onCheckedIn={onCheckedIn} />);
    expect(screen.queryByTestId('checkin-walkin')).toBeNull();
    fireEvent.click(screen.getByTestId('checkin-by-name'));
    type('checkin-name', '李娜');
    type('checkin-last4', '1111');
    submit();
    expect((await screen.findByRole('alert')).dataset.code).toBe('checkin_not_found');
    fireEvent.click(screen.getByTestId('checkin-walkin'));
    expect((screen.getByTestId('checkin-name') as HTMLInputElement).value).toBe('李娜');
    expect(screen.queryByTestId('checkin-last4')).toBeNull();
    expect(screen.getByTestId('checkin-submit').textContent).toBe('Register and check in');
    type('checkin-phone', '139 0000 1111');
    submit();
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalled());
    expect(checkIn.mock.calls[1][0]).toEqual({ name: '李娜', phone: '13900001111', walkIn: true, opId: expect.any(String) });
  });

  it('asks a walk-in for an optional company and sends it; a too-long one is refused before sending', async () => {
    const checkIn = vi.fn().mockRejectedValueOnce(hubError('checkin_not_found')).mockResolvedValueOnce(result({ category: 'walk-in', channel: 'walk-in' }));
    render(<CheckInForm checkIn={checkIn} onCheckedIn={vi.fn()} />);
    type('checkin-phone', '13900001111');
    submit();
    fireEvent.click(await screen.findByTestId('checkin-walkin'));
    const company = screen.getByTestId('checkin-company') as HTMLInputElement;
    expect(company.closest('label')?.textContent).toBe('Company (optional)');
    expect(company.getAttribute('autocomplete')).toBe('organization');
    expect(company.maxLength).toBe(100);
    type('checkin-name', '宋佳');
    type('checkin-company', 'x'.repeat(101)); // pasted past maxLength
    submit();
    expect(screen.getByRole('alert').dataset.code).toBe('field_too_long');
    expect(checkIn).toHaveBeenCalledTimes(1);
    type('checkin-company', ' 上海汽车 ');
    submit();
    await waitFor(() => expect(checkIn).toHaveBeenCalledTimes(2));
    expect(checkIn.mock.calls[1][0]).toEqual({ name: '宋佳', phone: '13900001111', company: '上海汽车', walkIn: true, opId: expect.any(String) });
  });

  it('has no company field until someone registers as a walk-in', () => {
    render(<CheckInForm checkIn={vi.fn()} onCheckedIn={vi.fn()} />);
    expect(screen.queryByTestId('checkin-company')).toBeNull();
    fireEvent.click(screen.getByTestId('checkin-by-name'));
    expect(screen.queryByTestId('checkin-company')).toBeNull();
  });

  it('shows walkins_closed as a translated sentence and lets the person go back', async () => {
    const checkIn = vi.fn().mockRejectedValueOnce(hubError('checkin_not_found')).mockRejectedValueOnce(hubError('walkins_closed'));
    render(<CheckInForm checkIn={checkIn} onCheckedIn={vi.fn()} />);
    type('checkin-phone', '13900001111');
    submit();
    fireEvent.click(await screen.findByTestId('checkin-walkin'));
    type('checkin-name', 'Li Na');
    submit();
    await waitFor(() => expect(screen.getByRole('alert').dataset.code).toBe('walkins_closed'));
    expect(screen.getByRole('alert').textContent).toBe('This event does not take walk-in registrations here. Please see the check-in desk.');
    fireEvent.click(screen.getByTestId('checkin-walkin-back'));
    expect(screen.getByTestId('checkin-by-phone')).toBeTruthy();
    expect((screen.getByTestId('checkin-phone') as HTMLInputElement).value).toBe('13900001111');
  });
});

describe('AttendeeCheckIn', () => {
  it('shows the form, calls CheckIn, and keeps the result', async () => {
    const invoke = vi.fn().mockResolvedValue(result());
    const keepCheckIn = vi.fn();
    render(<AttendeeCheckIn myCheckIn={null} invoke={invoke} keepCheckIn={keepCheckIn} />);
    type('checkin-phone', '13800138000');
    submit();
    await waitFor(() => expect(keepCheckIn).toHaveBeenCalledWith(result()));
    expect(invoke).toHaveBeenCalledWith('CheckIn', expect.objectContaining({ phone: '13800138000' }));
  });

  it('shows the done card instead of the form once checked in (after a reload too)', () => {
    render(<AttendeeCheckIn myCheckIn={result()} invoke={vi.fn()} keepCheckIn={vi.fn()} />);
    expect(screen.getByTestId('checkin-done')).toBeTruthy();
    expect(screen.queryByTestId('checkin-submit')).toBeNull();
  });
});
