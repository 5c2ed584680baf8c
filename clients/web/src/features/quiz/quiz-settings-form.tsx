import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuizSettings } from '@live/shared/quiz/types';

export interface QuizSettingsFormProps {
  settings: QuizSettings;
  /** The server takes new settings in the lobby or after the podium only. */
  disabled: boolean;
  onSave(settings: QuizSettings): void;
}

const leaderboards: QuizSettings['leaderboard'][] = ['betweenQuestions', 'never'];
const teamSources: QuizSettings['teams'][] = ['none', 'tables', 'category', 'company', 'pick'];

/** One team name per line; blank lines dropped (the server checks 2–12 distinct names of 1–30). */
export const teamNamesFrom = (text: string) => text.split('\n').map(n => n.trim()).filter(n => n.length > 0);

/** Streak bonus, wrong-answer penalty, read time, leaderboard and teams, saved together. */
export function QuizSettingsForm({ settings, disabled, onSave }: QuizSettingsFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({
    ...settings, wrongPenalty: String(settings.wrongPenalty), readSeconds: String(settings.readSeconds), teamNames: (settings.teamNames ?? []).join('\n'),
  });
  const set = (patch: Partial<typeof draft>) => setDraft(d => ({ ...d, ...patch }));
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    onSave({ ...draft, wrongPenalty: Number(draft.wrongPenalty), readSeconds: Number(draft.readSeconds), teamNames: teamNamesFrom(draft.teamNames) });
  };

  return (
    <form className="card stack" onSubmit={save} data-testid="quiz-settings">
      <h3>{t('quiz.settings')}</h3>
      <label className="check">
        <input type="checkbox" checked={draft.streakBonus} onChange={e => set({ streakBonus: e.target.checked })} data-testid="quiz-streak" />
        {t('quiz.streakBonus')}
      </label>
      <div className="agenda-form-row">
        <label className="field">{t('quiz.wrongPenalty')}
          <input type="number" min={0} max={10000} value={draft.wrongPenalty} onChange={e => set({ wrongPenalty: e.target.value })} data-testid="quiz-penalty" />
        </label>
        <label className="field">{t('quiz.readSeconds')}
          <input type="number" min={0} max={10} value={draft.readSeconds} onChange={e => set({ readSeconds: e.target.value })} data-testid="quiz-read" />
        </label>
      </div>
      <div className="agenda-form-row">
        <label className="field">{t('quiz.leaderboard')}
          <select value={draft.leaderboard} onChange={e => set({ leaderboard: e.target.value as QuizSettings['leaderboard'] })} data-testid="quiz-leaderboard-mode">
            {leaderboards.map(l => <option key={l} value={l}>{t(`quiz.leaderboards.${l}`)}</option>)}
          </select>
        </label>
        <label className="field">{t('quiz.teams')}
          <select value={draft.teams} onChange={e => set({ teams: e.target.value as QuizSettings['teams'] })} data-testid="quiz-teams">
            {teamSources.map(s => <option key={s} value={s}>{t(`quiz.teamSources.${s}`)}</option>)}
          </select>
        </label>
      </div>
      {draft.teams === 'pick' && (
        <label className="field">{t('quiz.teamNames')}
          <textarea rows={4} value={draft.teamNames} onChange={e => set({ teamNames: e.target.value })} data-testid="quiz-team-names"
            placeholder={t('quiz.teamNamesPlaceholder')} />
          <span className="hint">{t('quiz.teamNamesHint')}</span>
        </label>
      )}
      {disabled && <p className="hint">{t('quiz.settingsLocked')}</p>}
      <div className="actions">
        <button className="secondary" type="submit" disabled={disabled} data-testid="quiz-settings-save">{t('quiz.saveSettings')}</button>
      </div>
    </form>
  );
}
