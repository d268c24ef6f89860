import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TeamSessionKind, TeamSessionStatus } from '../../../platform/db/schema-teams.js';
import {
  cancelledByClosure,
  checkBudget,
  checkClose,
  checkJobSpecialistJoins,
  checkNewSession,
  checkSessionChange,
  refreshersUsed,
  regularUsed,
  SESSION_KINDS,
  type CourseFacts,
  type SessionFact,
} from './course-rules.js';

const NOW = new Date('2026-03-02T09:00:00Z');
const hours = (h: number) => new Date(NOW.getTime() + h * 3_600_000);
const TEAM = { refresherLimit: 5, gpJoinsLastMinutes: 15 };
const session = (kind: TeamSessionKind, at: number, status: TeamSessionStatus = 'held'): SessionFact => ({ kind, status, startsAt: hours(at) });
const course = (sessions: SessionFact[] = [], overrides: Partial<CourseFacts> = {}): CourseFacts => ({ status: 'active', sessionBudget: 10, sessions, ...overrides });
const book = (facts: CourseFacts, kind: TeamSessionKind, at: number, extra: Record<string, unknown> = {}) => checkNewSession(facts, TEAM, { kind, startsAt: hours(at), durationMinutes: 60, ...extra }, NOW);

describe('booking a session', () => {
  it('books a future session as booked, and registers a past one as held only with a reason', () => {
    expect(book(course(), 'regular', 24)).toEqual({ ok: true, status: 'booked', gpLastMinutes: null, pastReason: null });
    expect(book(course(), 'regular', -24)).toEqual({ ok: false, code: 'TEAM_SESSION_IN_PAST_REASON_MISSING' });
    expect(book(course(), 'regular', -24, { pastReason: '   ' })).toMatchObject({ code: 'TEAM_SESSION_IN_PAST_REASON_MISSING' });
    expect(book(course(), 'regular', -24, { pastReason: ' Registrert etter systemstans ' })).toEqual({ ok: true, status: 'held', gpLastMinutes: null, pastReason: 'Registrert etter systemstans' });
  });

  it('invites the GP to the last minutes of start and end sessions by the team default, and to nothing else', () => {
    expect(book(course(), 'start', 24)).toMatchObject({ ok: true, gpLastMinutes: 15 });
    expect(book(course(), 'end', 24, { gpLastMinutes: 20 })).toMatchObject({ ok: true, gpLastMinutes: 20 });
    expect(book(course(), 'start', 24, { gpLastMinutes: null })).toMatchObject({ ok: true, gpLastMinutes: null });
    expect(book(course(), 'regular', 24, { gpLastMinutes: 15 })).toMatchObject({ code: 'TEAM_SESSION_GP_ONLY_START_END' });
    expect(book(course(), 'start', 24, { gpLastMinutes: 90 })).toMatchObject({ code: 'TEAM_SESSION_GP_MINUTES_TOO_LONG' });
  });

  it('has one assessment, start and end session per course, unless the earlier one was cancelled', () => {
    expect(book(course([session('start', -48)]), 'start', 24)).toMatchObject({ code: 'TEAM_SESSION_KIND_TAKEN' });
    expect(book(course([session('start', -48, 'cancelled')]), 'start', 24)).toMatchObject({ ok: true });
    expect(book(course([session('joint', -48)]), 'joint', 24)).toMatchObject({ ok: true });
  });

  it('refuses regular sessions beyond the budget, counting missed ones but not cancelled ones', () => {
    const used = [session('regular', -72), session('regular', -48, 'missed'), session('regular', -24, 'cancelled')];
    expect(book(course(used, { sessionBudget: 2 }), 'regular', 24)).toEqual({ ok: false, code: 'TEAM_SESSION_BUDGET_EXCEEDED', details: { budget: 2, used: 2 } });
    expect(book(course(used, { sessionBudget: 3 }), 'regular', 24)).toMatchObject({ ok: true });
    // Joint meetings and the end are outside the regular budget.
    expect(book(course(used, { sessionBudget: 2 }), 'joint', 24)).toMatchObject({ ok: true });
  });

  it('books refreshers only after the end session or on a completed course, up to the limit', () => {
    expect(book(course(), 'refresher', 24)).toMatchObject({ code: 'TEAM_REFRESHER_NOT_YET' });
    const ended = [session('end', 48, 'booked')];
    expect(book(course(ended), 'refresher', 24)).toMatchObject({ code: 'TEAM_REFRESHER_NOT_YET' });
    expect(book(course(ended), 'refresher', 72)).toMatchObject({ ok: true });
    expect(book(course([], { status: 'completed' }), 'refresher', 72)).toMatchObject({ ok: true });
    const five = Array.from({ length: 5 }, (_, i) => session('refresher', -100 + i));
    expect(book(course(five, { status: 'completed' }), 'refresher', 72)).toEqual({ ok: false, code: 'TEAM_REFRESHER_LIMIT_REACHED', details: { limit: 5, used: 5 } });
    expect(book(course([], { status: 'dropped_out' }), 'refresher', 72)).toMatchObject({ code: 'TEAM_COURSE_CLOSED' });
  });

  it('books nothing but refreshers on a closed course', () => {
    for (const kind of SESSION_KINDS.filter((k) => k !== 'refresher')) {
      expect(book(course([], { status: 'completed' }), kind, 24), kind).toMatchObject({ code: 'TEAM_COURSE_CLOSED' });
    }
  });

  it('never lets the budget or the refresher limit be passed, whatever is booked in whatever order (property)', () => {
    const step = fc.record({ kind: fc.constantFrom(...SESSION_KINDS), at: fc.integer({ min: -500, max: 500 }), cancelLater: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom<CourseFacts['status']>('active', 'completed'), (steps, budget, status) => {
        const sessions: SessionFact[] = [];
        for (const s of steps) {
          const verdict = checkNewSession({ status, sessionBudget: budget, sessions }, TEAM, { kind: s.kind, startsAt: hours(s.at), durationMinutes: 60, pastReason: 'etterregistrert' }, NOW);
          if (verdict.ok) sessions.push({ kind: s.kind, status: s.cancelLater ? 'cancelled' : verdict.status, startsAt: hours(s.at) });
        }
        expect(regularUsed(sessions)).toBeLessThanOrEqual(budget);
        expect(refreshersUsed(sessions)).toBeLessThanOrEqual(TEAM.refresherLimit);
        if (status !== 'active') expect(sessions.every((s) => s.kind === 'refresher')).toBe(true);
      }),
    );
  });
});

describe('changing a session', () => {
  it('records held or missed only once the session has started, and keeps a cancelled one cancelled', () => {
    expect(checkSessionChange('active', session('regular', 24, 'booked'), { status: 'held' }, NOW)).toMatchObject({ code: 'TEAM_SESSION_NOT_YET_HELD' });
    expect(checkSessionChange('active', session('regular', -1, 'booked'), { status: 'held' }, NOW)).toEqual({ ok: true });
    expect(checkSessionChange('active', session('regular', -1, 'cancelled'), { status: 'booked' }, NOW)).toMatchObject({ code: 'TEAM_SESSION_CANCELLED' });
  });

  it('moves a session into the past only with a reason, and changes only refreshers on a closed course', () => {
    expect(checkSessionChange('active', session('regular', 24, 'booked'), { startsAt: hours(-3) }, NOW)).toMatchObject({ code: 'TEAM_SESSION_IN_PAST_REASON_MISSING' });
    expect(checkSessionChange('active', session('regular', 24, 'booked'), { startsAt: hours(-3), pastReason: 'Flyttet, glemt å registrere' }, NOW)).toEqual({ ok: true });
    expect(checkSessionChange('completed', session('regular', -24), { status: 'missed' }, NOW)).toMatchObject({ code: 'TEAM_COURSE_CLOSED' });
    expect(checkSessionChange('completed', session('refresher', -24, 'booked'), { status: 'held' }, NOW)).toEqual({ ok: true });
  });
});

describe('the budget, closing and the job specialist', () => {
  it('lets the team raise the budget, and lower it no further than what is used', () => {
    const used = course([session('regular', -48), session('regular', -24)], { sessionBudget: 2 });
    expect(checkBudget(used, 15)).toEqual({ ok: true });
    expect(checkBudget(used, 1)).toEqual({ ok: false, code: 'TEAM_BUDGET_BELOW_USED', details: { budget: 1, used: 2 } });
  });

  it('closes a completed course only with the whole final report and a work status, a dropped-out one only with a reason', () => {
    expect(checkClose('active', { outcome: 'completed', workStatusEnd: 'working_full' }, ['recommendations'])).toEqual({ ok: false, code: 'TEAM_FINAL_REPORT_MISSING', details: { missing: ['recommendations'] } });
    expect(checkClose('active', { outcome: 'completed' }, [])).toMatchObject({ code: 'TEAM_WORK_STATUS_END_MISSING' });
    expect(checkClose('active', { outcome: 'completed', workStatusEnd: 'working_full' }, [])).toEqual({ ok: true });
    expect(checkClose('active', { outcome: 'dropped_out', reason: ' ' }, [])).toMatchObject({ code: 'TEAM_CLOSE_REASON_MISSING' });
    expect(checkClose('active', { outcome: 'dropped_out', reason: 'Flyttet' }, [])).toEqual({ ok: true });
    expect(checkClose('completed', { outcome: 'dropped_out', reason: 'Flyttet' }, [])).toMatchObject({ code: 'TEAM_COURSE_CLOSED' });
    expect(checkClose('active', { outcome: 'completed', workStatusEnd: 'working_full' }, [], ['s1'])).toEqual({ ok: false, code: 'TEAM_SESSIONS_UNRECORDED', details: { sessions: ['s1'] } });
    expect(checkClose('active', { outcome: 'dropped_out', reason: 'Flyttet' }, [], ['s1'])).toMatchObject({ code: 'TEAM_SESSIONS_UNRECORDED' });
  });

  it('cancels at closure what is still booked ahead, but never refreshers or what has been', () => {
    const sessions = [session('regular', -24), session('regular', 24, 'booked'), session('refresher', 500, 'booked'), session('regular', -2, 'booked')];
    expect(cancelledByClosure(sessions, NOW)).toEqual([sessions[1]]);
  });

  it('lets the job specialist join within the caseload, when the consent names them', () => {
    const facts = { courseStatus: 'active' as const, consentNamesJobSpecialist: true, isJobSpecialist: true, activeCaseload: 19, caseloadLimit: 20 };
    expect(checkJobSpecialistJoins(facts)).toEqual({ ok: true });
    expect(checkJobSpecialistJoins({ ...facts, activeCaseload: 20 })).toEqual({ ok: false, code: 'TEAM_JOB_SPECIALIST_CASELOAD_FULL', details: { caseload: 20, limit: 20 } });
    expect(checkJobSpecialistJoins({ ...facts, consentNamesJobSpecialist: false })).toMatchObject({ code: 'TEAM_CONSENT_SCOPE_MISSING' });
    expect(checkJobSpecialistJoins({ ...facts, isJobSpecialist: false })).toMatchObject({ code: 'TEAM_MEMBER_NOT_JOB_SPECIALIST' });
    expect(checkJobSpecialistJoins({ ...facts, courseStatus: 'completed' })).toMatchObject({ code: 'TEAM_COURSE_CLOSED' });
  });
});
