import type { CheckInRequest } from '@live/shared/realtime/types';

export type CheckInMode = 'phone' | 'name' | 'walk-in';
export interface CheckInFields { phone: string; name: string; last4: string; company: string }
export const maxNameLength = 64;
/** The invitation list's company column holds as much (server: Roster.CompanyMax). */
export const maxCompanyLength = 100;

/**
 * The digits of a phone number as the invitation list keeps them: spaces, dashes and brackets go, and a
 * mainland +86 / 86 prefix before an 11-digit mobile is dropped like the import does.
 */
export function phoneDigits(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 13 && digits.startsWith('861') ? digits.slice(2) : digits;
}

/** What to send for the chosen way of identifying, without the op id; or the error code the server would give. */
export function checkInPayload(mode: CheckInMode, fields: CheckInFields): Omit<CheckInRequest, 'opId'> | { error: string } {
  const name = fields.name.trim();
  const phone = phoneDigits(fields.phone);
  if (mode === 'phone') return phone.length >= 5 && phone.length <= 20 ? { phone } : { error: 'invalid_phone' };
  if (!name) return { error: 'name_required' };
  if (name.length > maxNameLength) return { error: 'name_too_long' };
  if (mode === 'name') {
    const last4 = fields.last4.replace(/\s/g, '');
    return /^\d{4}$/.test(last4) ? { name, last4 } : { error: 'invalid_phone' };
  }
  const company = fields.company.trim();
  if ([...company].length > maxCompanyLength) return { error: 'field_too_long' };
  if (phone && (phone.length < 5 || phone.length > 20)) return { error: 'invalid_phone' };
  return { name, ...(phone ? { phone } : {}), ...(company ? { company } : {}), walkIn: true };
}

/** Two payloads are the same attempt (so a retry keeps its op id) when every field is equal. */
export const sameAttempt = (a: Omit<CheckInRequest, 'opId'>, b: Omit<CheckInRequest, 'opId'>) =>
  a.phone === b.phone && a.name === b.name && a.last4 === b.last4 && a.company === b.company && !!a.walkIn === !!b.walkIn;
