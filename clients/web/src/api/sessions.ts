import { ensureOk } from '@live/shared/i18n/error-code';
import type { Language } from '@live/shared/i18n/language';

export interface CreatedSession { code: string; title: string; hostKey: string; screenKey: string; joinUrl: string; consoleUrl: string; screenUrl: string }
export interface SessionInfo { code: string; title: string; joinUrl: string }
export interface Joined { attendeeToken: string; deviceToken: string; deviceId: string; mode: 'onsite' | 'online'; nickname: string | null }

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** REST calls; a failure throws { code } (see docs/API.md) for translation as errors.<code>. */
export const sessionsApi = {
  /** language: what the session's screens show (the console sends its own). */
  async create(title: string, language: Language): Promise<CreatedSession> {
    return (await ensureOk(await fetch('/api/sessions', json({ title, language })))).json();
  },
  async get(code: string): Promise<SessionInfo> {
    return (await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}`))).json();
  },
  async join(code: string, mode: 'onsite' | 'online', nickname: string, deviceToken: string | null): Promise<Joined> {
    return (await ensureOk(await fetch(`/api/sessions/${encodeURIComponent(code)}/join`, json({ mode, nickname, deviceToken })))).json();
  },
};
