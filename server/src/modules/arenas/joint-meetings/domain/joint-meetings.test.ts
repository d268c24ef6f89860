import { describe, expect, it } from 'vitest';
import { checkSessions, isEvening, jointMeetingSettings, sideOf } from './sessions.js';
import { countByBand, median, percent, weekBand } from './statistics.js';

// Oslo is UTC+1 in winter, UTC+2 in summer.
const winter = (hhmm: string) => new Date(`2026-01-15T${hhmm}:00+01:00`);
const summer = (hhmm: string) => new Date(`2026-06-11T${hhmm}:00+02:00`);

describe('joint meeting sessions', () => {
  it('calls a session reaching past 17:00 Oslo time an evening session, in winter and in summer', () => {
    expect(isEvening({ startsAt: winter('12:00'), endsAt: winter('15:30') })).toBe(false);
    expect(isEvening({ startsAt: winter('15:00'), endsAt: winter('17:00') })).toBe(false);
    expect(isEvening({ startsAt: winter('18:00'), endsAt: winter('20:00') })).toBe(true);
    expect(isEvening({ startsAt: summer('16:00'), endsAt: summer('17:30') })).toBe(true);
    expect(isEvening({ startsAt: summer('08:00'), endsAt: summer('09:00') })).toBe(false);
  });

  it('refuses an evening session unless the arena allows evening slots', () => {
    const sessions = [{ startsAt: winter('18:00'), endsAt: winter('20:30') }];
    expect(checkSessions(sessions, { eveningSlots: false })).toEqual({ code: 'ARENA_EVENING_NOT_ALLOWED', index: 0 });
    expect(checkSessions(sessions, { eveningSlots: true })).toBeNull();
  });

  it('refuses no sessions, a session ending before it starts, and overlapping sessions', () => {
    expect(checkSessions([], { eveningSlots: true })).toEqual({ code: 'ARENA_SESSIONS_MISSING' });
    expect(checkSessions([{ startsAt: winter('12:00'), endsAt: winter('11:00') }], { eveningSlots: true })).toEqual({ code: 'ARENA_SESSION_TIME_INVALID', index: 0 });
    const overlapping = [
      { startsAt: winter('12:00'), endsAt: winter('14:00') },
      { startsAt: summer('12:00'), endsAt: summer('13:00') },
      { startsAt: winter('13:00'), endsAt: winter('15:00') },
    ];
    expect(checkSessions(overlapping, { eveningSlots: true })).toEqual({ code: 'ARENA_SESSIONS_OVERLAP', first: 0, second: 2 });
  });

  it('puts NAV staff on the NAV side and everyone else on the GP side', () => {
    expect(sideOf('nav_adviser')).toBe('nav');
    expect(sideOf('advisory_physician')).toBe('nav');
    expect(sideOf('gp')).toBe('gp');
    expect(sideOf('practice_consultant')).toBe('gp');
  });

  it('reads settings with defaults', () => {
    expect(jointMeetingSettings({})).toEqual({ eveningSlots: false, countsTowardsSpecialisation: false, specialisationNote: '' });
    expect(jointMeetingSettings({ eveningSlots: true, countsTowardsSpecialisation: true, specialisationNote: 'Emnekurs, 3 timer' })).toEqual({
      eveningSlots: true,
      countsTowardsSpecialisation: true,
      specialisationNote: 'Emnekurs, 3 timer',
    });
  });
});

describe('statistics pack helpers', () => {
  it('puts case durations in the timeline’s week bands', () => {
    expect(weekBand(0)).toBe('0-8');
    expect(weekBand(55)).toBe('0-8');
    expect(weekBand(56)).toBe('8-17');
    expect(weekBand(7 * 26)).toBe('26-39');
    expect(weekBand(7 * 60)).toBe('52+');
    expect(countByBand([1, 2, 60, 400])).toEqual([
      { band: '0-8', cases: 2 },
      { band: '8-17', cases: 1 },
      { band: '17-26', cases: 0 },
      { band: '26-39', cases: 0 },
      { band: '39-52', cases: 0 },
      { band: '52+', cases: 1 },
    ]);
  });

  it('gives medians and shares without dividing by nothing', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4.5])).toBe(2.5);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
