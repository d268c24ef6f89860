import { addDays, addMonths, format, parseISO } from 'date-fns';
import type { TeamJointCadence, TeamSessionKind } from '../../../platform/db/schema-teams.js';
import type { SessionFact } from './course-rules.js';
import { osloDate } from '../../../platform/oslo-date.js';

/**
 * When the next joint meeting (therapist, job specialist and participant together) is due: after
 * every fourth session, or monthly, as the team has chosen (report 003). Only a course with a job
 * specialist has joint meetings. A joint meeting booked ahead answers the cadence: nothing is due
 * while one is waiting.
 */
export const SESSIONS_BETWEEN_JOINT = 4;
/** The sessions that count towards the next joint meeting: the therapy itself, not joint or refresher hours. */
const COUNTED: ReadonlySet<TeamSessionKind> = new Set(['assessment', 'start', 'regular', 'end']);

export interface CadenceInput {
  cadence: TeamJointCadence;
  hasJobSpecialist: boolean;
  active: boolean;
  /** 'YYYY-MM-DD': the monthly rhythm counts from here until the first joint meeting is held. */
  startedOn: string;
  sessions: readonly SessionFact[];
  now: Date;
}

export type JointMeetingDue =
  | { applies: false }
  | { applies: true; cadence: 'every_4th_session'; due: boolean; bookedAt: Date | null; sessionsSinceJoint: number; sessionsLeft: number }
  | { applies: true; cadence: 'monthly'; due: boolean; bookedAt: Date | null; dueOn: string };

export function jointMeetingDue(input: CadenceInput): JointMeetingDue {
  if (!input.active || !input.hasJobSpecialist) return { applies: false };
  const lastJoint = latest(input.sessions.filter((s) => s.kind === 'joint' && s.status === 'held'));
  const booked = earliest(input.sessions.filter((s) => s.kind === 'joint' && s.status === 'booked' && s.startsAt.getTime() >= input.now.getTime()));
  const bookedAt = booked?.startsAt ?? null;
  if (input.cadence === 'every_4th_session') {
    const since = input.sessions.filter((s) => COUNTED.has(s.kind) && s.status === 'held' && (!lastJoint || s.startsAt.getTime() > lastJoint.startsAt.getTime())).length;
    return {
      applies: true,
      cadence: 'every_4th_session',
      due: since >= SESSIONS_BETWEEN_JOINT && !bookedAt,
      bookedAt,
      sessionsSinceJoint: since,
      sessionsLeft: Math.max(0, SESSIONS_BETWEEN_JOINT - since),
    };
  }
  const base = lastJoint ? osloDate(lastJoint.startsAt) : input.startedOn;
  const dueOn = format(addMonths(parseISO(base), 1), 'yyyy-MM-dd');
  return { applies: true, cadence: 'monthly', due: osloDate(input.now) >= dueOn && !bookedAt, bookedAt, dueOn };
}

const latest = (sessions: readonly SessionFact[]) => sessions.reduce<SessionFact | null>((best, s) => (!best || s.startsAt > best.startsAt ? s : best), null);
const earliest = (sessions: readonly SessionFact[]) => sessions.reduce<SessionFact | null>((best, s) => (!best || s.startsAt < best.startsAt ? s : best), null);

/**
 * The weekly review's flags for an active course (issue 8 §7): what the team should act on this
 * week. Each is a plain fact about the course, so the board can say why a course is flagged.
 */
export const FOLLOW_UPS = ['no_next_session', 'session_not_recorded', 'first_session_late', 'joint_meeting_due', 'end_mapping_missing', 'no_gp_update'] as const;
export type FollowUp = (typeof FOLLOW_UPS)[number];

/** A booked session still unrecorded this long after its start is overdue for recording. */
const RECORD_WITHIN_MS = 24 * 3_600_000;

export interface FollowUpFacts {
  cadence: TeamJointCadence;
  hasJobSpecialist: boolean;
  startedOn: string;
  /** When the team accepted the referral: the first-session target counts from here. */
  acceptedAt: Date;
  firstSessionTargetDays: number;
  sessions: readonly SessionFact[];
  /** A completed end round of "Funksjon i arbeid". */
  endMappingCompleted: boolean;
  /** The GP has had an update from the course (beyond the intake decision). */
  gpTold: boolean;
  now: Date;
}

export function overdueFollowUps(facts: FollowUpFacts): FollowUp[] {
  const now = facts.now.getTime();
  const live = facts.sessions.filter((s) => s.status !== 'cancelled');
  const held = live.filter((s) => s.status === 'held');
  const flags: FollowUp[] = [];
  if (!live.some((s) => s.status === 'booked' && s.startsAt.getTime() >= now)) flags.push('no_next_session');
  if (live.some((s) => s.status === 'booked' && s.startsAt.getTime() < now - RECORD_WITHIN_MS)) flags.push('session_not_recorded');
  // Only while the first session is still to come: once held, its waiting time is for the evaluation.
  if (held.length === 0) {
    const target = format(addDays(parseISO(osloDate(facts.acceptedAt)), facts.firstSessionTargetDays), 'yyyy-MM-dd');
    const first = earliest(live);
    if ((first ? osloDate(first.startsAt) : osloDate(facts.now)) > target) flags.push('first_session_late');
  }
  const joint = jointMeetingDue({ cadence: facts.cadence, hasJobSpecialist: facts.hasJobSpecialist, active: true, startedOn: facts.startedOn, sessions: facts.sessions, now: facts.now });
  if (joint.applies && joint.due) flags.push('joint_meeting_due');
  if (held.some((s) => s.kind === 'end') && !facts.endMappingCompleted) flags.push('end_mapping_missing');
  if (held.length > 0 && !facts.gpTold) flags.push('no_gp_update');
  return flags;
}
