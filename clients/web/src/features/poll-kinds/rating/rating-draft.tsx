import { useTranslation } from 'react-i18next';
import { isRatingVariant, ratingVariants } from '@live/shared/poll-kinds/rating';
import { OptionList } from '../common/option-list';
import { checkOptions, textLength } from '../common/option-rules';
import type { DraftFieldsProps, PollKindModule } from '../kind-module';

const maxStatements = 10;

/** Rating's part of the create form: the scale, and 0–10 statements (none: one overall rating of the question). */
export function RatingDraftFields({ draft, onChange }: DraftFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        <span>{t('kinds.rating.variant')}</span>
        <select data-testid="poll-variant" value={draft.variant ?? 'stars5'} onChange={e => onChange({ variant: e.target.value })}>
          {ratingVariants.map(v => <option key={v} value={v}>{t(`kinds.rating.variants.${v}`)}</option>)}
        </select>
      </label>
      <p className="hint">{t('kinds.rating.statementsHint')}</p>
      <OptionList options={draft.options} min={0} max={maxStatements} onChange={options => onChange({ options })}
        labelKey="kinds.rating.statementLabel" addKey="kinds.rating.addStatement" />
    </>
  );
}

export const ratingDraft: PollKindModule['draft'] = {
  // Empty rows left from another kind would be statements nobody meant: drop them.
  adopt: form => ({ ...form, variant: isRatingVariant(form.variant) ? form.variant : 'stars5', options: form.options.filter(o => textLength(o) > 0).slice(0, maxStatements) }),
  check: form => checkOptions(form.options, 0, maxStatements) ?? (isRatingVariant(form.variant) ? null : 'invalid_variant'),
  toDraft: form => ({ options: form.options, maxSelections: null, variant: form.variant }),
};
