import { useTranslation } from 'react-i18next';

/** Open text has nothing to set but the question: a hint says what attendees will see. */
export function OpentextDraftFields() {
  const { t } = useTranslation();
  return <p className="hint">{t('kinds.text.draftHint')}</p>;
}
