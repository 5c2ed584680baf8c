import type { TFunction } from 'i18next';
import type { CheckInChannel } from '@live/shared/realtime/types';

/**
 * Categories are the host's data and are shown exactly as entered ("VIP" stays "VIP" in Chinese). Only the two labels
 * Live itself files people under are translated: "guest" when the import gave no category, "walk-in" for walk-ins.
 */
export const knownCategories = ['guest', 'walk-in'] as const;
export type KnownCategory = (typeof knownCategories)[number];

export function knownCategory(category: string): KnownCategory | null {
  return (knownCategories as readonly string[]).includes(category) ? (category as KnownCategory) : null;
}

export function categoryLabel(t: TFunction, category: string): string {
  const known = knownCategory(category);
  return known ? t(`checkin.category.${known}`) : category;
}

export const channelLabel = (t: TFunction, channel: CheckInChannel): string => t(`checkin.channel.${channel}`);

/**
 * The sentence for a bad import row ("line 7: the phone number is not valid"). Row codes read differently
 * from the same code on a phone, so they have their own keys; anything else falls back to errors.<code>.
 */
export function importErrorLabel(t: TFunction, code: string): string {
  return t(`checkin.rowError.${code}`, { defaultValue: t(`errors.${code}`, { defaultValue: t('errors.unknown') }) });
}
