import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionState, QuestionView } from '@live/shared/realtime/types';

export interface ModQuestionProps {
  question: QuestionView;
  selected: boolean;
  banned: boolean;
  onSelect(selected: boolean): void;
  move(to: QuestionState): void;
  star(starred: boolean): void;
  edit(text: string): void;
  ban(reason: string): void;
}

/** Which moves make sense from each state (the server allows any; these are the ones a moderator needs). */
const moves: Record<QuestionState, { to: QuestionState; key: string; testId: string; className?: string }[]> = {
  pending: [{ to: 'live', key: 'approve', testId: 'approve', className: 'primary' }, { to: 'dismissed', key: 'dismiss', testId: 'dismiss' }],
  live: [{ to: 'answering', key: 'answering', testId: 'answering', className: 'primary' }, { to: 'answered', key: 'answered', testId: 'answered' }, { to: 'dismissed', key: 'dismiss', testId: 'dismiss' }],
  answering: [{ to: 'answered', key: 'answered', testId: 'answered', className: 'primary' }, { to: 'live', key: 'backToLive', testId: 'live' }],
  answered: [{ to: 'live', key: 'backToLive', testId: 'live' }, { to: 'dismissed', key: 'dismiss', testId: 'dismiss' }],
  dismissed: [{ to: 'live', key: 'approve', testId: 'approve', className: 'primary' }],
};

/** One question in the moderation list: text (editable), who and where from, and the moves from its state. */
export function ModQuestion({ question: q, selected, banned, onSelect, move, star, edit, ban }: ModQuestionProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [banReason, setBanReason] = useState<string | null>(null);

  return (
    <article className={`card mod-question state-${q.state}`} data-testid={`mod-question-${q.id}`} data-state={q.state}>
      <input type="checkbox" className="mod-select" checked={selected} aria-label={q.text}
        data-testid={`select-${q.id}`} onChange={e => onSelect(e.target.checked)} />
      <div className="mod-body">
        <div className="question-meta">
          <span className={`badge badge-q-${q.state}`}>{t(`moderation.filter.${q.state}`)}</span>
          {q.flagged && <span className="badge badge-flagged" data-testid={`flagged-${q.id}`}>{t('moderation.flagged')}</span>}
          {q.starred && <span className="badge badge-star">★ {t('moderation.starred')}</span>}
          <span className="votes">{t('moderation.votes', { count: q.votes })}</span>
        </div>
        {editing === null
          ? <p className="question-text mod-text">{q.text}</p>
          : (
            <div className="inline-form">
              <textarea className="text-box" data-testid={`edit-input-${q.id}`} rows={2} maxLength={300} value={editing}
                aria-label={t('moderation.edit')} onChange={e => setEditing(e.target.value)} />
              <div className="stack-tight">
                <button className="primary" data-testid={`edit-save-${q.id}`} disabled={!editing.trim()}
                  onClick={() => { edit(editing.trim()); setEditing(null); }}>{t('moderation.save')}</button>
                <button onClick={() => setEditing(null)}>{t('moderation.cancel')}</button>
              </div>
            </div>
          )}
        {q.originalText && <p className="muted small" data-testid={`original-${q.id}`}>{t('moderation.edited', { text: q.originalText })}</p>}
        <p className="question-meta">
          <span>{q.author ?? t('qna.anonymous')}</span>
          <span className={`badge badge-${q.channel}`}>{t(`qna.channel.${q.channel}`)}</span>
          {banned && <span className="badge badge-flagged">{t('moderation.banned')}</span>}
          <time dateTime={q.createdAt}>{new Date(q.createdAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })}</time>
        </p>
        <div className="actions">
          {moves[q.state].map(m => (
            <button key={m.testId} className={m.className} data-testid={`${m.testId}-${q.id}`} onClick={() => move(m.to)}>{t(`moderation.${m.key}`)}</button>
          ))}
          <button className="ghost" data-testid={`star-${q.id}`} aria-pressed={q.starred} onClick={() => star(!q.starred)}>
            {q.starred ? `★ ${t('moderation.unstar')}` : `☆ ${t('moderation.star')}`}
          </button>
          <button className="ghost" data-testid={`edit-${q.id}`} onClick={() => setEditing(q.text)}>{t('moderation.edit')}</button>
          {q.deviceId && !banned && banReason === null &&
            <button className="ghost danger-text" data-testid={`ban-${q.id}`} onClick={() => setBanReason('')}>{t('moderation.ban')}</button>}
        </div>
        {banReason !== null && (
          <div className="confirm">
            <input className="text-input" data-testid={`ban-reason-${q.id}`} maxLength={200} value={banReason}
              placeholder={t('moderation.banReason')} aria-label={t('moderation.banReason')} onChange={e => setBanReason(e.target.value)} />
            <button className="danger" data-testid={`ban-confirm-${q.id}`} onClick={() => { ban(banReason.trim()); setBanReason(null); }}>{t('moderation.banConfirm')}</button>
            <button onClick={() => setBanReason(null)}>{t('moderation.cancel')}</button>
          </div>
        )}
      </div>
    </article>
  );
}
