import { describe, expect, it } from 'vitest';
import { checkInPayload, maxCompanyLength, phoneDigits, sameAttempt, type CheckInFields } from './checkin-request';

const fields = (over: Partial<CheckInFields> = {}): CheckInFields => ({ phone: '', name: '', last4: '', company: '', ...over });

describe('phoneDigits', () => {
  it('keeps the digits and drops a mainland country code', () => {
    expect(phoneDigits('138 0013 8000')).toBe('13800138000');
    expect(phoneDigits('+86 138-0013-8000')).toBe('13800138000');
    expect(phoneDigits('8613800138000')).toBe('13800138000');
    expect(phoneDigits('+1 (415) 555-0100')).toBe('14155550100');
  });
});

describe('checkInPayload', () => {
  it('sends the whole phone number', () => {
    expect(checkInPayload('phone', fields({ phone: ' 138 0013 8000 ', name: 'ignored' }))).toEqual({ phone: '13800138000' });
    expect(checkInPayload('phone', fields({ phone: '1234' }))).toEqual({ error: 'invalid_phone' });
    expect(checkInPayload('phone', fields({ phone: '1'.repeat(21) }))).toEqual({ error: 'invalid_phone' });
  });

  it('sends a name with the last four digits', () => {
    expect(checkInPayload('name', fields({ name: ' 张伟 ', last4: '8000', phone: '123' }))).toEqual({ name: '张伟', last4: '8000' });
    expect(checkInPayload('name', fields({ name: '张伟', last4: '800' }))).toEqual({ error: 'invalid_phone' });
    expect(checkInPayload('name', fields({ name: '张伟', last4: '80a0' }))).toEqual({ error: 'invalid_phone' });
    expect(checkInPayload('name', fields({ name: '  ', last4: '8000' }))).toEqual({ error: 'name_required' });
    expect(checkInPayload('name', fields({ name: 'x'.repeat(65), last4: '8000' }))).toEqual({ error: 'name_too_long' });
  });

  it('registers a walk-in with a name and an optional phone', () => {
    expect(checkInPayload('walk-in', fields({ name: '李娜' }))).toEqual({ name: '李娜', walkIn: true });
    expect(checkInPayload('walk-in', fields({ name: '李娜', phone: '139 0000 1111' }))).toEqual({ name: '李娜', phone: '13900001111', walkIn: true });
    expect(checkInPayload('walk-in', fields({ name: '李娜', phone: '12' }))).toEqual({ error: 'invalid_phone' });
    expect(checkInPayload('walk-in', fields({ phone: '13900001111' }))).toEqual({ error: 'name_required' });
  });

  it('sends a walk-in\'s company when given, at most as long as the list\'s company column', () => {
    expect(checkInPayload('walk-in', fields({ name: '宋佳', company: ' 上海汽车 ' }))).toEqual({ name: '宋佳', company: '上海汽车', walkIn: true });
    expect(checkInPayload('walk-in', fields({ name: '宋佳', company: '   ' }))).toEqual({ name: '宋佳', walkIn: true });
    expect(checkInPayload('walk-in', fields({ name: '宋佳', company: '公'.repeat(maxCompanyLength) }))).toMatchObject({ walkIn: true });
    expect(checkInPayload('walk-in', fields({ name: '宋佳', company: '公'.repeat(maxCompanyLength + 1) }))).toEqual({ error: 'field_too_long' });
    // Only a walk-in gives a company: checking in as an invited person sends none.
    expect(checkInPayload('phone', fields({ phone: '13800138000', company: '上海汽车' }))).toEqual({ phone: '13800138000' });
  });
});

describe('sameAttempt', () => {
  it('is the same attempt only when every field matches', () => {
    expect(sameAttempt({ phone: '13800138000' }, { phone: '13800138000' })).toBe(true);
    expect(sameAttempt({ phone: '13800138000' }, { phone: '13800138001' })).toBe(false);
    expect(sameAttempt({ name: '李娜' }, { name: '李娜', walkIn: true })).toBe(false);
    expect(sameAttempt({ name: '李娜', walkIn: true }, { name: '李娜', company: 'Acme', walkIn: true })).toBe(false);
  });
});
