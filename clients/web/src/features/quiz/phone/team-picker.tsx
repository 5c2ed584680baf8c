import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { MyQuizView } from '@live/shared/quiz/types';
import { ErrorText } from '../../../components/error-text';

export interface TeamPickerProps {
  names: string[];
  /** The team this phone plays for now (null: none yet). */
  current: string | null;
  choose(team: string): Promise<MyQuizView>;
  onChosen(mine: MyQuizView): void;
}

/** Teams by pick: one big button per team; the chosen one is marked and can still change until the first answer. */
export function TeamPicker({ names, current, choose, onChosen }: TeamPickerProps) {
  const { t } = useTranslation();
  const [sending, setSending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pick = async (team: string) => {
    setSending(team);
    setError(null);
    try {
      onChosen(await choose(team));
    } catch (e) {
      setError(errorCode(e));
    } finally {
      setSending(null);
    }
  };
  return (
    <div className="stack quiz-team-picker" data-testid="quiz-team-picker">
      <p className="phone-quiz-banner">{current ? t('quiz.phone.yourTeam', { team: current }) : t('quiz.phone.pickTeam')}</p>
      <div className="quiz-team-buttons" role="group" aria-label={t('quiz.phone.pickTeam')}>
        {names.map(name => (
          <button key={name} type="button" className={name === current ? 'primary big' : 'secondary big'} aria-pressed={name === current}
            disabled={sending !== null} onClick={() => void pick(name)} data-testid="quiz-team-option">
            {name}
          </button>
        ))}
      </div>
      {current && <p className="muted small">{t('quiz.phone.teamUntilFirstAnswer')}</p>}
      <ErrorText code={error} />
    </div>
  );
}
