import type { Live } from '../../realtime/use-live';
import { CheckInDone } from './checkin-done';
import { CheckInForm } from './checkin-form';
import './checkin.css';

export type AttendeeCheckInProps = Pick<Live, 'myCheckIn' | 'invoke' | 'keepCheckIn'>;

/** The phone's check-in tab: the form until this phone has checked someone in, then the result (kept across reloads). */
export function AttendeeCheckIn({ myCheckIn, invoke, keepCheckIn }: AttendeeCheckInProps) {
  if (myCheckIn) return <CheckInDone result={myCheckIn} />;
  return <CheckInForm checkIn={request => invoke('CheckIn', request)} onCheckedIn={keepCheckIn} />;
}
