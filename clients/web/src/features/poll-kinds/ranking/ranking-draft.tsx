import { OptionList } from '../common/option-list';
import { checkOptions, fitOptions } from '../common/option-rules';
import type { DraftFieldsProps, PollKindModule } from '../kind-module';

const [minOptions, maxOptions] = [2, 10];

/** Ranking's part of the create form: the 2–10 options to put in order. */
export function RankingDraftFields({ draft, onChange }: DraftFieldsProps) {
  return <OptionList options={draft.options} min={minOptions} max={maxOptions} onChange={options => onChange({ options })} />;
}

export const rankingDraft: PollKindModule['draft'] = {
  adopt: form => ({ ...form, variant: null, options: fitOptions(form.options, minOptions, maxOptions) }),
  check: form => checkOptions(form.options, minOptions, maxOptions),
  toDraft: form => ({ options: form.options, maxSelections: null, variant: null }),
};
