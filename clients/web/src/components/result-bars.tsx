import type { PollResults, PollView } from '@live/shared/realtime/types';

/** Share of voters who chose each option (for single choice, the share of ballots). */
export const percentOf = (count: number, voters: number) => (voters === 0 ? 0 : Math.round((count / voters) * 100));

/** Compact live bars for the console and for phones when the host shows results. */
export function ResultBars({ poll, results, testIdPrefix }: { poll: PollView; results: PollResults | undefined; testIdPrefix: string }) {
  const voters = results?.voters ?? 0;
  return (
    <ul className="result-bars">
      {poll.options.map(option => {
        const count = results?.counts[option.id] ?? 0;
        const percent = percentOf(count, voters);
        return (
          <li key={option.id}>
            <span className="result-text">{option.text}</span>
            <span className="result-track"><span className="result-fill" style={{ width: `${percent}%` }} /></span>
            <span className="result-count" data-testid={`${testIdPrefix}-${option.id}`}>{count}</span>
            <span className="result-percent">{percent}%</span>
          </li>
        );
      })}
    </ul>
  );
}
