import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { PollResults, PollView, VoteAck, VoteRequest } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { emptyAnswer, isBlank, type Answer } from '../../realtime/ballots';
import { resultsShown } from './results-shown';
import type { VoteFields } from '../poll-kinds/kind-module';
import { kindModule } from '../poll-kinds/registry';
import { newOpId } from '@live/shared/realtime/op-id';
import { useAnswerUpvotes, type AnswerUpvoteCalls } from './use-answer-upvotes';

export interface AttendeePollProps {
  poll: PollView;
  ballot: Answer | undefined;
  results: PollResults | undefined;
  vote(request: VoteRequest): Promise<VoteAck>;
  onAck(ack: VoteAck): void;
  /** Opens the check-in tab: offered when a checked-in-only poll refused the vote (checkin_required). */
  onCheckIn?(): void;
  /** UpvoteAnswer and GetMyAnswerUpvotes, for polls that take upvotes; without them the phone shows no upvote toggles. */
  answerUpvotes?: AnswerUpvoteCalls;
  /** The connection is up: this device's upvotes are read again each time it comes back. */
  live?: boolean;
}

const sameVote = (a: VoteFields, b: VoteFields) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One poll on a phone, for every kind: the kind's module draws the answer input, this shell sends it. "Received" shows
 * only for a ballot the server acknowledged as durable. When the server could not save the vote (`unavailable`: Redis
 * down, a node lost), the phone says so and the button becomes "Try again", which resends the same operation id.
 */
export function AttendeePoll({ poll, ballot, results, vote, onAck, onCheckIn, answerUpvotes, live = true }: AttendeePollProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<Answer | null>(null); // null: not touched, show the stored ballot
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ fields: VoteFields; opId: string } | null>(null);
  const kind = kindModule(poll.kind);
  const takesUpvotes = !!kind?.takesUpvotes && !!poll.allowUpvotes;
  // Toggles only while open: a closed poll's wall shows its counts and needs no reading of this device's upvotes.
  const upvoting = takesUpvotes && poll.status === 'open' && !!answerUpvotes;
  const upvotes = useAnswerUpvotes({ pollId: poll.id, enabled: upvoting, live, calls: answerUpvotes });
  if (!kind) return <article className="card stack attendee-poll"><h2 className="attendee-question">{poll.question}</h2><p className="muted">{t('attendee.unknownKind')}</p></article>;

  const answer = picked ?? ballot ?? emptyAnswer;
  const closed = poll.status !== 'open';
  const locked = closed || (!!ballot && !poll.allowVoteChange);
  const fields = kind.toVote(poll, answer);
  const received = !sending && !!ballot && sameVote(kind.toVote(poll, ballot), fields);

  const submit = async () => {
    const problem = kind.checkAnswer(poll, answer);
    if (problem) return setError(problem);
    if (!pending.current || !sameVote(pending.current.fields, fields)) pending.current = { fields, opId: newOpId() };
    setSending(true);
    setError(null);
    try {
      onAck(await vote({ pollId: poll.id, opId: pending.current.opId, ...pending.current.fields }));
      pending.current = null;
      setPicked(null);
    } catch (e) {
      setError(errorCode(e)); // pending keeps its opId: pressing again retries the same operation
    } finally {
      setSending(false);
    }
  };

  const { Ballot, Results } = kind;
  return (
    <article className="card stack attendee-poll" data-testid={`attendee-poll-${poll.id}`}>
      <h2 className="attendee-question">{poll.question}</h2>
      <Ballot poll={poll} answer={answer} disabled={locked || sending}
        onChange={next => { setPicked(next); setError(null); }} onRefuse={setError} />
      {!locked && !received && (
        <button className="primary big" data-testid="submit-vote" disabled={sending || isBlank(answer)} onClick={submit}>
          {t(sending ? 'attendee.sending' : error === 'unavailable' ? 'attendee.retry' : ballot ? 'attendee.change' : 'attendee.submit')}
        </button>
      )}
      {received && <p className="received" data-testid="vote-received">{t('attendee.received')}</p>}
      {closed ? <p className="muted">{t('attendee.closed')}</p> : locked && <p className="muted">{t('attendee.locked')}</p>}
      {error === 'checkin_required' && onCheckIn
        ? <div className="checkin-needed"><ErrorText code={error} />
            <button className="primary" data-testid="go-checkin" onClick={onCheckIn}>{t('attendee.goCheckIn')}</button></div>
        : <ErrorText code={error} />}
      {/* Results reach phones while the host shares them or the poll takes upvotes (visibleToAttendees); shared ones wait for the host's timing. */}
      {(takesUpvotes || resultsShown(poll, !!ballot)) && results && (
        <>
          {upvotes.error && <div data-testid="upvote-error"><ErrorText code={upvotes.error} /></div>}
          <Results poll={poll} results={upvotes.withAcked(results)} testIdPrefix="attendee-count"
            upvotes={upvoting ? upvotes.upvotesFor(results) : undefined} />
          <p className="muted">{t('attendee.voters', { count: results.voters })}</p>
        </>
      )}
    </article>
  );
}
