import { describe, expect, it } from 'vitest';
import { attendanceRate, formatClock, formatRate } from './rate';

describe('attendance rate', () => {
  it('is arrived over invited, and 0 when nobody is invited', () => {
    expect(attendanceRate(15, 30)).toBe(0.5);
    expect(attendanceRate(0, 0)).toBe(0);
    expect(attendanceRate(3, 0)).toBe(0);
  });

  it('reads as a percentage with at most one decimal', () => {
    expect(formatRate(15, 30, 'en')).toBe('50%');
    expect(formatRate(1, 3, 'en')).toBe('33.3%');
    expect(formatRate(2, 3, 'zh-CN')).toBe('66.6%');
    expect(formatRate(0, 0, 'en')).toBe('0%');
    expect(formatRate(30, 30, 'en')).toBe('100%');
  });

  it('never reads 100% while someone is missing', () => {
    expect(formatRate(2999, 3000, 'en')).toBe('99.9%');
    expect(formatRate(19999, 20000, 'en')).toBe('99.9%');
  });
});

describe('formatClock', () => {
  it('shows hours and minutes on a 24-hour clock', () => {
    const iso = new Date(2026, 10, 22, 9, 5).toISOString();
    expect(formatClock(iso, 'en')).toBe('09:05');
    expect(formatClock(new Date(2026, 10, 22, 14, 30).toISOString(), 'zh-CN')).toBe('14:30');
  });

  it('is empty for something that is not a time', () => {
    expect(formatClock('soon', 'en')).toBe('');
  });
});
