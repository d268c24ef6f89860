/** Times are Norwegian time wherever the browser is: the meetings' and the on-call rota's helpers are reused. */
import { addDaysIso, localToIso, normaliseTime, osloToday, weekdayOfIso } from '../reachability/format';
import { INVALID_DATE } from '../dialogue/components/DateField';
import type { MemberRole, SickLeaveStatus, WorkStatus } from './types';

export { addDaysIso, formatRange, formatTime, osloToday } from '../reachability/format';
export { osloDate, osloTime } from '../meetings/format';
export { newIdempotencyKey } from '../dialogue/format';

export const SESSION_DURATIONS = [30, 45, 60, 75, 90, 120] as const;

/** The team roles that treat (the consent's `therapist` side): they take people in and run the course. */
export const TREATING_ROLES: ReadonlySet<MemberRole> = new Set(['team_lead', 'cognitive_therapist', 'nurse', 'resource_doctor', 'other']);

/** A date (`YYYY-MM-DD`, `''` or `'invalid'`) and a typed time → the instant, or which part is wrong. */
export function instantFrom(date: string, time: string): { startsAt: string | null; dateBad: boolean; timeBad: boolean } {
  const dateBad = date === '' || date === INVALID_DATE;
  const normal = normaliseTime(time);
  const startsAt = !dateBad && normal ? localToIso(date, normal) : null;
  return { startsAt, dateBad: dateBad || (normal !== null && startsAt === null), timeBad: normal === null };
}

/** The work status at the start, from the sick leave copied onto the referral (the team can change it). */
export function workStatusFromSickLeave(status: SickLeaveStatus | undefined): WorkStatus {
  if (status === 'sick_listed_full') return 'sick_listed_full';
  if (status === 'sick_listed_graded') return 'working_graded';
  return 'at_risk';
}

export const isToday = (date: string) => date === osloToday();

/** The first weekday (Monday–Friday) after `date`: a first session is offered from the next working day. */
export function nextWeekday(date: string): string {
  let next = addDaysIso(date, 1);
  while (weekdayOfIso(next) > 5) next = addDaysIso(next, 1);
  return next;
}
