import { useTranslation } from 'react-i18next';
import { maxOptionLength } from './option-rules';

export interface OptionListProps {
  options: string[];
  min: number;
  max: number;
  onChange(options: string[]): void;
  /** i18n keys of the row label ({{n}}) and the add button; choice options by default. */
  labelKey?: string;
  addKey?: string;
}

/** The create form's list of options (choice, ranking) or statements (rating): edit, add up to max, remove down to min. */
export function OptionList({ options, min, max, onChange, labelKey = 'console.optionLabel', addKey = 'console.addOption' }: OptionListProps) {
  const { t } = useTranslation();
  const set = (i: number, text: string) => onChange(options.map((o, j) => (j === i ? text : o)));
  return (
    <>
      {options.map((option, i) => (
        <div className="option-row" key={i}>
          <input data-testid={`poll-option-${i}`} value={option} maxLength={maxOptionLength} aria-label={t(labelKey, { n: i + 1 })}
            placeholder={t(labelKey, { n: i + 1 })} onChange={e => set(i, e.target.value)} />
          {options.length > min && (
            <button type="button" className="ghost" data-testid={`remove-option-${i}`} aria-label={t('console.removeOptionLabel', { n: i + 1 })}
              onClick={() => onChange(options.filter((_, j) => j !== i))}>{t('console.removeOption')}</button>
          )}
        </div>
      ))}
      {options.length < max && (
        <button type="button" className="ghost" data-testid="add-option" onClick={() => onChange([...options, ''])}>+ {t(addKey)}</button>
      )}
    </>
  );
}
