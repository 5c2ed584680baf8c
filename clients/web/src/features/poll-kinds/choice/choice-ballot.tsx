import { useTranslation } from 'react-i18next';
import type { BallotProps } from '../kind-module';
import { pick } from './choice-rules';

/** Single or multiple choice on a phone: one big button per option. */
export function ChoiceBallot({ poll, answer, disabled, onChange, onRefuse }: BallotProps) {
  const { t } = useTranslation();
  const single = poll.kind === 'single';
  const selected = answer.optionIds;
  const tap = (optionId: number) => {
    const next = pick(poll, selected, optionId);
    if (next) onChange({ ...answer, optionIds: next });
    else onRefuse('too_many_selections');
  };
  return (
    <>
      <p className="muted">{single ? t('attendee.chooseOne') : t('attendee.chooseUpTo', { count: poll.maxSelections })}</p>
      <div className="choices" role={single ? 'radiogroup' : 'group'}>
        {poll.options.map(option => {
          const on = selected.includes(option.id);
          return (
            <button key={option.id} type="button" className={on ? 'choice selected' : 'choice'} disabled={disabled}
              data-testid={`vote-option-${option.id}`} data-selected={on} aria-pressed={on} onClick={() => tap(option.id)}>
              <span className="choice-mark" aria-hidden="true">{on ? '✓' : ''}</span>{option.text}
            </button>
          );
        })}
      </div>
    </>
  );
}
