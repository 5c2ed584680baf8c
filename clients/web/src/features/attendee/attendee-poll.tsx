import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { PollResults, PollView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { ResultBars } from '../../components/result-bars';
import { newOpId } from '@live/shared/realtime/op-id';
import { sameChoice, toggle } from './selection';

export interface VoteAck { pollId: string; optionIds: number[]; opId: string }

export interface AttendeePollProps {
  poll: PollView;
  ballot: number[] | undefined;
  results: PollResults | undefined;
  vote(request: { pollId: string; optionIds: number[]; opId: string }): Promise<VoteAck>;
  onAck(ack: VoteAck): void;
  /** Opens the check-in tab: offered when a checked-in-only poll refused the vote (checkin_required). */
  onCheckIn?(): void;
}

/**
 * One poll on a phone. "Received" shows only for a ballot the server acknowledged as durable. When the server could
 * not save the vote (`unavailable`: Redis down, a node lost), the phone says so and the button becomes "Try again",
 * which resends the same operation id.
 */
export function AttendeePoll({ poll, ballot, results, vote, onAck, onCheckIn }: AttendeePollProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<number[] | null>(null); // null: not touched, show the stored ballot
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ optionIds: number[]; opId: string } | null>(null);

  const selected = picked ?? ballot ?? [];
  const closed = poll.status !== 'open';
  const locked = closed || (!!ballot && !poll.allowVoteChange);
  const received = !sending && sameChoice(ballot, selected);

  const submit = async () => {
    if (selected.length === 0) return setError('no_selection');
    if (!pending.current || !sameChoice(pending.current.optionIds, selected)) pending.current = { optionIds: selected, opId: newOpId() };
    setSending(true);
    setError(null);
    try {
      onAck(await vote({ pollId: poll.id, ...pending.current }));
      pending.current = null;
      setPicked(null);
    } catch (e) {
      setError(errorCode(e)); // pending keeps its opId: pressing again retries the same operation
    } finally {
      setSending(false);
    }
  };

  return (
    <article className="card stack attendee-poll" data-testid={`attendee-poll-${poll.id}`}>
      <h2 className="attendee-question">{poll.question}</h2>
      <p className="muted">{poll.kind === 'single' ? t('attendee.chooseOne') : t('attendee.chooseUpTo', { count: poll.maxSelections })}</p>
      <div className="choices" role={poll.kind === 'single' ? 'radiogroup' : 'group'}>
        {poll.options.map(option => {
          const on = selected.includes(option.id);
          return (
            <button key={option.id} type="button" className={on ? 'choice selected' : 'choice'} disabled={locked || sending}
              data-testid={`vote-option-${option.id}`} data-selected={on} aria-pressed={on}
              onClick={() => { setPicked(toggle(poll, selected, option.id)); setError(null); }}>
              <span className="choice-mark" aria-hidden="true">{on ? '✓' : ''}</span>{option.text}
            </button>
          );
        })}
      </div>
      {!locked && !received && (
        <button className="primary big" data-testid="submit-vote" disabled={sending || selected.length === 0} onClick={submit}>
          {t(sending ? 'attendee.sending' : error === 'unavailable' ? 'attendee.retry' : ballot ? 'attendee.change' : 'attendee.submit')}
        </button>
      )}
      {received && ballot && <p className="received" data-testid="vote-received">{t('attendee.received')}</p>}
      {closed ? <p className="muted">{t('attendee.closed')}</p> : locked && <p className="muted">{t('attendee.locked')}</p>}
      {error === 'checkin_required' && onCheckIn
        ? <div className="checkin-needed"><ErrorText code={error} />
            <button className="primary" data-testid="go-checkin" onClick={onCheckIn}>{t('attendee.goCheckIn')}</button></div>
        : <ErrorText code={error} />}
      {poll.showResultsToAttendees && results && (
        <>
          <ResultBars poll={poll} results={results} testIdPrefix="attendee-count" />
          <p className="muted">{t('attendee.voters', { count: results.voters })}</p>
        </>
      )}
    </article>
  );
}
