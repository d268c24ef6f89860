import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type ScheduledMeeting,
  checkWorkingDay,
  checkEmail,
  checkGpDecision,
  checkPlace,
  checkReachable,
  checkSchedule,
  overlapping,
  participantWindow,
} from './checks.js';
import { MEETING_STATUSES } from './state.js';

const minute = 60_000;
const now = new Date('2026-03-02T09:00:00Z');
const settings = { minDurationMinutes: 15, maxDurationMinutes: 240, maxDaysAhead: 365 };

describe('checkSchedule', () => {
  const ok = { startsAt: new Date('2026-03-10T08:00:00Z'), durationMinutes: 60, now, settings };

  it('accepts a meeting a week ahead lasting an hour', () => {
    expect(checkSchedule(ok)).toBeNull();
  });

  it('refuses a start at or before now, accepts one millisecond later', () => {
    expect(checkSchedule({ ...ok, startsAt: now })).toEqual({ code: 'MEETING_IN_PAST', field: 'startsAt' });
    expect(checkSchedule({ ...ok, startsAt: new Date(now.getTime() - minute) })).toMatchObject({ code: 'MEETING_IN_PAST' });
    expect(checkSchedule({ ...ok, startsAt: new Date(now.getTime() + 1) })).toBeNull();
  });

  it('refuses durations outside 15–240 minutes and fractions of a minute', () => {
    for (const d of [0, 14, 241, 30.5, -60]) expect(checkSchedule({ ...ok, durationMinutes: d })).toMatchObject({ code: 'MEETING_DURATION_INVALID', min: 15, max: 240 });
    for (const d of [15, 240]) expect(checkSchedule({ ...ok, durationMinutes: d })).toBeNull();
  });

  it('refuses a start more than 365 days ahead (calendar days in Oslo), accepts exactly 365', () => {
    const limit = new Date('2027-03-02T09:00:00Z'); // same Oslo wall time one year on
    expect(checkSchedule({ ...ok, startsAt: limit })).toBeNull();
    expect(checkSchedule({ ...ok, startsAt: new Date(limit.getTime() + 1) })).toEqual({ code: 'MEETING_TOO_FAR_AHEAD', field: 'startsAt', maxDaysAhead: 365 });
  });

  it('uses the defaults when no settings are given', () => {
    expect(checkSchedule({ startsAt: ok.startsAt, durationMinutes: 10, now })).toMatchObject({ code: 'MEETING_DURATION_INVALID' });
  });
});

describe('checkPlace', () => {
  it('needs a text for the workplace and other places, not for a NAV office or GP office', () => {
    expect(checkPlace({ kind: 'workplace' })).toMatchObject({ code: 'MEETING_PLACE_MISSING', field: 'place.text', kinds: ['workplace', 'other'] });
    expect(checkPlace({ kind: 'other', text: '   ' })).toMatchObject({ code: 'MEETING_PLACE_MISSING' });
    expect(checkPlace({ kind: 'other', text: 'Kantina, Storgata 1' })).toBeNull();
    expect(checkPlace({ kind: 'nav_office' })).toBeNull();
    expect(checkPlace({ kind: 'gp_office', text: null })).toBeNull();
  });

  it('needs an https link to a host without credentials for a video meeting', () => {
    expect(checkPlace({ kind: 'video' })).toEqual({ code: 'MEETING_VIDEO_LINK_MISSING', field: 'place.videoUrl' });
    expect(checkPlace({ kind: 'video', videoUrl: ' ' })).toMatchObject({ code: 'MEETING_VIDEO_LINK_MISSING' });
    for (const bad of ['http://video.nav.no/rom/1', 'ftp://video.nav.no', 'video.nav.no/rom', 'https://', 'https://ola:hemmelig@video.nav.no/rom', 'https://ola@video.nav.no', 'javascript:alert(1)']) {
      expect(checkPlace({ kind: 'video', videoUrl: bad }), bad).toMatchObject({ code: 'MEETING_VIDEO_LINK_NOT_HTTPS' });
    }
    expect(checkPlace({ kind: 'video', videoUrl: 'https://video.nav.no/rom/abc?pin=1234' })).toBeNull();
  });

  it('refuses a video link on a meeting that is not a video meeting', () => {
    expect(checkPlace({ kind: 'nav_office', videoUrl: 'https://video.nav.no/rom/1' })).toEqual({ code: 'MEETING_VIDEO_LINK_UNEXPECTED', field: 'place.videoUrl' });
    expect(checkPlace({ kind: 'workplace', text: 'Storgata 1', videoUrl: '' })).toBeNull();
  });
});

describe('checkEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const good of ['kari.nordmann@nav.no', 'ola+mote@firma.example.com', 'a_b-c@sub.domain.no']) expect(checkEmail(good), good).toBeNull();
  });

  it('refuses addresses without one @, without a dotted domain, with spaces, or too long', () => {
    const local64 = 'a'.repeat(64);
    for (const bad of ['', 'kari', 'kari@', '@nav.no', 'kari@nav', 'kari@@nav.no', 'ka ri@nav.no', 'kari@nav.no ', 'kari@na v.no', `${'a'.repeat(250)}@x.no`, `${local64}a@nav.no`]) {
      expect(checkEmail(bad), bad).toEqual({ code: 'MEETING_EMAIL_INVALID', field: 'email' });
    }
    expect(checkEmail(`${local64}@nav.no`)).toBeNull();
  });
});

describe('checkReachable', () => {
  it('needs a platform user or an e-mail address', () => {
    expect(checkReachable({})).toEqual({ code: 'MEETING_PARTICIPANT_UNREACHABLE' });
    expect(checkReachable({ userId: null, email: '  ' })).toEqual({ code: 'MEETING_PARTICIPANT_UNREACHABLE' });
    expect(checkReachable({ userId: 'u1' })).toBeNull();
    expect(checkReachable({ email: 'kari@nav.no' })).toBeNull();
  });
});

describe('checkGpDecision', () => {
  it('makes the adviser decide about the GP', () => {
    expect(checkGpDecision(undefined, 60)).toEqual({ code: 'MEETING_GP_DECISION_MISSING', field: 'gp' });
    expect(checkGpDecision(null, 60)).toMatchObject({ code: 'MEETING_GP_DECISION_MISSING' });
  });

  it('needs a reason of at least ten characters (trimmed) for not inviting the GP', () => {
    expect(checkGpDecision({ invite: false, reason: '   kort    ' }, 60)).toEqual({ code: 'MEETING_GP_REASON_MISSING', field: 'gp.reason', minLength: 10 });
    expect(checkGpDecision({ invite: false, reason: ' 123456789 ' }, 60)).toMatchObject({ code: 'MEETING_GP_REASON_MISSING' });
    expect(checkGpDecision({ invite: false, reason: 'Legen deltok i dialogmøte 1 nylig' }, 60)).toBeNull();
  });

  it('accepts the whole meeting or the last 5 to duration−1 minutes as whole minutes', () => {
    expect(checkGpDecision({ invite: true, part: { kind: 'whole' } }, 60)).toBeNull();
    for (const minutes of [5, 15, 59]) expect(checkGpDecision({ invite: true, part: { kind: 'last_minutes', minutes } }, 60)).toBeNull();
    for (const minutes of [0, 4, 60, 61, 10.5, Number.NaN]) {
      expect(checkGpDecision({ invite: true, part: { kind: 'last_minutes', minutes } }, 60), String(minutes)).toEqual({
        code: 'MEETING_GP_PART_INVALID',
        field: 'gp.part.minutes',
        min: 5,
        max: 59,
      });
    }
  });
});

describe('participantWindow', () => {
  const start = new Date('2026-12-10T08:00:00Z');

  it('gives the whole meeting, or its last N minutes', () => {
    expect(participantWindow(start, 60, { kind: 'whole' })).toEqual({ start, end: new Date('2026-12-10T09:00:00Z') });
    expect(participantWindow(start, 60)).toEqual({ start, end: new Date('2026-12-10T09:00:00Z') });
    expect(participantWindow(start, 60, { kind: 'last_minutes', minutes: 15 })).toEqual({ start: new Date('2026-12-10T08:45:00Z'), end: new Date('2026-12-10T09:00:00Z') });
  });

  it('property: the window lies inside the meeting, ends with it, and lasts min(N, duration)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (meetingStart, duration, n) => {
        const { start: s, end: e } = participantWindow(meetingStart, duration, { kind: 'last_minutes', minutes: n });
        const meetingEnd = meetingStart.getTime() + duration * minute;
        expect(e.getTime()).toBe(meetingEnd);
        expect(s.getTime()).toBeGreaterThanOrEqual(meetingStart.getTime());
        expect(e.getTime() - s.getTime()).toBe(Math.min(n, duration) * minute);
      }),
    );
  });
});

describe('overlapping', () => {
  const base = new Date('2026-12-10T08:00:00Z').getTime();
  const at = (offsetMinutes: number) => new Date(base + offsetMinutes * minute);
  const other = (id: string, offset: number, durationMinutes: number, status: ScheduledMeeting['status'] = 'invited'): ScheduledMeeting => ({
    id,
    startsAt: at(offset),
    durationMinutes,
    status,
  });

  it('finds a clash, not a meeting back to back before or after', () => {
    const candidate = { startsAt: at(60), durationMinutes: 60 };
    const others = [other('before', 0, 60), other('after', 120, 30), other('inside', 90, 15), other('around', 0, 180, 'new_time_place')];
    expect(overlapping(candidate, others).map((m) => m.id)).toEqual(['inside', 'around']);
  });

  it('ignores cancelled, completed and closed meetings, and the meeting itself when moved', () => {
    const candidate = { id: 'self', startsAt: at(0), durationMinutes: 60 };
    const others = MEETING_STATUSES.map((status) => other(status, 30, 60, status));
    expect(overlapping(candidate, others).map((m) => m.id)).toEqual(['invited', 'new_time_place']);
    expect(overlapping(candidate, [other('self', 0, 60)])).toEqual([]);
  });

  const meeting = fc.record({ offset: fc.integer({ min: -10_000, max: 10_000 }), duration: fc.integer({ min: 1, max: 600 }) });

  it('property: overlap is symmetric', () => {
    fc.assert(
      fc.property(meeting, meeting, (a, b) => {
        const ab = overlapping({ startsAt: at(a.offset), durationMinutes: a.duration }, [other('b', b.offset, b.duration)]).length;
        const ba = overlapping({ startsAt: at(b.offset), durationMinutes: b.duration }, [other('a', a.offset, a.duration)]).length;
        expect(ab).toBe(ba);
      }),
    );
  });

  it('property: back to back never overlaps, and a meeting always overlaps a copy of itself', () => {
    fc.assert(
      fc.property(meeting, fc.integer({ min: 1, max: 600 }), (a, nextDuration) => {
        const candidate = { startsAt: at(a.offset), durationMinutes: a.duration };
        expect(overlapping(candidate, [other('next', a.offset + a.duration, nextDuration)])).toEqual([]);
        expect(overlapping(candidate, [other('previous', a.offset - nextDuration, nextDuration)])).toEqual([]);
        expect(overlapping(candidate, [other('copy', a.offset, a.duration)])).toHaveLength(1);
      }),
    );
  });

  it('property: the GP\'s window of the last N minutes overlaps the meeting it belongs to', () => {
    fc.assert(
      fc.property(meeting, fc.integer({ min: 1, max: 600 }), (a, n) => {
        const w = participantWindow(at(a.offset), a.duration, { kind: 'last_minutes', minutes: n });
        const windowMinutes = (w.end.getTime() - w.start.getTime()) / minute;
        expect(overlapping({ startsAt: w.start, durationMinutes: windowMinutes }, [other('m', a.offset, a.duration)])).toHaveLength(1);
      }),
    );
  });
});

describe('checkWorkingDay', () => {
  const workingDays = (day: string) => !['2026-12-05', '2026-12-06', '2026-12-25'].includes(day);
  it('refuses a meeting on a weekend or public holiday, by the day in Oslo', () => {
    expect(checkWorkingDay(new Date('2026-12-05T09:00:00Z'), workingDays)).toEqual({ code: 'MEETING_NOT_A_WORKING_DAY', field: 'startsAt' });
    expect(checkWorkingDay(new Date('2026-12-25T09:00:00Z'), workingDays)?.code).toBe('MEETING_NOT_A_WORKING_DAY');
    expect(checkWorkingDay(new Date('2026-12-04T09:00:00Z'), workingDays)).toBeNull();
  });
  it('takes the day in Oslo, not in UTC: 23:30 UTC on Friday is Saturday in Oslo', () => {
    expect(checkWorkingDay(new Date('2026-12-04T23:30:00Z'), workingDays)?.code).toBe('MEETING_NOT_A_WORKING_DAY');
  });
});
