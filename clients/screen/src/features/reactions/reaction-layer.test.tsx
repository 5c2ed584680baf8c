import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import type { ReactionCount, ReactionsView } from '@live/shared/realtime/types';
import { maxParticles } from './bursts';
import { ReactionLayer } from './reaction-layer';

const view = (version: number, counts: ReactionCount[]): ReactionsView => ({ version, counts });
const particles = () => document.querySelectorAll('.reaction-particle').length;

beforeEach(() => vi.useFakeTimers());
afterEach(() => { cleanup(); vi.useRealTimers(); });

describe('ReactionLayer', () => {
  it('floats a burst for each reaction tapped since the last update', () => {
    const { rerender } = render(<ReactionLayer reactions={view(1, [{ emoji: '👍', total: 5, burst: 0 }])} />);
    expect(screen.queryByTestId('reaction-burst')).toBeNull();
    rerender(<ReactionLayer reactions={view(2, [{ emoji: '👍', total: 105, burst: 100 }, { emoji: '❤️', total: 1, burst: 1 }])} />);
    const bursts = screen.getAllByTestId('reaction-burst');
    expect(bursts.map(b => b.dataset.emoji)).toEqual(['👍', '❤️']);
    expect(bursts[0].querySelectorAll('.reaction-particle').length).toBe(12);
    expect(bursts[1].querySelectorAll('.reaction-particle').length).toBe(1);
  });

  it('does not replay the burst of the first snapshot or of a repeated version', () => {
    const first = view(7, [{ emoji: '👍', total: 50, burst: 50 }]);
    const { rerender } = render(<ReactionLayer reactions={first} />);
    expect(screen.queryByTestId('reaction-burst')).toBeNull();
    rerender(<ReactionLayer reactions={{ ...first }} />);
    expect(screen.queryByTestId('reaction-burst')).toBeNull();
  });

  it('shows running totals in the corner', () => {
    render(<ReactionLayer reactions={view(1, [{ emoji: '👍', total: 1234, burst: 0 }, { emoji: '🎉', total: 0, burst: 0 }])} />);
    expect(screen.getByTestId('reaction-total-👍').textContent).toMatch(/1\.2K|1234|1,234/i);
    expect(screen.queryByTestId('reaction-total-🎉')).toBeNull();
  });

  it('keeps the DOM small at 10 big updates a second and clears up afterwards', () => {
    const emojis = ['👍', '❤️', '🎉', '👏', '😂', '🔥'];
    const { rerender } = render(<ReactionLayer reactions={view(0, [])} />);
    for (let v = 1; v <= 50; v++) {
      rerender(<ReactionLayer reactions={view(v, emojis.map(emoji => ({ emoji, total: v * 1000, burst: 1000 })))} />);
      act(() => { vi.advanceTimersByTime(100); });
      expect(particles()).toBeLessThanOrEqual(maxParticles);
    }
    act(() => { vi.advanceTimersByTime(5000); });
    expect(particles()).toBe(0);
  });
});
