import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { knownCategory } from './category-label';

/** Translates the categories the wall knows ("walk-in" → 现场登记); any other label is shown as typed. */
export function useCategoryLabel(): (category: string) => string {
  const { t } = useTranslation();
  return useCallback((category: string) => {
    const known = knownCategory(category);
    return known ? t(`checkin.category.${known}`) : category;
  }, [t]);
}
