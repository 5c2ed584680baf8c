import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { groupCode } from '../join/join-view';
import { toBars } from './bars';

export interface PollResultsViewProps { poll: PollView; results: PollResults | undefined; code: string; joinUrl: string }

export function PollResultsView({ poll, results, code, joinUrl }: PollResultsViewProps) {
  const { t } = useTranslation();
  const bars = toBars(poll, results);
  const voters = results?.voters ?? 0;
  const status = results?.status ?? poll.status;
  return (
    <main className="poll-view" data-options={bars.length}>
      <h1 className="poll-question" data-testid="screen-question">{poll.question}</h1>
      <ol className="bars">
        {bars.map(bar => (
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
      <footer className="poll-footer">
        <span className="voters">
          <span data-testid="screen-voters">{voters}</span> {t('poll.votersLabel', { count: voters })}
        </span>
        {status === 'closed'
          ? <span className="poll-state final" data-testid="screen-final">{t('poll.closed')}</span>
          : <span className="poll-state">{t(status === 'open' ? 'poll.open' : 'poll.draft')}</span>}
        {status !== 'closed' && (
          <span className="corner-join"><QrCode text={joinUrl} className="qr corner-qr" /><span className="corner-code">{groupCode(code)}</span></span>
        )}
      </footer>
    </main>
  );
}
