import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import '../../i18n';
import { knownProof } from './test-data';
import { VerifyPage } from './verify-page';

afterEach(() => { cleanup(); vi.unstubAllGlobals(); });
const open = (path: string) => render(
  <MemoryRouter initialEntries={[path]}><Routes><Route path="/verify/:code/:round" element={<VerifyPage />} /></Routes></MemoryRouter>,
);
const ok = (id: string) => screen.getByTestId(id).dataset.ok;

describe('VerifyPage', () => {
  it('fetches the public proof and checks it in the browser', async () => {
    const proof = await knownProof();
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ...proof, tierName: '一等奖', winnerNames: ['张*', 'J*** S****', '王*明'] }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    open('/verify/482913/1');
    await waitFor(() => expect(ok('verify-result')).toBe('true'));
    expect(fetchMock).toHaveBeenCalledWith('/api/sessions/482913/draw/rounds/1/proof');
    expect([ok('verify-seed'), ok('verify-list'), ok('verify-winners')]).toEqual(['true', 'true', 'true']);
    expect(screen.queryByTestId('verify-eligibility')).toBeNull(); // a version 2 proof carries no rule to check
    expect(screen.getByTestId('verify-seed-value').textContent).toBe(proof.seed);
    expect(screen.getByTestId('verify-entrants').textContent).toBe('7');
    // For the public: names as the screen showed them and the tier's name, no internal ids, no command line.
    expect([...screen.getByTestId('verify-winner-names').children].map(c => c.textContent)).toEqual(['张*', 'J*** S****', '王*明']);
    expect(screen.queryByTestId('verify-winner-ids')).toBeNull();
    expect(screen.getByTestId('verify-round').textContent).toContain('一等奖');
    expect(screen.getByTestId('verify-round').textContent).not.toContain('t1');
    expect(document.body.textContent).not.toContain('node scripts');
  });

  it('waits for the seed before the reveal, having checked the list', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ...(await knownProof()), seed: null }), { status: 200 })));
    open('/verify/482913/1');
    await waitFor(() => expect(screen.getByTestId('verify-result').dataset.state).toBe('pending'));
    expect(ok('verify-result')).toBe('false');
    expect([ok('verify-seed'), ok('verify-list'), ok('verify-winners')]).toEqual(['pending', 'true', 'pending']);
    expect(screen.getByTestId('verify-seed-value').textContent).toContain('Not revealed yet');
  });

  it('shows a version 3 proof\'s rule and fails one where an earlier winner held a ticket', async () => {
    // vitest runs in clients/web (jsdom's import.meta.url is not a file URL)
    const vector = (name: string) => readFileSync(`${process.cwd()}/../../docs/draw-vectors/${name}`, 'utf8');
    vi.stubGlobal('fetch', vi.fn(async () => new Response(vector('eligibility.json'), { status: 200 })));
    open('/verify/482913/3');
    await waitFor(() => expect(ok('verify-result')).toBe('true'));
    expect(ok('verify-eligibility')).toBe('true');
    expect(screen.getByTestId('verify-rule').textContent).toBe(
      'people checked in · categories VIP · 1 added by hand · 1 left out by hand · 5 earlier winners left out');
    fireEvent.change(screen.getByTestId('verify-paste'), { target: { value: vector('eligibility-refused.json') } });
    fireEvent.click(screen.getByTestId('verify-run'));
    await waitFor(() => expect(screen.getByTestId('pasted-result').dataset.state).toBe('failed'));
    expect([ok('pasted-seed'), ok('pasted-list'), ok('pasted-winners'), ok('pasted-eligibility')]).toEqual(['true', 'true', 'true', 'false']);
  });

  it('names the discussion tables a round was limited to', async () => {
    const proof = JSON.parse(readFileSync(`${process.cwd()}/../../docs/draw-vectors/eligibility.json`, 'utf8'));
    proof.eligibility.tables = [3, 7];
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(proof), { status: 200 })));
    open('/verify/482913/3');
    await waitFor(() => expect(ok('verify-result')).toBe('true')); // the tables are shown, not checked
    expect(screen.getByTestId('verify-rule').textContent).toContain('people checked in · tables 3, 7 · categories VIP');
  });

  it('shows a round that was not drawn as a translated error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ code: 'round_not_drawn' }), { status: 400 })));
    open('/verify/482913/2');
    expect((await screen.findByRole('alert')).textContent).toBe('This round has not been drawn yet.');
  });

  it('checks a pasted proof, and says which check a tampered one fails', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 404 })));
    open('/verify/482913/1');
    fireEvent.change(screen.getByTestId('verify-paste'), { target: { value: 'not json' } });
    fireEvent.click(screen.getByTestId('verify-run'));
    expect(screen.getByTestId('verify-paste-error')).toBeTruthy();
    const proof = await knownProof();
    fireEvent.change(screen.getByTestId('verify-paste'), { target: { value: JSON.stringify({ ...proof, winners: ['a5', 'a4', 'd:x'] }) } });
    fireEvent.click(screen.getByTestId('verify-run'));
    await waitFor(() => expect(screen.getByTestId('pasted-result').dataset.state).toBe('failed'));
    expect([ok('pasted-seed'), ok('pasted-list'), ok('pasted-winners')]).toEqual(['true', 'true', 'false']);
    expect(screen.getByTestId('pasted-expected').textContent).toBe('The function gives: a5, a3, d:x');
  });
});
