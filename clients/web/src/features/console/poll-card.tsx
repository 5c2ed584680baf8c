import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { HubArgs, HubMethod, Invoke } from '@live/shared/realtime/hub-methods';
import type { PollResults, PollSettings, PollView } from '@live/shared/realtime/types';
import { useConfirmedSetting } from '@live/shared/hooks/use-confirmed-setting';
import { ResultsTimingSelect } from './results-timing-select';
import { ErrorText } from '../../components/error-text';
import { kindModule } from '../poll-kinds/registry';
import { participationPercent } from './participation';
import { PollCardExport } from './poll-card-export';
import { PollForm } from './create-poll-form';
import { draftFromPoll } from './poll-draft';
import { PollManage } from './poll-manage';

export interface PollCardProps {
  poll: PollView;
  /** The version of the session view the poll came in, so a setting's answer holds until a newer push. */
  version: number;
  results: PollResults | undefined;
  onScreen: boolean;
  connected: number;
  invoke: Invoke;
  /** The session and the host key its CSV downloads are fetched with. */
  code: string;
  hostKey: string;
  /** The session's poll ids in order, for moving this one (ReorderPolls takes the whole new order); alone when absent. */
  order?: string[];
}

/** The session's poll ids with this one moved one place up or down. */
export function movedOrder(order: string[], pollId: string, delta: -1 | 1): string[] {
  const from = order.indexOf(pollId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** The settings SetPollSettings takes, as this poll has them. Every change sends every setting. */
function pollSettings(poll: PollView): PollSettings {
  return {
    allowVoteChange: poll.allowVoteChange, showResultsToAttendees: poll.showResultsToAttendees, checkedInOnly: poll.checkedInOnly ?? false,
    // A kind that takes upvotes keeps its own (absent would turn them off).
    ...(kindModule(poll.kind)?.takesUpvotes ? { allowUpvotes: poll.allowUpvotes ?? false } : {}),
    // Absent from an older server: left out, so the server keeps what it has.
    ...(poll.attendeeResults ? { attendeeResults: poll.attendeeResults } : {}),
  };
}

/** One poll on the console: status, the host's controls and live results with the participation rate. */
export function PollCard({ poll, version, results, onScreen, connected, invoke, code, hostKey, order = [poll.id] }: PollCardProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = <M extends HubMethod>(method: M, ...args: HubArgs<M>) => () => {
    setError(null);
    invoke(method, ...args).catch(e => setError(errorCode(e)));
  };
  const kind = kindModule(poll.kind);
  const switches = useConfirmedSetting({ value: pollSettings(poll), version }, async (next: PollSettings) => {
    setError(null);
    const answer = await invoke('SetPollSettings', poll.id, next).catch(e => { setError(errorCode(e)); return undefined; });
    const saved = answer?.polls?.find(p => p.id === poll.id);
    return answer && saved ? { value: pollSettings(saved), version: answer.version } : undefined;
  });
  const settings = switches.shown ?? pollSettings(poll);
  const check = (key: Exclude<keyof PollSettings, 'attendeeResults'>, testId?: string) => (
    <input type="checkbox" data-testid={testId} checked={settings[key] ?? false} disabled={switches.busy} aria-busy={switches.busy}
      onChange={e => void switches.change({ ...settings, [key]: e.target.checked })} />
  );
  // Taking a word off the screen: the button waits for the answer, a refusal shows here like any other.
  const setHidden = (key: string, hidden: boolean) => {
    setError(null);
    return invoke('SetResultHidden', poll.id, key, hidden).catch(e => setError(errorCode(e)));
  };
  // Spotlighting an answer on the screen, or none: the same, a refusal (answer_hidden…) shows here.
  const feature = (key: string | null) => {
    setError(null);
    return invoke('FeatureAnswer', poll.id, key).catch(e => setError(errorCode(e)));
  };
  const Results = kind?.Results;
  const voters = results?.voters ?? 0;
  const percent = participationPercent(poll, voters, connected);
  const participation = percent === null ? '—' : `${percent}%`;

  return (
    <article className={`card poll-card status-${poll.status}`} data-testid={`poll-${poll.id}`}>
      <header className="poll-card-head">
        <h3>{poll.question}</h3>
        <span className="badge" data-testid="poll-kind-badge">{t(`console.kinds.${poll.kind}`, { defaultValue: poll.kind })}</span>
        <span className={`badge badge-${poll.status}`} data-testid="poll-status" data-status={poll.status}>{t(`pollStatus.${poll.status}`)}</span>
        {onScreen && <span className="badge badge-screen">{t('console.onScreen')}</span>}
      </header>
      <PollManage poll={poll} first={order[0] === poll.id} last={order[order.length - 1] === poll.id}
        onMove={delta => run('ReorderPolls', movedOrder(order, poll.id, delta))()} onEdit={() => setEditing(true)}
        onDuplicate={run('DuplicatePoll', poll.id)} onDelete={run('DeletePoll', poll.id)} />
      {editing && poll.status === 'draft' ? (
        // While editing, the form is the card: the controls and (empty) results come back with Save or Cancel.
        <PollForm initial={() => draftFromPoll(poll)} onCancel={() => setEditing(false)}
          onSubmit={async draft => { await invoke('EditPoll', poll.id, draft); setEditing(false); }} />
      ) : <>
      <div className="actions">
        {poll.status !== 'open' && <button className="primary" data-testid="open-poll" onClick={run('OpenPoll', poll.id)}>{t(poll.status === 'closed' ? 'console.reopen' : 'console.open')}</button>}
        {poll.status === 'open' && <button className="danger" data-testid="close-poll" onClick={run('ClosePoll', poll.id)}>{t('console.close')}</button>}
        {onScreen
          ? <button data-testid="hide-from-screen" onClick={run('ShowOnScreen', null)}>{t('console.hideFromScreen')}</button>
          : <button data-testid="show-on-screen" onClick={run('ShowOnScreen', poll.id)}>{t('console.showOnScreen')}</button>}
        {!confirming && <button className="ghost" data-testid="reset-poll" onClick={() => setConfirming(true)}>{t('console.reset')}</button>}
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog">
          <span>{t('console.resetConfirm')}</span>
          <button className="danger" data-testid="confirm-reset" onClick={() => { setConfirming(false); run('ResetPoll', poll.id)(); }}>{t('console.confirmReset')}</button>
          <button data-testid="cancel-reset" onClick={() => setConfirming(false)}>{t('console.cancel')}</button>
        </div>
      )}
      <div className="settings">
        <label className="check">{check('allowVoteChange', 'allow-vote-change')}{t('console.allowChange')}</label>
        <label className="check">{check('showResultsToAttendees', 'show-results')}{t('console.showResults')}</label>
        {settings.showResultsToAttendees && settings.attendeeResults && (
          <ResultsTimingSelect testId="results-timing" value={settings.attendeeResults} disabled={switches.busy}
            onChange={attendeeResults => void switches.change({ ...settings, attendeeResults })} />
        )}
        <label className="check">{check('checkedInOnly', 'checked-in-only')}{t('console.checkedInOnly')}</label>
        {kind?.takesUpvotes && <label className="check">{check('allowUpvotes', 'allow-upvotes')}{t('console.allowUpvotes')}</label>}
      </div>
      <ErrorText code={error} />
      {Results
        ? <Results poll={poll} results={results} testIdPrefix="console-count" onSetHidden={setHidden} onFeature={feature} />
        : <p className="muted">{t('attendee.unknownKind')}</p>}
      <footer className="poll-stats">
        <span>{t('console.voters')}: <strong data-testid="console-voters">{voters}</strong></span>
        <span>{t('console.participation')}: <strong data-testid="participation">{participation}</strong></span>
      </footer>
      <PollCardExport code={code} hostKey={hostKey} pollId={poll.id} />
      </>}
    </article>
  );
}
