import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QnaSettings as Settings, QnaView, ReactionsView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { ClearCommentsButton } from './clear-comments-button';
import { settingsOf, useConfirmedSetting } from '@live/shared/hooks/use-confirmed-setting';
import { useHubAction } from '@live/shared/hooks/use-hub-action';
import type { Invoke } from '@live/shared/realtime/hub-methods';

const toggles: { key: keyof Settings; label: string; testId: string }[] = [
  { key: 'reviewFirst', label: 'reviewFirst', testId: 'setting-review-first' },
  { key: 'commentsReviewFirst', label: 'commentsReviewFirst', testId: 'setting-comments-review-first' },
  { key: 'allowAnonymous', label: 'allowAnonymous', testId: 'setting-allow-anonymous' },
  { key: 'commentsEnabled', label: 'commentsEnabled', testId: 'setting-comments-enabled' },
  { key: 'commentsPaused', label: 'commentsPaused', testId: 'setting-comments-paused' },
  { key: 'showCommentNicknames', label: 'showNicknames', testId: 'setting-show-nicknames' },
];

/** One word per line → the list SetBlocklist takes (trimmed, no blanks, no repeats). */
export const parseWords = (text: string) => [...new Set(text.split('\n').map(w => w.trim()).filter(Boolean))];
/** "👏 ❤️  🎉" → the list SetReactionSet takes. */
export const parseEmojis = (text: string) => text.split(/\s+/).filter(Boolean);

/** A draft that follows the server until the host starts typing in it. */
function useDraft(server: string) {
  const [draft, setDraft] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- a new server value replaces what was typed, by design
  useEffect(() => setDraft(null), [server]);
  return [draft ?? server, setDraft] as const;
}

/** Q&A switches, clearing 弹幕, the blocklist and the reaction buttons. */
export function QnaSettingsPanel({ qna, reactions, invoke }: { qna: QnaView; reactions: ReactionsView | null; invoke: Invoke }) {
  const { t } = useTranslation();
  const { run, error } = useHubAction(invoke);
  // Shown at once and disabled until the server answers, then the answer until the pushed view catches up.
  const switches = useConfirmedSetting(settingsOf(qna), async (next: Settings) => {
    const saved = await run('SetQnaSettings', next);
    return settingsOf(saved);
  });
  const [saved, setSaved] = useState<string | null>(null);
  const [words, setWords] = useDraft((qna.blocklist ?? []).join('\n'));
  const [emojis, setEmojis] = useDraft((reactions?.counts ?? []).map(r => r.emoji).join(' '));
  const save = async (what: string, method: 'SetBlocklist' | 'SetReactionSet', arg: string[]) => {
    setSaved(null);
    if (await run(method, arg)) setSaved(what);
  };

  return (
    <section className="card stack">
      <h2 className="section-title">{t('moderation.settings')}</h2>
      {toggles.map(({ key, label, testId }) => (
        <label key={key} className="check">
          <input type="checkbox" data-testid={testId} checked={switches.shown?.[key] ?? false} disabled={switches.busy} aria-busy={switches.busy}
            onChange={e => switches.shown && void switches.change({ ...switches.shown, [key]: e.target.checked })} />
          {t(`moderation.${label}`)}
        </label>
      ))}
      <ClearCommentsButton invoke={invoke} />
      <label className="field">
        {t('moderation.blocklist', { count: parseWords(words).length })}
        <textarea className="text-box" data-testid="blocklist-input" rows={5} value={words} onChange={e => setWords(e.target.value)} />
      </label>
      <div className="form-row">
        <span className="muted small">{saved === 'words' && t('moderation.saved')}</span>
        <button data-testid="blocklist-save" onClick={() => void save('words', 'SetBlocklist', parseWords(words))}>{t('moderation.blocklistSave')}</button>
      </div>
      <label className="field">
        {t('moderation.reactionSet')}
        <input className="text-input" data-testid="reaction-set-input" value={emojis} onChange={e => setEmojis(e.target.value)} />
      </label>
      <div className="form-row">
        <span className="muted small">{saved === 'emojis' && t('moderation.saved')}</span>
        <button data-testid="reaction-set-save" onClick={() => void save('emojis', 'SetReactionSet', parseEmojis(emojis))}>{t('moderation.reactionSave')}</button>
      </div>
      <ErrorText code={error} />
    </section>
  );
}
