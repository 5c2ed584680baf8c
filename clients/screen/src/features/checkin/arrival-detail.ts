import type { Arrival, WallDetail } from '@live/shared/realtime/types';

/** What the wall shows beside a name: the company as given, or the category (translated where the wall knows it). */
export type ArrivalDetail = { kind: 'company'; company: string } | { kind: 'category'; category: string };

/**
 * The host's wallDetail applied to one arrival: 'company' shows the company, or the category when the person has none
 * (a walk-in who gave none), so two masked "宋*" still read differently; 'category' the category; 'none' nothing.
 * A server from before the setting sends none: the wall shows the category, as it did then.
 */
export function arrivalDetail(arrival: Arrival, detail: WallDetail | undefined): ArrivalDetail | null {
  if (detail === 'none') return null;
  const company = arrival.company?.trim();
  if (detail === 'company' && company) return { kind: 'company', company };
  return { kind: 'category', category: arrival.category };
}
