import { describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../../platform/working-days.js';
import { findOverlap, generateSeries, osloInstant, type SeriesSpec } from './series.js';

const firstWednesday: SeriesSpec = {
  rule: { pattern: 'monthly_weekday', weekday: 3, week: 1 },
  firstDate: '2026-01-01',
  count: 6,
  startTime: '18:00',
  durationMinutes: 90,
  holidays: 'move',
};

const sessionsOf = (spec: SeriesSpec) => {
  const result = generateSeries(spec);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result.sessions;
};

describe('series generation', () => {
  it('gives the first Wednesday of each month, numbered in order', () => {
    const sessions = sessionsOf(firstWednesday);
    expect(sessions.map((s) => s.date)).toEqual(['2026-01-07', '2026-02-04', '2026-03-04', '2026-04-01', '2026-05-06', '2026-06-03']);
    expect(sessions.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps 18.00 Oslo time across the change to summer time (UTC moves an hour)', () => {
    const sessions = sessionsOf(firstWednesday);
    expect(sessions[2]!.startsAt.toISOString()).toBe('2026-03-04T17:00:00.000Z'); // CET, +01:00
    expect(sessions[3]!.startsAt.toISOString()).toBe('2026-04-01T16:00:00.000Z'); // CEST, +02:00
    expect(sessions[3]!.endsAt.toISOString()).toBe('2026-04-01T17:30:00.000Z');
  });

  it('keeps the wall-clock time when an every-4-weeks series crosses the end of summer time', () => {
    const sessions = sessionsOf({ ...firstWednesday, rule: { pattern: 'every_n_weeks', intervalWeeks: 4 }, firstDate: '2026-10-07', count: 2, startTime: '08:30' });
    expect(sessions.map((s) => s.date)).toEqual(['2026-10-07', '2026-11-04']);
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual(['2026-10-07T06:30:00.000Z', '2026-11-04T07:30:00.000Z']);
  });

  it('does not start before the first date: a first date after the month\'s first Wednesday starts next month', () => {
    expect(sessionsOf({ ...firstWednesday, firstDate: '2026-01-08', count: 1 })[0]!.date).toBe('2026-02-04');
  });

  it('supports the last weekday of the month', () => {
    const sessions = sessionsOf({ ...firstWednesday, rule: { pattern: 'monthly_weekday', weekday: 4, week: -1 }, count: 3 });
    expect(sessions.map((s) => s.date)).toEqual(['2026-01-29', '2026-02-26', '2026-03-26']);
  });

  describe('public holidays', () => {
    // Ascension Day 2026 is Thursday 14 May; 1 May 2030 is a Wednesday.
    const ascension: SeriesSpec = { ...firstWednesday, rule: { pattern: 'monthly_weekday', weekday: 4, week: 2 }, firstDate: '2026-04-01', count: 3 };
    const mayDay: SeriesSpec = { ...firstWednesday, firstDate: '2030-04-01', count: 3 };

    it("'move' moves a session on a public holiday to the next working day and says from where", () => {
      const sessions = sessionsOf(mayDay);
      expect(sessions.map((s) => s.date)).toEqual(['2030-04-03', '2030-05-02', '2030-06-05']);
      expect(sessions[1]!.movedFrom).toBe('2030-05-01');
      expect(sessions[1]!.startsAt.toISOString()).toBe('2030-05-02T16:00:00.000Z');
    });

    it("'move' passes over a long weekend to the next working day", () => {
      const sessions = sessionsOf(ascension);
      expect(sessions.map((s) => s.date)).toEqual(['2026-04-09', '2026-05-15', '2026-06-11']);
    });

    it("'skip' drops the holiday and takes the rule's next date, so the series keeps its length", () => {
      const sessions = sessionsOf({ ...mayDay, holidays: 'skip' });
      expect(sessions.map((s) => s.date)).toEqual(['2030-04-03', '2030-06-05', '2030-07-03']);
      expect(sessions.every((s) => s.movedFrom === undefined)).toBe(true);
    });

    it("'keep' ignores holidays", () => {
      expect(sessionsOf({ ...mayDay, holidays: 'keep' }).map((s) => s.date)).toEqual(['2030-04-03', '2030-05-01', '2030-06-05']);
    });

    it('never puts a session on a public holiday unless told to keep them', () => {
      for (const holidays of ['move', 'skip'] as const) {
        const sessions = sessionsOf({ ...firstWednesday, rule: { pattern: 'every_n_weeks', intervalWeeks: 1 }, firstDate: '2026-12-23', count: 10, holidays });
        expect(sessions).toHaveLength(10);
        expect(sessions.filter((s) => !isWorkingDay(s.date))).toEqual([]);
      }
    });
  });

  it('finds overlapping spans and names them in time order', () => {
    const at = (h: number) => osloInstant('2026-02-04', `${String(h).padStart(2, '0')}:00`);
    expect(findOverlap([{ startsAt: at(10), endsAt: at(12) }, { startsAt: at(12), endsAt: at(13) }])).toBeNull();
    expect(findOverlap([{ startsAt: at(14), endsAt: at(15) }, { startsAt: at(10), endsAt: at(12) }, { startsAt: at(11), endsAt: at(13) }])).toEqual([1, 2]);
    expect(findOverlap([{ startsAt: at(8), endsAt: at(20) }, { startsAt: at(9), endsAt: at(10) }, { startsAt: at(15), endsAt: at(16) }])).toEqual([0, 1]);
  });

  it.each([
    [{ count: 0 }, 'count'],
    [{ count: 25 }, 'count'],
    [{ startTime: '24:00' }, 'startTime'],
    [{ durationMinutes: 5 }, 'durationMinutes'],
    [{ firstDate: '2026-02-30x' }, 'firstDate'],
    [{ rule: { pattern: 'monthly_weekday', weekday: 6, week: 1 } }, 'rule.weekday'],
    [{ rule: { pattern: 'every_n_weeks', intervalWeeks: 0 } }, 'rule.intervalWeeks'],
  ] as const)('refuses a bad rule: %j', (change, field) => {
    const result = generateSeries({ ...firstWednesday, ...(change as Partial<SeriesSpec>) });
    expect(result).toEqual({ ok: false, problem: { code: 'ARENA_SETTINGS_INVALID', field } });
  });
});
