import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import '../../i18n';
import { ReactionTotals } from './reaction-totals';

afterEach(cleanup);

describe('ReactionTotals', () => {
  it('shows every emoji of the set with its total, zero included', () => {
    render(<ReactionTotals reactions={{ version: 3, counts: [{ emoji: '👏', total: 1234, burst: 0 }, { emoji: '🎉', total: 0, burst: 0 }] }} />);
    expect(screen.getByTestId('console-reaction-👏').textContent).toMatch(/1,234|1234/);
    expect(screen.getByTestId('console-reaction-🎉').textContent).toContain('0');
  });

  it('shows nothing before the first snapshot', () => {
    const { container } = render(<ReactionTotals reactions={null} />);
    expect(container.innerHTML).toBe('');
  });
});
