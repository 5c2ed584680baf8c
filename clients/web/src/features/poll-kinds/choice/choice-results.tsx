import { percentOf } from '../common/option-rules';
import type { ResultsProps } from '../kind-module';

/** Compact live bars, one per option: count and share of voters (multiple choice may add up to more than 100%). */
export function ChoiceResults({ poll, results, testIdPrefix }: ResultsProps) {
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
