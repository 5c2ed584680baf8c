import type { CheckInView } from '@live/shared/realtime/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { CheckInExport } from './checkin-export';
import { CheckInFigures } from './checkin-figures';
import { CheckInSettingsPanel } from './checkin-settings';
import { RosterImport } from './roster-import';
import { StaffCheckIn } from './staff-checkin';
import './checkin.css';

export interface ConsoleCheckInProps {
  code: string;
  hostKey: string;
  /** The host changes settings, imports and exports; a moderator (door staff) has the figures and the desk only. */
  canConfigure?: boolean;
  checkins: CheckInView | null;
  invoke: Invoke;
}

/** The console's check-in tab: figures, settings, import and export on the left; the staff desk on the right. */
export function ConsoleCheckIn({ code, hostKey, canConfigure = true, checkins, invoke }: ConsoleCheckInProps) {
  return (
    <main className="console checkin-console">
      <aside className="stack">
        <CheckInFigures view={checkins} />
        {canConfigure && (
          <>
            <CheckInSettingsPanel view={checkins} invoke={invoke} />
            <RosterImport code={code} hostKey={hostKey} />
            <CheckInExport code={code} hostKey={hostKey} />
          </>
        )}
      </aside>
      <StaffCheckIn invoke={invoke} version={checkins?.version} />
    </main>
  );
}
