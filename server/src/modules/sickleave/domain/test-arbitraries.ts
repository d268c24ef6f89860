import fc from 'fast-check';
import { addDaysIso, type IsoDate } from './dates.js';
import type { CaseEvent, EventKind, NotePeriod, PeriodType, SickNote } from './types.js';

/**
 * fast-check arbitraries for the property tests (test support only; nothing in production imports
 * this file). Dates are offsets from a Monday so failures print readable days.
 */
export const BASE_DAY: IsoDate = '2026-01-05';

export const EVENT_KINDS: readonly EventKind[] = [
  'follow_up_plan_received',
  'dialogue_meeting_1_held',
  'activity_requirement_assessed',
  'activity_requirement_exception',
  'work_capacity_assessed',
  'dialogue_meeting_2_held',
  'dialogue_meeting_2_not_needed',
  'extended_questions_answered_7',
  'extended_questions_answered_17',
  'extended_questions_answered_39',
  'information_week_39_sent',
  'aap_granted',
];

const segment = fc.record({
  days: fc.integer({ min: 1, max: 45 }),
  type: fc.constantFrom<PeriodType>('full', 'graded', 'pending', 'activity_possible'),
  gradedGrade: fc.integer({ min: 20, max: 80 }),
});

/** One to three back-to-back periods starting `startOffset` days after BASE_DAY. */
export const periodsArb = (startOffset: fc.Arbitrary<number>) =>
  fc.tuple(startOffset, fc.array(segment, { minLength: 1, maxLength: 3 })).map(([start, segments]) => {
    const periods: NotePeriod[] = [];
    let day = start;
    for (const s of segments) {
      periods.push({
        fom: addDaysIso(BASE_DAY, day),
        tom: addDaysIso(BASE_DAY, day + s.days - 1),
        grade: s.type === 'graded' ? s.gradedGrade : 100,
        type: s.type,
      });
      day += s.days;
    }
    return periods;
  });

/** Notes for a few persons and employers (null included), with unique ids. */
export const notesArb = (options: { maxLength?: number; persons?: string[] } = {}) =>
  fc
    .array(
      fc.record({
        personId: fc.constantFrom(...(options.persons ?? ['p1', 'p2'])),
        employerId: fc.constantFrom<string | null>('e1', 'e2', null),
        periods: periodsArb(fc.integer({ min: 0, max: 400 })),
        issuedLag: fc.integer({ min: -3, max: 10 }),
      }),
      { minLength: 1, maxLength: options.maxLength ?? 12 },
    )
    .map((shapes) =>
      shapes.map(
        (shape, i): SickNote => ({
          id: `n${String(i).padStart(2, '0')}`,
          personId: shape.personId,
          employerId: shape.employerId,
          periods: shape.periods,
          issuedAt: addDaysIso(shape.periods[0]!.fom, shape.issuedLag),
          issuerPersonId: 'gp1',
        }),
      ),
    );

export const eventsArb = fc.array(
  fc.record({ kind: fc.constantFrom(...EVENT_KINDS), offset: fc.integer({ min: 0, max: 500 }) }).map(
    ({ kind, offset }): CaseEvent => ({ kind, on: addDaysIso(BASE_DAY, offset) }),
  ),
  { maxLength: 6 },
);

/** Birth dates from age 20 to 75 on BASE_DAY, so the age rules come into play. */
export const birthDateArb = fc.integer({ min: 20 * 365, max: 75 * 365 }).map((days) => addDaysIso(BASE_DAY, -days));

export const todayArb = fc.integer({ min: -30, max: 800 }).map((offset) => addDaysIso(BASE_DAY, offset));
