import type { CompanyRule, GroupKey, GroupSource } from '@live/shared/groups/types';
import { maxApartSets, maxApartSetSize, type ApartPerson, type GroupsDraft } from './groups-draft';

/**
 * The tables form as the host last left it, per session, in this browser: a console reload (or the laptop's browser
 * restarting) keeps the seats, the rules, the facilitators and the keep-apart sets. Storage that is full, blocked or
 * holds something else is ignored: the form then starts fresh.
 */
const key = (code: string) => `live.groupsForm.${code}`;

const sources: readonly GroupSource[] = ['checkedIn', 'joined'];
const rules: readonly CompanyRule[] = ['spread', 'together', 'ignore'];
const keys: readonly GroupKey[] = ['company', 'category'];

const oneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const text = (value: unknown, max: number) => (typeof value === 'string' && value.length <= max ? value : null);

function person(value: unknown): ApartPerson | null {
  if (!value || typeof value !== 'object') return null;
  const { id, name } = value as Record<string, unknown>;
  const cleanId = text(id, 200);
  return cleanId ? { id: cleanId, name: text(name, 200) ?? cleanId } : null;
}

/** The remembered draft, or null when there is none (or it is not one). */
export function rememberedDraft(code: string): GroupsDraft | null {
  let stored: unknown;
  try { stored = JSON.parse(localStorage.getItem(key(code)) ?? 'null'); } catch { return null; }
  if (!stored || typeof stored !== 'object') return null;
  const d = stored as Record<string, unknown>;
  const seats = text(d.seats, 10);
  if (!oneOf(sources, d.source) || seats === null || !oneOf(rules, d.companies) || !oneOf(keys, d.by)) return null;
  const apart = Array.isArray(d.apart)
    ? d.apart.filter(Array.isArray).slice(0, maxApartSets)
      .map(set => set.map(person).filter((p): p is ApartPerson => p !== null).slice(0, maxApartSetSize))
    : [];
  return { source: d.source, seats, companies: d.companies, by: d.by, facilitatorCategory: text(d.facilitatorCategory, 100) ?? '', apart };
}

export function rememberDraft(code: string, draft: GroupsDraft) {
  try { localStorage.setItem(key(code), JSON.stringify(draft)); } catch { /* full or blocked: the form just is not remembered */ }
}
