import type { EntrantSource, TierRequest, TierView } from '@live/shared/realtime/types';

/** What the tier form edits: text fields as typed, turned into a TierRequest on save. */
export interface TierDraft {
  id: string | null;
  name: string;
  count: string;
  order: string;
  image: string;
  source: EntrantSource;
  pollId: string;
  categories: string;
  include: string;
  exclude: string;
  /** Discussion table numbers the tier is limited to; empty for none. */
  tables: number[];
}

export const sources: EntrantSource[] = ['checkedIn', 'joined', 'online', 'votedInPoll'];

export const emptyDraft = (order = 1): TierDraft => ({
  id: null, name: '', count: '1', order: String(order), image: '', source: 'checkedIn', pollId: '', categories: '', include: '', exclude: '', tables: [],
});

export const draftFromTier = (tier: TierView): TierDraft => ({
  id: tier.id, name: tier.name, count: String(tier.count), order: String(tier.order), image: tier.image ?? '',
  source: tier.eligibility.source, pollId: tier.eligibility.pollId ?? '',
  categories: tier.eligibility.categories.join(', '),
  include: tier.eligibility.include.join('\n'), exclude: tier.eligibility.exclude.join('\n'),
  tables: [...(tier.eligibility.tables ?? [])],
});

/** Splits a comma, 、 or line separated list; trims and drops empties and repeats, keeping the first spelling. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,，、;\n\r\t]+/)) {
    const item = raw.trim();
    if (item && !seen.has(item)) { seen.add(item); out.push(item); }
  }
  return out;
}

/** Adds the category to the comma list, or removes it when it is already there (the suggestion chips). */
export function toggleCategory(text: string, category: string): string {
  const list = splitList(text);
  const next = list.includes(category) ? list.filter(c => c !== category) : [...list, category];
  return next.join(', ');
}

/** Adds the table to the tier's tables, or takes it off when it is there; kept in order. */
export const toggleTable = (tables: number[], table: number): number[] =>
  (tables.includes(table) ? tables.filter(n => n !== table) : [...tables, table].sort((a, b) => a - b));

const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/**
 * The request SaveTier takes. The server checks every limit (invalid_tier); a count or order that is not a whole
 * number is refused here with the same code so nothing half-typed is sent.
 */
export function toRequest(draft: TierDraft): TierRequest | { error: 'invalid_tier' } {
  const count = wholeNumber(draft.count);
  const order = wholeNumber(draft.order);
  if (!Number.isFinite(count) || !Number.isFinite(order) || !draft.name.trim()) return { error: 'invalid_tier' };
  if (draft.source === 'votedInPoll' && !draft.pollId) return { error: 'invalid_tier' };
  return {
    id: draft.id,
    name: draft.name.trim(),
    count,
    order,
    image: draft.image.trim() || null,
    eligibility: {
      source: draft.source,
      pollId: draft.source === 'votedInPoll' ? draft.pollId : null,
      categories: splitList(draft.categories),
      include: splitList(draft.include),
      exclude: splitList(draft.exclude),
      tables: [...draft.tables].sort((a, b) => a - b),
    },
  };
}
