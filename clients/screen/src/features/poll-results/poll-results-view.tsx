import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/qr-code';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { groupCode } from '../join/join-view';
import { screenKindModule } from '../poll-kinds/registry';

export interface PollResultsViewProps { poll: PollView; results: PollResults | undefined; code: string; joinUrl: string }

/** A poll on the big screen, for every kind: the question, the kind's results view, then voters, state and the join QR. */
export function PollResultsView({ poll, results, code, joinUrl }: PollResultsViewProps) {
  const { t } = useTranslation();
  const voters = results?.voters ?? 0;
  const status = results?.status ?? poll.status;
  const Results = screenKindModule(poll.kind)?.Results;
  return (
    <main className="poll-view" data-options={poll.options.length}>
      <h1 className="poll-question" data-testid="screen-question">{poll.question}</h1>
      {Results ? <Results poll={poll} results={results} /> : <p className="poll-unknown">{t('poll.unknownKind')}</p>}
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
