import type { ScreenResultsProps } from '../kind-module';
import type { CSSProperties } from 'react';
import { labelsWrap, toBars } from './bars';
import './choice.css';

/** Single and multiple choice: a bar per option, the leaders in the accent colour. */
export function ChoiceResults({ poll, results }: ScreenResultsProps) {
  return (
    <ol className="bars" data-wrap={labelsWrap(poll) || undefined} style={{ '--rows': poll.options.length } as CSSProperties}>
      {toBars(poll, results).map(bar => (
        <li key={bar.id} className={bar.leader ? 'bar-row leader' : 'bar-row'}>
          <span className="bar-text">{bar.text}</span>
          <span className="bar-track">
            <span className="bar-fill" style={{ transform: `scaleX(${bar.percent / 100})` }} />
          </span>
          <span className="bar-numbers">
            <span className="bar-count" data-testid={`screen-count-${bar.id}`}>{bar.count}</span>
            <span className="bar-percent" data-testid={`screen-percent-${bar.id}`}>{bar.percent}%</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
