/**
 * Rules for the sessions of an annual joint meeting or a PKO-NAV meeting place (issue 10 point
 * 4): each ends after it starts and lasts at most a day, none overlaps another, and a session in
 * the evening is allowed only when the arena says so (GPs often can meet only after surgery
 * hours, so many areas hold these in the evening; some prefer not to). Pure.
 */
import { TZDate } from '@date-fns/tz';
import { NAV_ROLES, type Role } from '../../../../platform/access/roles.js';
import { OSLO_ZONE } from '../../../../platform/oslo-date.js';
import type { ProposalSide } from '../../../../platform/db/schema-arena-outreach.js';

export interface SessionTimes {
  startsAt: Date;
  endsAt: Date;
}

/** Evening starts here, Oslo time: after a GP office's day (they close at 15:00–16:00). */
export const EVENING_FROM_MINUTES = 17 * 60;
const DAY_MS = 86_400_000;

const osloMinutes = (at: Date) => {
  const local = new TZDate(at.getTime(), OSLO_ZONE);
  return local.getHours() * 60 + local.getMinutes();
};
const osloDay = (at: Date) => new TZDate(at.getTime(), OSLO_ZONE).toDateString();

/** A session reaching past 17:00 in Oslo (or past midnight) is an evening session. */
export function isEvening(session: SessionTimes): boolean {
  if (osloDay(session.startsAt) !== osloDay(session.endsAt)) return true;
  return osloMinutes(session.endsAt) > EVENING_FROM_MINUTES || osloMinutes(session.startsAt) >= EVENING_FROM_MINUTES;
}

export type SessionProblem =
  | { code: 'ARENA_SESSIONS_MISSING' }
  | { code: 'ARENA_SESSION_TIME_INVALID'; index: number }
  | { code: 'ARENA_SESSIONS_OVERLAP'; first: number; second: number }
  | { code: 'ARENA_EVENING_NOT_ALLOWED'; index: number };

/** Checks a set of sessions (indexes as given); null when they may be stored. */
export function checkSessions(sessions: readonly SessionTimes[], settings: { eveningSlots: boolean }): SessionProblem | null {
  if (sessions.length === 0) return { code: 'ARENA_SESSIONS_MISSING' };
  for (const [index, s] of sessions.entries()) {
    const length = s.endsAt.getTime() - s.startsAt.getTime();
    if (!(length > 0 && length <= DAY_MS)) return { code: 'ARENA_SESSION_TIME_INVALID', index };
  }
  const order = sessions.map((s, index) => ({ ...s, index })).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!;
    const after = order[i]!;
    if (after.startsAt.getTime() < before.endsAt.getTime()) return { code: 'ARENA_SESSIONS_OVERLAP', first: Math.min(before.index, after.index), second: Math.max(before.index, after.index) };
  }
  if (!settings.eveningSlots) {
    const evening = sessions.findIndex(isEvening);
    if (evening >= 0) return { code: 'ARENA_EVENING_NOT_ALLOWED', index: evening };
  }
  return null;
}

/** The side a proposal comes from: NAV staff propose for NAV, everyone else (GPs, PKO, municipal physicians) for the GPs. */
export function sideOf(role: Role): ProposalSide {
  return NAV_ROLES.has(role) ? 'nav' : 'gp';
}

/** The settings of a joint meeting or meeting place, read from the arena's `settings` with defaults. */
export interface JointMeetingSettings {
  eveningSlots: boolean;
  countsTowardsSpecialisation: boolean;
  specialisationNote: string;
}

export function jointMeetingSettings(settings: Record<string, unknown>): JointMeetingSettings {
  return {
    eveningSlots: settings.eveningSlots === true,
    countsTowardsSpecialisation: settings.countsTowardsSpecialisation === true,
    specialisationNote: typeof settings.specialisationNote === 'string' ? settings.specialisationNote : '',
  };
}
