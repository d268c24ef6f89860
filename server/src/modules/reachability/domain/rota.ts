/**
 * The on-call rota's rules. Shifts are half-open intervals [startsAt, endsAt): a shift ending at
 * 15:00 and the next starting at 15:00 do not overlap, so a day and an evening shift can meet.
 */
export interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Longest shift accepted: a whole day and night, no more (also the wording of SHIFT_TOO_LONG). */
export const MAX_SHIFT_HOURS = 24;

export type ShiftProblem = 'SHIFT_END_BEFORE_START' | 'SHIFT_TOO_LONG' | 'SHIFT_OVERLAPS';

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

export function covers(shift: Interval, at: Date): boolean {
  return shift.startsAt.getTime() <= at.getTime() && at.getTime() < shift.endsAt.getTime();
}

/**
 * The first problem with a new shift given the physician's other shifts, or null. The order is the
 * order a person fixes things in: the times themselves first, then the clash with another shift.
 */
export function shiftProblem(shift: Interval, sameDoctorShifts: readonly Interval[], maxHours = MAX_SHIFT_HOURS): ShiftProblem | null {
  const length = shift.endsAt.getTime() - shift.startsAt.getTime();
  if (!(length > 0)) return 'SHIFT_END_BEFORE_START';
  if (length > maxHours * 3_600_000) return 'SHIFT_TOO_LONG';
  if (sameDoctorShifts.some((other) => overlaps(shift, other))) return 'SHIFT_OVERLAPS';
  return null;
}
