import { useTranslation } from 'react-i18next';
import type { DraftFieldsProps, PollKindModule } from '../kind-module';

const [minEntries, maxEntries, defaultEntries] = [1, 5, 3];

/** Word cloud's part of the create form: how many words each attendee may send (1–5). */
export function WordcloudDraftFields({ draft, onChange }: DraftFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field inline">
        <span>{t('kinds.wordcloud.entries')}</span>
        <input data-testid="poll-max" type="number" min={minEntries} max={maxEntries} value={draft.maxSelections}
          onChange={e => onChange({ maxSelections: Number(e.target.value) })} />
      </label>
      <p className="hint">{t('kinds.wordcloud.draftHint')}</p>
    </>
  );
}

export const wordcloudDraft: PollKindModule['draft'] = {
  adopt: form => ({ ...form, variant: null, maxSelections: defaultEntries }),
  check: form => (Number.isInteger(form.maxSelections) && form.maxSelections >= minEntries && form.maxSelections <= maxEntries ? null : 'invalid_max_selections'),
  // The options the host may have typed for another kind stay in the form (switching back keeps them) but are not sent.
  toDraft: form => ({ options: [], maxSelections: form.maxSelections, variant: null }),
};
