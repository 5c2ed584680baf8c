/**
 * What this browser remembers. The device token lives in localStorage so the device keeps its id (and its
 * ballots) across reloads and sessions; clearing the browser makes a new device.
 */
export interface AttendeeRecord { attendeeToken: string; nickname: string | null; mode: 'onsite' | 'online' }

const read = <T,>(storage: Storage, key: string): T | null => {
  try { return JSON.parse(storage.getItem(key) ?? 'null') as T | null; } catch { return null; }
};

export const storage = {
  deviceToken: () => localStorage.getItem('live.deviceToken'),
  setDeviceToken: (token: string) => localStorage.setItem('live.deviceToken', token),
  attendee: (code: string) => read<AttendeeRecord>(localStorage, `live.attendee.${code}`),
  setAttendee: (code: string, record: AttendeeRecord) => localStorage.setItem(`live.attendee.${code}`, JSON.stringify(record)),
  forgetAttendee: (code: string) => localStorage.removeItem(`live.attendee.${code}`),
  hostKey: (code: string) => sessionStorage.getItem(`live.host.${code}`),
  setHostKey: (code: string, key: string) => sessionStorage.setItem(`live.host.${code}`, key),
  screenKey: (code: string) => sessionStorage.getItem(`live.screen.${code}`),
  setScreenKey: (code: string, key: string) => sessionStorage.setItem(`live.screen.${code}`, key),
};

/** The host key from "#key=…", remembered for this tab so a reload without the fragment still works. */
export function hostKeyFor(code: string, hash: string): string | null {
  const fromHash = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  if (fromHash) storage.setHostKey(code, fromHash);
  return fromHash || storage.hostKey(code);
}
