import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { QnaView, QuestionView, UpvoteAck, UpvoteRequest } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { newOpId } from '@live/shared/realtime/op-id';
import { sortQuestions, type QuestionSort } from './question-filter';

export interface PublicQuestionsProps {
  qna: QnaView;
  myUpvotes: ReadonlySet<string>;
  upvote(request: UpvoteRequest): Promise<UpvoteAck>;
  onUpvoted(ack: UpvoteAck): void;
}

/** The room's questions with upvotes. The vote count from an ack shows until the next qna snapshot replaces it. */
export function PublicQuestions({ qna, myUpvotes, upvote, onUpvoted }: PublicQuestionsProps) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<QuestionSort>('votes');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [acked, setAcked] = useState<Record<string, { votes: number; version: number }>>({});
  const pending = useRef(new Map<string, UpvoteRequest>());

  const toggle = async (question: QuestionView) => {
    const up = !myUpvotes.has(question.id);
    let request = pending.current.get(question.id);
    if (!request || request.up !== up) request = { questionId: question.id, up, opId: newOpId() };
    pending.current.set(question.id, request);
    setBusy(current => new Set(current).add(question.id));
    setError(null);
    try {
      const ack = await upvote(request);
      pending.current.delete(question.id);
      setAcked(current => ({ ...current, [ack.questionId]: { votes: ack.votes, version: qna.version } }));
      onUpvoted(ack);
    } catch (e) {
      setError(errorCode(e)); // the request keeps its op id: tapping again retries it
    } finally {
      setBusy(current => { const next = new Set(current); next.delete(question.id); return next; });
    }
  };

  const votesOf = (q: QuestionView) => acked[q.id]?.version === qna.version ? acked[q.id].votes : q.votes;
  const questions = sortQuestions(qna.questions, sort);

  return (
    <section className="stack">
      <div className="section-head">
        <h2 className="section-title">{t('qna.questions')}</h2>
        <div className="segmented" role="group">
          {(['votes', 'newest'] as const).map(s => (
            <button key={s} type="button" className={sort === s ? 'selected' : ''} aria-pressed={sort === s}
              data-testid={`sort-${s}`} onClick={() => setSort(s)}>{t(s === 'votes' ? 'qna.sortVotes' : 'qna.sortNewest')}</button>
          ))}
        </div>
      </div>
      <ErrorText code={error} />
      {questions.length === 0 && <p className="muted empty">{t('qna.noQuestions')}</p>}
      {questions.map(q => {
        const spotlight = q.id === qna.spotlightId || q.state === 'answering';
        const mine = myUpvotes.has(q.id);
        const votes = votesOf(q);
        return (
          <article key={q.id} className={`card question${spotlight ? ' spotlight' : ''}`} data-testid={`question-${q.id}`} data-state={q.state}>
            <div className="question-body">
              {spotlight && <span className="badge badge-answering">{t('qna.state.answering')}</span>}
              <p className="question-text">{q.text}</p>
              <p className="question-meta">
                <span>{q.author ?? t('qna.anonymous')}</span>
                <span className={`badge badge-${q.channel}`}>{t(`qna.channel.${q.channel}`)}</span>
                {q.state === 'answered' && <span className="badge">{t('qna.state.answered')}</span>}
              </p>
            </div>
            <button type="button" className={`upvote${mine ? ' selected' : ''}`} data-testid={`upvote-${q.id}`} aria-pressed={mine}
              disabled={busy.has(q.id) || q.state === 'answered'} onClick={() => void toggle(q)}>
              {/* The name is "Upvote 3": it holds the visible count, so voice control users can say what they see. */}
              <span aria-hidden="true">▲</span><span className="visually-hidden">{t('qna.upvote')}</span>{' '}<strong>{votes}</strong>
            </button>
          </article>
        );
      })}
    </section>
  );
}
