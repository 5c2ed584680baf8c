import type { Role } from '@live/shared/realtime/types';
import type { ConsoleTab } from './console-tabs';

/**
 * The tabs a console credential may use. A moderator key reaches Q&A moderation, the check-in desk and the tables,
 * read only (the hub's role rules, docs/SECURITY.md): every other control would only answer `forbidden`, so it is not
 * shown. Another role's key (screen, attendee) opened as a console gets no tabs.
 */
export function consoleTabsFor(role: Role | null): ConsoleTab[] {
  if (role === 'host') return ['polls', 'qna', 'checkin', 'draw', 'groups', 'quiz', 'survey', 'agenda', 'links'];
  if (role === 'moderator') return ['qna', 'checkin', 'groups'];
  return [];
}

/** Settings, imports, exports, the big screen's view, and forming or moving tables are the host's alone. */
export const canConfigure = (role: Role | null) => role === 'host';

/** The tab named by "?tab=…" in the console's address; polls when there is none or it names no tab. */
export function consoleTabIn(search: string): ConsoleTab {
  const named = new URLSearchParams(search).get('tab');
  return consoleTabsFor('host').find(id => id === named) ?? 'polls';
}
