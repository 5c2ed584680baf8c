import type { TFunction } from 'i18next';
import type { GroupsView } from '@live/shared/groups/types';

/**
 * "3 tables of 7–8 · 15 colleague pairs · 0 repeated pairs": how the round met the rules when it was formed (the
 * server does not score moves by hand, so the sizes are the tables' now). Keep-apart pairs only when one was broken.
 */
export function scoreLine(t: TFunction, view: GroupsView): string {
  const sizes = view.tables.map(table => table.members.length).filter(n => n > 0);
  const smallest = sizes.length ? Math.min(...sizes) : 0;
  const largest = sizes.length ? Math.max(...sizes) : 0;
  const parts = [smallest === largest
    ? t('groups.score.tablesOf', { count: view.tables.length, size: largest })
    : t('groups.score.tablesOfRange', { count: view.tables.length, smallest, largest })];
  if (view.score) {
    parts.push(t('groups.score.colleagues', { count: view.score.sameCompanyPairs }));
    parts.push(t('groups.score.repeated', { count: view.score.repeatedPairs }));
    if (view.score.apartBroken > 0) parts.push(t('groups.score.apartBroken', { count: view.score.apartBroken }));
  }
  return parts.join(' · ');
}
