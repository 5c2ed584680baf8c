import { useTranslation } from 'react-i18next';
import type { CommentQueueView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

/** ModerateComments takes at most this many ids (docs/API.md, too_many_ids). */
const maxIdsPerCall = 200;

/** 弹幕 held for review (review-first, or the word filter matched): approve sends it to the screen. */
export function HeldComments({ queue, invoke }: { queue: CommentQueueView | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  const pending = queue?.pending ?? [];
  const moderate = (commentIds: string[], approve: boolean) => void run('ModerateComments', { commentIds, approve });
  // What the word filter matched is looked at one by one: approving it in bulk could put an insult on the screen.
  const unflagged = pending.filter(c => !c.flagged).slice(0, maxIdsPerCall).map(c => c.id);
  return (
    <section className="card stack">
      <h2 className="section-title">{t('moderation.heldComments')} <span className="count-badge">{pending.length}</span></h2>
      {pending.length === 0 && <p className="muted small">{t('moderation.noHeld')}</p>}
      {pending.length > 1 && (
        <div className="form-row">
          <button className="primary" data-testid="approve-all-comments" disabled={unflagged.length === 0} onClick={() => moderate(unflagged, true)}>
            {t('moderation.approveAll', { count: unflagged.length })}
          </button>
          <button data-testid="dismiss-all-comments" onClick={() => moderate(pending.slice(0, maxIdsPerCall).map(c => c.id), false)}>
            {t('moderation.dismissAll', { count: Math.min(pending.length, maxIdsPerCall) })}
          </button>
        </div>
      )}
      <ul className="plain-list">
        {pending.map(c => (
          <li key={c.id} className="held-comment" data-testid={`held-comment-${c.id}`}>
            <span className="grow">
              <span className="question-text">{c.text}</span>
              <span className="question-meta">
                <span>{c.author ?? t('qna.anonymous')}</span>
                <span className={`badge badge-${c.channel}`}>{t(`qna.channel.${c.channel}`)}</span>
                {c.flagged && <span className="badge badge-flagged">{t('moderation.flagged')}</span>}
              </span>
            </span>
            <button className="primary" data-testid={`approve-comment-${c.id}`} onClick={() => moderate([c.id], true)}>{t('moderation.approve')}</button>
            <button data-testid={`dismiss-comment-${c.id}`} onClick={() => moderate([c.id], false)}>{t('moderation.dismiss')}</button>
          </li>
        ))}
      </ul>
      <ErrorText code={error} />
    </section>
  );
}
