import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisitStage } from '../../../../platform/db/schema-arena-outreach.js';
import { allowedMoves, applyMove, boundsValid, checkMove, DEFAULT_LENGTH_BOUNDS, lengthWithinBounds, VISIT_STAGES } from './pipeline.js';
import { coverageSummary } from './coverage.js';

const now = new Date('2026-03-10T12:00:00Z');
const yesterday = new Date('2026-03-09T11:00:00Z');
const tomorrow = new Date('2026-03-11T11:00:00Z');

describe('visit pipeline moves', () => {
  it('lets an office go the whole way: letter, call, booking, visit', () => {
    let state = { stage: 'not_contacted' as VisitStage, visitAt: null as Date | null, declineReason: null as string | null };
    for (const move of [{ to: 'letter_sent' as const }, { to: 'called' as const }, { to: 'booked' as const, visitAt: yesterday }, { to: 'done' as const }]) {
      expect(checkMove(state, move, now)).toBeNull();
      state = applyMove(state, move);
    }
    expect(state).toEqual({ stage: 'done', visitAt: yesterday, declineReason: null });
  });

  it('allows the short cuts offices take: a call without a letter, a booking straight from the letter', () => {
    expect(checkMove({ stage: 'not_contacted', visitAt: null }, { to: 'called' }, now)).toBeNull();
    expect(checkMove({ stage: 'letter_sent', visitAt: null }, { to: 'booked', visitAt: tomorrow }, now)).toBeNull();
  });

  it.each([
    ['not_contacted', 'booked'],
    ['not_contacted', 'done'],
    ['not_contacted', 'declined'],
    ['letter_sent', 'done'],
    ['called', 'done'],
    ['called', 'letter_sent'],
    ['done', 'declined'],
    ['done', 'called'],
    ['booked', 'not_contacted'],
    ['declined', 'done'],
    ['called', 'called'],
  ] as const)('refuses %s → %s and says which moves are allowed', (from, to) => {
    const problem = checkMove({ stage: from, visitAt: yesterday }, { to, reason: 'ingen kompensasjon', visitAt: yesterday }, now);
    expect(problem).toEqual({ code: 'ARENA_VISIT_MOVE_INVALID', from, to, allowed: allowedMoves(from) });
  });

  it('refuses a decline without a reason, or with one too short to tell anything', () => {
    expect(checkMove({ stage: 'called', visitAt: null }, { to: 'declined' }, now)).toEqual({ code: 'ARENA_VISIT_DECLINE_REASON_MISSING' });
    expect(checkMove({ stage: 'called', visitAt: null }, { to: 'declined', reason: '  no ' }, now)).toEqual({ code: 'ARENA_VISIT_DECLINE_REASON_MISSING' });
    expect(checkMove({ stage: 'called', visitAt: null }, { to: 'declined', reason: 'ingen kompensasjon' }, now)).toBeNull();
  });

  it('needs a time to book, and the time to have come before the visit is done', () => {
    expect(checkMove({ stage: 'called', visitAt: null }, { to: 'booked' }, now)).toEqual({ code: 'ARENA_VISIT_TIME_MISSING' });
    expect(checkMove({ stage: 'booked', visitAt: tomorrow }, { to: 'done' }, now)).toEqual({ code: 'ARENA_VISIT_NOT_YET_HELD', visitAt: tomorrow.toISOString() });
    expect(checkMove({ stage: 'booked', visitAt: tomorrow }, { to: 'done', visitAt: yesterday }, now)).toBeNull();
  });

  it('keeps the reason on a decline, clears it when the office is called again, and forgets the time of a visit that fell through', () => {
    const declined = applyMove({ stage: 'booked', visitAt: tomorrow, declineReason: null }, { to: 'declined', reason: ' ingen kompensasjon ' });
    expect(declined.declineReason).toBe('ingen kompensasjon');
    expect(applyMove(declined, { to: 'called' })).toEqual({ stage: 'called', visitAt: null, declineReason: null });
  });

  it('never leaves "done", and reaches "done" only through "booked" (property)', () => {
    const stage = fc.constantFrom(...VISIT_STAGES);
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 12 }), (targets) => {
        let state = { stage: 'not_contacted' as VisitStage, visitAt: null as Date | null, declineReason: null as string | null };
        for (const to of targets) {
          const move = { to, reason: 'ingen kompensasjon', visitAt: yesterday };
          if (checkMove(state, move, now)) continue;
          if (to === 'done') expect(state.stage).toBe('booked');
          expect(state.stage).not.toBe('done');
          state = applyMove(state, move);
        }
      }),
    );
  });
});

describe('visit length', () => {
  it('keeps the round’s bounds, 30–45 minutes by default', () => {
    expect(lengthWithinBounds(30, DEFAULT_LENGTH_BOUNDS)).toBe(true);
    expect(lengthWithinBounds(45, DEFAULT_LENGTH_BOUNDS)).toBe(true);
    expect(lengthWithinBounds(29, DEFAULT_LENGTH_BOUNDS)).toBe(false);
    expect(lengthWithinBounds(60, DEFAULT_LENGTH_BOUNDS)).toBe(false);
    expect(lengthWithinBounds(32.5, DEFAULT_LENGTH_BOUNDS)).toBe(false);
  });

  it('refuses bounds that make no sense', () => {
    expect(boundsValid({ minMinutes: 45, maxMinutes: 30 })).toBe(false);
    expect(boundsValid({ minMinutes: 0, maxMinutes: 30 })).toBe(false);
    expect(boundsValid({ minMinutes: 20, maxMinutes: 60 })).toBe(true);
  });
});

describe('coverage summary', () => {
  it('counts offices, contacted, booked, done and declined per municipality, with the share done', () => {
    const summary = coverageSummary([
      { municipalityNumber: '3805', municipalityName: 'Larvik', stage: 'done' },
      { municipalityNumber: '3805', municipalityName: 'Larvik', stage: 'booked' },
      { municipalityNumber: '3805', municipalityName: 'Larvik', stage: 'not_contacted' },
      { municipalityNumber: '3907', municipalityName: 'Sandefjord', stage: 'declined' },
    ]);
    expect(summary.municipalities).toEqual([
      { municipalityNumber: '3805', municipalityName: 'Larvik', offices: 3, contacted: 2, booked: 1, done: 1, declined: 0, shareDonePercent: 33 },
      { municipalityNumber: '3907', municipalityName: 'Sandefjord', offices: 1, contacted: 1, booked: 0, done: 0, declined: 1, shareDonePercent: 0 },
    ]);
    expect(summary.total).toMatchObject({ offices: 4, contacted: 3, done: 1, shareDonePercent: 25 });
  });

  it('gives an empty round a zero share rather than dividing by nothing', () => {
    expect(coverageSummary([]).total).toMatchObject({ offices: 0, shareDonePercent: 0 });
  });
});
