import { describe, expect, it } from 'vitest';
import type { TeamSessionKind, TeamSessionStatus } from '../../../platform/db/schema-teams.js';
import { jointMeetingDue, overdueFollowUps, type FollowUpFacts } from './cadence.js';
import type { SessionFact } from './course-rules.js';
import { osloDate } from '../../../platform/oslo-date.js';

const NOW = new Date('2026-04-15T10:00:00Z');
const days = (d: number) => new Date(NOW.getTime() + d * 86_400_000);
const s = (kind: TeamSessionKind, day: number, status: TeamSessionStatus = 'held'): SessionFact => ({ kind, status, startsAt: days(day) });
const base = { hasJobSpecialist: true, active: true, startedOn: '2026-03-01', now: NOW };

describe('the joint-meeting cadence', () => {
  it('applies only to an active course with a job specialist', () => {
    expect(jointMeetingDue({ ...base, cadence: 'every_4th_session', hasJobSpecialist: false, sessions: [] })).toEqual({ applies: false });
    expect(jointMeetingDue({ ...base, cadence: 'monthly', active: false, sessions: [] })).toEqual({ applies: false });
  });

  it('is due after every fourth therapy session since the last joint meeting, unless one is booked', () => {
    const four = [s('assessment', -40), s('start', -33), s('regular', -26), s('regular', -19)];
    expect(jointMeetingDue({ ...base, cadence: 'every_4th_session', sessions: four.slice(0, 3) })).toMatchObject({ applies: true, due: false, sessionsLeft: 1 });
    expect(jointMeetingDue({ ...base, cadence: 'every_4th_session', sessions: four })).toMatchObject({ due: true, sessionsSinceJoint: 4, sessionsLeft: 0 });
    expect(jointMeetingDue({ ...base, cadence: 'every_4th_session', sessions: [...four, s('joint', 3, 'booked')] })).toMatchObject({ due: false, bookedAt: days(3) });
    // A held joint meeting starts the count again; missed and cancelled sessions do not count.
    const after = [...four, s('joint', -12), s('regular', -5), s('regular', -4, 'missed'), s('regular', -3, 'cancelled')];
    expect(jointMeetingDue({ ...base, cadence: 'every_4th_session', sessions: after })).toMatchObject({ due: false, sessionsSinceJoint: 1, sessionsLeft: 3 });
  });

  it('is due a month after the start, then a month after each joint meeting', () => {
    expect(jointMeetingDue({ ...base, cadence: 'monthly', sessions: [] })).toMatchObject({ due: true, dueOn: '2026-04-01' });
    expect(jointMeetingDue({ ...base, cadence: 'monthly', sessions: [s('joint', -10)] })).toMatchObject({ due: false, dueOn: osloDate(new Date(days(-10).getTime() + 30 * 86_400_000)) });
    expect(jointMeetingDue({ ...base, cadence: 'monthly', sessions: [s('joint', 20, 'booked')] })).toMatchObject({ due: false, dueOn: '2026-04-01' });
  });
});

describe('the weekly review’s overdue follow-ups', () => {
  const facts = (overrides: Partial<FollowUpFacts>): FollowUpFacts => ({
    cadence: 'every_4th_session',
    hasJobSpecialist: false,
    startedOn: '2026-04-01',
    acceptedAt: days(-14),
    firstSessionTargetDays: 7,
    sessions: [],
    endMappingCompleted: false,
    gpTold: false,
    now: NOW,
    ...overrides,
  });

  it('flags a course with nothing booked ahead, and a first session later than the target', () => {
    expect(overdueFollowUps(facts({}))).toEqual(['no_next_session', 'first_session_late']);
    expect(overdueFollowUps(facts({ acceptedAt: days(-2), sessions: [s('assessment', 3, 'booked')] }))).toEqual([]);
    expect(overdueFollowUps(facts({ acceptedAt: days(-2), sessions: [s('assessment', 9, 'booked')] }))).toEqual(['first_session_late']);
  });

  it('flags a booked session left unrecorded a day after it, a missing end mapping and a GP not told since the start', () => {
    const sessions = [s('assessment', -13), s('start', -6), s('end', -3), s('regular', -2, 'booked'), s('refresher', 30, 'booked')];
    expect(overdueFollowUps(facts({ sessions }))).toEqual(['session_not_recorded', 'end_mapping_missing', 'no_gp_update']);
    expect(overdueFollowUps(facts({ sessions, endMappingCompleted: true, gpTold: true }))).toEqual(['session_not_recorded']);
  });

  it('flags a joint meeting due by the cadence when the job specialist is on the course', () => {
    const sessions = [s('assessment', -30), s('start', -23), s('regular', -16), s('regular', -9), s('regular', 5, 'booked')];
    expect(overdueFollowUps(facts({ sessions, gpTold: true }))).toEqual([]);
    expect(overdueFollowUps(facts({ sessions, gpTold: true, hasJobSpecialist: true }))).toEqual(['joint_meeting_due']);
  });
});
