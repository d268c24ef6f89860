/**
 * Dialogue-meeting KPIs' rules (issue 12 point 1; report 001: the GP's time is the scarcest, so
 * meetings at the GP office and the GP joining only the last minutes are what the report asks
 * for). A meeting counts once held — NAV's meetings completed or closed, meeting 1 registered
 * with its day — in the month it was held.
 *
 * - meetings_gp_invited: NAV's held meetings (2, 3, AAP); a hit when the GP was invited.
 * - meetings_gp_attended: held meetings the GP was invited to (NAV's) or where the employer said
 *   whether the GP took part (meeting 1); a hit when the GP took part.
 * - meetings_at_gp_office: NAV's held meetings; a hit when held at the GP office.
 * - meetings_gp_partial: NAV's held meetings the GP attended; a hit when only for the last minutes.
 * The GP's own figure gp_meeting_attended: NAV's held meetings they were invited to, attended.
 */
import { osloDate } from '../../../platform/oslo-date.js';
import { monthStart, type Contribution } from './tally.js';

export interface MeetingRecord {
  kind: 'dm1' | 'dm2' | 'dm3' | 'aap';
  status: 'invited' | 'new_time_place' | 'cancelled' | 'completed' | 'closed';
  startsAt: Date;
  heldOn: string | null;
  placeKind: 'nav_office' | 'gp_office' | 'workplace' | 'video' | 'other';
  gpInvited: boolean | null;
  gpTookPart: boolean | null;
  gpPersonId: string | null;
  /** The GP's participant row in NAV's meetings, if any. */
  gpAttended: boolean | null;
  gpLastMinutes: number | null;
}

export const MEETING_METRICS = ['meetings_gp_invited', 'meetings_gp_attended', 'meetings_at_gp_office', 'meetings_gp_partial'] as const;

export function meetingDay(m: MeetingRecord): string | null {
  if (m.kind === 'dm1') return m.heldOn;
  return m.status === 'completed' || m.status === 'closed' ? osloDate(m.startsAt) : null;
}

export function meetingContributions(m: MeetingRecord): Contribution[] {
  const day = meetingDay(m);
  if (!day) return [];
  const month = monthStart(day);
  if (m.kind === 'dm1') return m.gpTookPart === null ? [] : [{ metric: 'meetings_gp_attended', month, hit: m.gpTookPart }];
  const out: Contribution[] = [
    { metric: 'meetings_gp_invited', month, hit: m.gpInvited === true },
    { metric: 'meetings_at_gp_office', month, hit: m.placeKind === 'gp_office' },
  ];
  if (m.gpInvited) {
    const attended = m.gpAttended === true;
    out.push({ metric: 'meetings_gp_attended', month, hit: attended });
    if (m.gpPersonId) out.push({ metric: 'gp_meeting_attended', month, hit: attended, gpPersonId: m.gpPersonId });
    if (attended) out.push({ metric: 'meetings_gp_partial', month, hit: m.gpLastMinutes !== null });
  }
  return out;
}
