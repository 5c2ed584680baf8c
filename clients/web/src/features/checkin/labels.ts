import type { TFunction } from 'i18next';
import type { CheckInChannel } from '@live/shared/realtime/types';

/**
 * Categories Live knows and translates; any other label from the import (e.g. "经销商", "Partner") is shown
 * as written. Matching ignores case and spaces so "VIP", "vip" and "Walk-in" all read the same.
 */
export const knownCategories = ['vip', 'dealer', 'media', 'staff', 'guest', 'speaker', 'walk-in'] as const;
export type KnownCategory = (typeof knownCategories)[number];

export function knownCategory(category: string): KnownCategory | null {
  const key = category.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const normalised = key === 'walkin' ? 'walk-in' : key;
  return (knownCategories as readonly string[]).includes(normalised) ? (normalised as KnownCategory) : null;
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
