import type { PollView } from '@live/shared/realtime/types';

/**
 * The participation rate, as the server's Participation rule (Live.Domain/Polls) defines it: voters ÷ present, where
 * present is who is connected now while the poll is open and who was there when it closed once it is closed, and at
 * least the voters. Whole percent, or null when nobody was there.
 */
export function participationPercent(poll: Pick<PollView, 'status' | 'presentAtClose'>, voters: number, connectedNow: number): number | null {
  const connected = poll.status === 'closed' && poll.presentAtClose != null ? poll.presentAtClose : connectedNow;
  const present = Math.max(connected, voters, 0);
  return present === 0 ? null : Math.round((Math.max(voters, 0) * 100) / present);
}
