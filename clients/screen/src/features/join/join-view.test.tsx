import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import { groupCode, JoinView, titleLength } from './join-view';

afterEach(cleanup);

describe('JoinView', () => {
  it('shows title, grouped code, join URL and live counts', () => {
    render(<JoinView title="年会 2026" code="482913" joinUrl="http://10.0.0.5:5080/j/482913" presence={{ version: 1, onsite: 120, online: 35 }} />);
    expect(screen.getByTestId('screen-title').textContent).toBe('年会 2026');
    expect(screen.getByTestId('screen-join-code').textContent).toBe('482 913');
    expect(screen.getByTestId('screen-join-url').textContent).toBe('http://10.0.0.5:5080/j/482913');
    expect(screen.getByTestId('screen-onsite').textContent).toBe('120');
    expect(screen.getByTestId('screen-online').textContent).toBe('35');
    expect(screen.getByTestId('screen-qr')).toBeTruthy();
  });

  it('steps a long title down in size so the join code stays on the screen', () => {
    expect(titleLength('年会 2026')).toBe('short');
    expect(titleLength('x'.repeat(41))).toBe('medium');
    expect(titleLength('W'.repeat(120))).toBe('long');
  });

  it('groups only six-digit codes', () => {
    expect(groupCode('123456')).toBe('123 456');
    expect(groupCode('12345')).toBe('12345');
  });
});
