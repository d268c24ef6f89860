import { addYearsIso, isIsoDate, type IsoDate } from './dates.js';
import type { SickLeaveRules } from './rules.js';
import type { SickNote } from './types.js';

/**
 * Checks a sick note before it is joined into a case. Codes are stable (clients and tests match
 * on them); messages are for people. An empty list means the note is acceptable.
 */
export type NoteProblemCode =
  | 'NO_PERIODS'
  | 'INVALID_DATE'
  | 'PERIOD_END_BEFORE_START'
  | 'GRADE_OUT_OF_RANGE'
  | 'PERIODS_OVERLAP'
  | 'NOTE_STARTS_TOO_EARLY'
  | 'NOTE_ENDS_TOO_LATE';

export interface NoteProblem {
  code: NoteProblemCode;
  /** Indexes into note.periods of the periods concerned. */
  periodIndexes: number[];
  message: string;
}

/** Grades are whole percents off work; 0 % is no sick leave at all. */
const MIN_GRADE = 1;
const MAX_GRADE = 100;

export function validateNote(note: SickNote, today: IsoDate, rules: Pick<SickLeaveRules, 'noteWindow'>): NoteProblem[] {
  const problems: NoteProblem[] = [];
  if (note.periods.length === 0) {
    return [{ code: 'NO_PERIODS', periodIndexes: [], message: 'the note has no periods' }];
  }
  const earliestFom = addYearsIso(today, -rules.noteWindow.yearsBeforeToday);
  const latestTom = addYearsIso(today, rules.noteWindow.yearsAfterToday);
  const usable: number[] = [];
  const tooEarly: number[] = [];
  const tooLate: number[] = [];

  note.periods.forEach((period, i) => {
    if (!Number.isInteger(period.grade) || period.grade < MIN_GRADE || period.grade > MAX_GRADE) {
      problems.push({ code: 'GRADE_OUT_OF_RANGE', periodIndexes: [i], message: `grade ${period.grade} is not a whole number from ${MIN_GRADE} to ${MAX_GRADE}` });
    }
    if (!isIsoDate(period.fom) || !isIsoDate(period.tom)) {
      problems.push({ code: 'INVALID_DATE', periodIndexes: [i], message: `${period.fom}–${period.tom} is not a pair of YYYY-MM-DD dates` });
      return;
    }
    if (period.tom < period.fom) {
      problems.push({ code: 'PERIOD_END_BEFORE_START', periodIndexes: [i], message: `ends ${period.tom}, before it starts ${period.fom}` });
      return;
    }
    usable.push(i);
    if (period.fom < earliestFom) tooEarly.push(i);
    if (period.tom > latestTom) tooLate.push(i);
  });

  for (const [n, i] of usable.entries()) {
    for (const j of usable.slice(n + 1)) {
      const a = note.periods[i]!;
      const b = note.periods[j]!;
      if (a.fom <= b.tom && b.fom <= a.tom) {
        problems.push({ code: 'PERIODS_OVERLAP', periodIndexes: [i, j], message: `${a.fom}–${a.tom} overlaps ${b.fom}–${b.tom}` });
      }
    }
  }
  if (tooEarly.length > 0) {
    problems.push({ code: 'NOTE_STARTS_TOO_EARLY', periodIndexes: tooEarly, message: `starts before ${earliestFom}` });
  }
  if (tooLate.length > 0) {
    problems.push({ code: 'NOTE_ENDS_TOO_LATE', periodIndexes: tooLate, message: `ends after ${latestTom}` });
  }
  return problems;
}
