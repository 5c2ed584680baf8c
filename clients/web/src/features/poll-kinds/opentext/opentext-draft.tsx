import { useTranslation } from 'react-i18next';
import type { DraftFieldsProps } from '../kind-module';

/** Open text has nothing to set but the question: a hint says what attendees will see. */
export function OpentextDraftFields({ inSurvey }: Partial<DraftFieldsProps>) {
  const { t } = useTranslation();
  return <p className="hint">{t(inSurvey ? 'kinds.text.surveyHint' : 'kinds.text.draftHint')}</p>;
}
