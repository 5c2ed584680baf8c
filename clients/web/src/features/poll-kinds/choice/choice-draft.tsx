import { useTranslation } from 'react-i18next';
import { OptionList } from '../common/option-list';
import { checkOptions, fitOptions } from '../common/option-rules';
import type { DraftFieldsProps, DraftForm, PollKindModule } from '../kind-module';

const [minOptions, maxOptions] = [2, 12];

/** Choice's part of the create form: 2–12 options and, for multiple choice, how many may be picked. */
export function ChoiceDraftFields({ draft, onChange }: DraftFieldsProps) {
  const { t } = useTranslation();
  const setOptions = (options: string[]) =>
    onChange({ options, maxSelections: Math.max(1, Math.min(draft.maxSelections, options.length)) });
  return (
    <>
      <OptionList options={draft.options} min={minOptions} max={maxOptions} onChange={setOptions} />
      {draft.kind === 'multiple' && (
        <label className="field inline">
          <span>{t('console.maxSelections')}</span>
          <input data-testid="poll-max" type="number" min={1} max={draft.options.length} value={draft.maxSelections}
            onChange={e => onChange({ maxSelections: Number(e.target.value) })} />
        </label>
      )}
    </>
  );
}

export const choiceDraft: PollKindModule['draft'] = {
  adopt: (form: DraftForm) => {
    const options = fitOptions(form.options, minOptions, maxOptions);
    return { ...form, options, variant: null, maxSelections: Math.max(1, Math.min(form.maxSelections, options.length)) };
  },
  check: form => checkOptions(form.options, minOptions, maxOptions)
    ?? (form.kind === 'multiple' && !(Number.isInteger(form.maxSelections) && form.maxSelections >= 1 && form.maxSelections <= form.options.length)
      ? 'invalid_max_selections' : null),
  toDraft: form => ({ options: form.options, maxSelections: form.kind === 'multiple' ? form.maxSelections : null, variant: null }),
};
