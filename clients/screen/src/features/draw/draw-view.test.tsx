import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import '../../i18n';
import type { DrawView as Draw, RoundView } from '@live/shared/realtime/types';
import { DrawView } from './draw-view';
import { rollMs } from './use-drum-roll';

afterEach(() => { cleanup(); vi.useRealTimers(); });

const winners = ['张*', '王**', '<img src=x onerror=alert(1)>'].map((name, i) => ({ entrantId: `a${i + 1}`, name, tierId: 't1', round: 1, absent: i === 1 }));
const round = (over: Partial<RoundView>): RoundView => ({
  number: 1, tierId: 't1', count: 3, seedHash: 'ab'.repeat(32), seed: null, listHash: 'cd'.repeat(32), entrants: 10, winners: [], replaces: null, state: 'armed', roll: [], ...over,
});
const draw = (r: RoundView | null): Draw => ({
  version: 1, settings: { allowRepeatWins: false, maskNames: true },
  tiers: [{ id: 't1', name: '一等奖', count: 3, order: 1, image: null, won: 0, open: 3, eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [] } }],
  rounds: r ? [r] : [],
});
const show = (d: Draw) => render(<DrawView title="年会" draw={d} code="482913" origin="http://x" />);

describe('DrawView', () => {
  it('lists the tiers before any round', () => {
    show(draw(null));
    expect(screen.getByTestId('draw-idle').textContent).toContain('一等奖');
  });

  it('shows the commitment, rolls once the round is drawn, then reveals the winners and how to verify', () => {
    vi.useFakeTimers();
    const view = show(draw(round({})));
    // The commitment is small print in the footer, in whole groups of eight; the centre shows the prize.
    expect(screen.getByTestId('draw-commit').closest('footer')).toBeTruthy();
    expect(screen.getByTestId('draw-hash').textContent).toBe(Array(8).fill('abababab').join(' '));
    expect([...screen.getByTestId('draw-hash').querySelectorAll('.hash-group')].map(g => g.textContent)).toEqual(Array(8).fill('abababab'));
    expect(screen.getByTestId('draw-ready').textContent).toContain('一等奖');

    view.rerender(<DrawView title="年会" draw={draw(round({ state: 'drawn', winners, roll: ['赵*', '钱**'] }))} code="482913" origin="http://x" />);
    const rolling = screen.getByTestId('draw-rolling');
    expect(new Set([...rolling.querySelectorAll('.draw-face')].map(f => f.textContent))).toEqual(new Set(['赵*', '钱**']));
    expect(screen.queryByTestId('draw-winners')).toBeNull(); // no winner before the roll ends
    act(() => { vi.advanceTimersByTime(rollMs); });
    expect(screen.getByTestId('draw-winner-a1').textContent).toBe('张*');
    expect(screen.getByTestId('draw-winner-a2').getAttribute('data-absent')).toBe('true');
    // User text is text: the would-be tag is shown, not run.
    expect(screen.getByTestId('draw-winner-a3').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();

    view.rerender(<DrawView title="年会" draw={draw(round({ state: 'revealed', seed: '01'.repeat(32), winners }))} code="482913" origin="http://x" />);
    expect(screen.getByTestId('draw-verify').textContent).toContain('http://x/verify/482913/1');
  });

  it('rolls no made-up names when nobody but the winners was eligible', () => {
    vi.useFakeTimers();
    const view = show(draw(round({})));
    view.rerender(<DrawView title="年会" draw={draw(round({ state: 'drawn', winners }))} code="482913" origin="http://x" />);
    expect(screen.getByTestId('draw-rolling').querySelectorAll('.draw-face').length).toBe(0);
    expect(screen.getByTestId('draw-rolling').textContent).toBe('Drawing…');
  });

  it('shows the winners at once when the screen opens on a round already drawn (a reload)', () => {
    show(draw(round({ state: 'revealed', seed: '01'.repeat(32), winners })));
    expect(screen.queryByTestId('draw-rolling')).toBeNull();
    expect(screen.getByTestId('draw-winners')).toBeTruthy();
  });

  it('reveals a single winner full screen with the tier and a celebration, after the roll', () => {
    vi.useFakeTimers();
    const one = round({ count: 1 });
    const view = show(draw(one));
    view.rerender(<DrawView title="年会" draw={draw({ ...one, state: 'drawn', winners: [winners[0]], roll: ['赵*'] })} code="482913" origin="http://x" />);
    expect(screen.queryByTestId('draw-reveal')).toBeNull(); // the roll first
    act(() => { vi.advanceTimersByTime(rollMs); });
    const reveal = screen.getByTestId('draw-reveal');
    expect(screen.getByTestId('reveal-name').textContent).toBe('张*');
    expect(screen.getByTestId('reveal-tier').textContent).toBe('一等奖');
    expect(screen.queryByTestId('draw-winners')).toBeNull();
    expect(screen.queryByTestId('draw-tier')).toBeNull(); // the reveal carries the tier; no banner repeats it
    expect(reveal.closest('main')?.dataset.layout).toBe('reveal');
    expect(reveal.dataset.celebrate).toBe('true');
    expect(reveal.querySelector('.reveal-rays')).toBeTruthy();
    expect(screen.getByTestId('reveal-celebration').getAttribute('aria-hidden')).toBe('true');
    expect(screen.getByTestId('reveal-celebration').querySelectorAll('.reveal-piece').length).toBeGreaterThan(20);
    expect(screen.getByTestId('reveal-name').style.getPropertyValue('--name-ems')).toBe('1.62');
  });

  it('puts the company under a masked winner\'s name, so two "宋*" can be told apart', () => {
    const songs = [
      { entrantId: 'a1', name: '宋*', tierId: 't1', round: 1, absent: false, company: '上海汽车' },
      { entrantId: 'a2', name: '宋*', tierId: 't1', round: 1, absent: false, company: '华东经销' },
      { entrantId: 'd:x', name: '宋*', tierId: 't1', round: 1, absent: false, company: null },
    ];
    show(draw(round({ state: 'revealed', seed: '01'.repeat(32), winners: songs })));
    expect(screen.getByTestId('draw-winner-a1').textContent).toBe('宋*上海汽车');
    expect(screen.getByTestId('draw-winner-a2').textContent).toBe('宋*华东经销');
    expect(screen.getByTestId('draw-winner-d:x').textContent).toBe('宋*'); // a device has no company
    cleanup();
    show(draw(round({ count: 1, state: 'revealed', seed: '01'.repeat(32), winners: [songs[1]] })));
    expect(screen.getByTestId('reveal-name').textContent).toBe('宋*');
    expect(screen.getByTestId('reveal-company').textContent).toBe('华东经销');
    cleanup();
    show(draw(round({ count: 1, state: 'revealed', seed: '01'.repeat(32), winners: [songs[2]] })));
    expect(screen.queryByTestId('reveal-company')).toBeNull();
  });

  it('keeps three winners as hero cards, without the reveal', () => {
    show(draw(round({ state: 'revealed', seed: '01'.repeat(32), winners })));
    expect(screen.getByTestId('draw-winners').className).toContain('hero');
    expect(screen.queryByTestId('draw-reveal')).toBeNull();
    expect(screen.queryByTestId('reveal-celebration')).toBeNull();
  });

  it('leaves the celebration out when the viewer prefers reduced motion', () => {
    const matchMedia = vi.fn((query: string) => ({ matches: query.includes('reduce'), media: query, addEventListener() {}, removeEventListener() {} }));
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      show(draw(round({ count: 1, state: 'revealed', seed: '01'.repeat(32), winners: [winners[0]] })));
      expect(screen.getByTestId('reveal-name').textContent).toBe('张*');
      expect(screen.getByTestId('draw-reveal').dataset.celebrate).toBe('false');
      expect(screen.queryByTestId('reveal-celebration')).toBeNull();
      expect(document.querySelector('.reveal-piece, .reveal-spark, .reveal-rays')).toBeNull();
    } finally { vi.unstubAllGlobals(); }
    // And the style sheet hides it and stills the words too, should a celebration ever be on screen under the setting.
    const css = readFileSync(`${process.cwd()}/src/features/draw/winner-reveal.css`, 'utf8');
    const guard = css.slice(css.indexOf('@media (prefers-reduced-motion: reduce)'));
    expect(guard).toMatch(/\.reveal-celebration, \.reveal-burst \{ display: none; \}/);
    expect(guard).toMatch(/\.reveal-name \{ animation: none; \}/);
  });

  it('shows an absent single winner struck through, without a celebration', () => {
    show(draw(round({ count: 1, state: 'revealed', seed: '01'.repeat(32), winners: [{ ...winners[0], absent: true }] })));
    expect(screen.getByTestId('draw-reveal').dataset.absent).toBe('true');
    expect(screen.queryByTestId('reveal-celebration')).toBeNull();
    expect(screen.getByTestId('draw-reveal').textContent).toContain('absent');
  });
});
