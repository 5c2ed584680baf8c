/**
 * Categories are the host's data and the wall shows them exactly as entered, in any language ("VIP" stays "VIP",
 * "经销商" stays "经销商"). Only the two labels Live itself files people under are translated: "guest" (the import
 * gave no category) and "walk-in" (registered at the door).
 */
const system: Record<string, KnownCategory> = { guest: 'guest', 'walk-in': 'walkIn' };

export type KnownCategory = 'guest' | 'walkIn';

/** The i18n key under `checkin.category` for a label, or null when the label is shown as is. */
export function knownCategory(category: string): KnownCategory | null {
  return Object.hasOwn(system, category) ? system[category] : null;
}
