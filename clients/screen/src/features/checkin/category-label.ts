/**
 * Category labels the wall translates. The import takes any label; these common English ones (any case,
 * singular or plural) have a translation, everything else is shown exactly as the host typed it.
 * "guest" is what the server files people under when the import has no category.
 */
const aliases: Record<string, KnownCategory> = {
  guest: 'guest', guests: 'guest',
  vip: 'vip', vips: 'vip',
  dealer: 'dealer', dealers: 'dealer',
  media: 'media', press: 'media',
  staff: 'staff',
  speaker: 'speaker', speakers: 'speaker',
  partner: 'partner', partners: 'partner',
  sponsor: 'sponsor', sponsors: 'sponsor',
  employee: 'employee', employees: 'employee',
  'walk-in': 'walkIn', 'walk-ins': 'walkIn',
};

export type KnownCategory =
  'guest' | 'vip' | 'dealer' | 'media' | 'staff' | 'speaker' | 'partner' | 'sponsor' | 'employee' | 'walkIn';

/** The i18n key under `checkin.category` for a label, or null when the label is shown as is. */
export function knownCategory(category: string): KnownCategory | null {
  const key = category.trim().toLowerCase().replace(/[\s_]+/g, '-');
  return Object.hasOwn(aliases, key) ? aliases[key] : null;
}
