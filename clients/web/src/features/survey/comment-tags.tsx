import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollResults } from '@live/shared/realtime/types';
import type { SurveyView } from '@live/shared/survey/types';

export interface CommentTagsProps {
  survey: SurveyView;
  questionId: string;
  results: PollResults | undefined;
  busy: boolean;
  onSetTags(tags: string[]): void;
  onTag(key: string, tag: string, on: boolean): void;
}

/** One tag per line or comma: blanks dropped (the server checks 10 distinct names of 1–20). */
export const tagsFrom = (text: string) => text.split(/[\n,，]/).map(t => t.trim()).filter(t => t.length > 0);

/**
 * The host's tags on an open-text question's comments: the tag list (edited in one field), each comment with a
 * toggle per tag, and per tag how many people's comments carry it. For the report; never on a screen.
 */
export function CommentTags({ survey, questionId, results, busy, onSetTags, onTag }: CommentTagsProps) {
  const { t } = useTranslation();
  const tags = survey.tags ?? [];
  const [text, setText] = useState(tags.join(', '));
  const tagsOf = (key: string) => survey.tagged?.find(x => x.questionId === questionId && x.key === key)?.tags ?? [];
  return (
    <div className="stack comment-tags" data-testid={`comment-tags-${questionId}`}>
      <form className="comment-tags-list" onSubmit={e => { e.preventDefault(); onSetTags(tagsFrom(text)); }}>
        <label className="field">{t('survey.tags.label')}
          <input data-testid="survey-tags-input" value={text} placeholder={t('survey.tags.placeholder')} onChange={e => setText(e.target.value)} />
        </label>
        <button type="submit" className="secondary" data-testid="survey-tags-save" disabled={busy}>{t('survey.tags.save')}</button>
      </form>
      {tags.length > 0 && (
        <p className="comment-tag-counts" data-testid="survey-tag-counts">
          {(survey.tagCounts ?? []).map(c => <span key={c.tag} className="badge">{c.tag} · {c.count}</span>)}
        </p>
      )}
      {tags.length > 0 && (results?.items ?? []).map(item => (
        <div key={item.key} className="comment-row" data-testid={`comment-${item.key}`}>
          <span className="comment-text">{item.text}{item.count > 1 && <small className="muted"> ×{item.count}</small>}</span>
          <span className="comment-tag-toggles">
            {tags.map(tag => {
              const on = tagsOf(item.key).includes(tag);
              return (
                <button key={tag} type="button" className={on ? 'chip selected' : 'chip'} aria-pressed={on} disabled={busy}
                  data-testid={`tag-${item.key}-${tag}`} onClick={() => onTag(item.key, tag, !on)}>{tag}</button>
              );
            })}
          </span>
        </div>
      ))}
    </div>
  );
}
