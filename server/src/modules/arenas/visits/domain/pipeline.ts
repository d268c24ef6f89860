/**
 * The visit pipeline of one GP office in a visit round (issue 10 point 3; Ringerike, Sandefjord,
 * Kristiansand in report 001): not contacted → letter sent → called → booked → done, or declined
 * with a reason. Pure rules, no I/O: which moves are allowed and what each move needs.
 */
import type { VisitFormat, VisitStage } from '../../../../platform/db/schema-arena-outreach.js';

export const VISIT_STAGES: readonly VisitStage[] = ['not_contacted', 'letter_sent', 'called', 'booked', 'done', 'declined'];
export const VISIT_FORMATS: readonly VisitFormat[] = ['lunch', 'morning_meeting', 'other'];

/**
 * The moves the pipeline allows. Forward only, with the short cuts offices really take: a call
 * without a letter first, a booking straight from the letter (the office answered it). A booked
 * visit that falls through goes back to "called" to find a new time; a declined office may be
 * contacted again later. A visit is done only once it was booked, and "done" is the end.
 */
const MOVES: Readonly<Record<VisitStage, readonly VisitStage[]>> = {
  not_contacted: ['letter_sent', 'called'],
  letter_sent: ['called', 'booked', 'declined'],
  called: ['booked', 'declined'],
  booked: ['done', 'declined', 'called'],
  done: [],
  declined: ['called'],
};

export function allowedMoves(from: VisitStage): readonly VisitStage[] {
  return MOVES[from];
}

export interface VisitMove {
  to: VisitStage;
  /** Required when declining: why the office said no ("ingen kompensasjon"). */
  reason?: string | null;
  /** Required when booking, unless the office already has a time: when the visit is. */
  visitAt?: Date | null;
}

export interface OfficeState {
  stage: VisitStage;
  visitAt: Date | null;
}

export type MoveProblem =
  | { code: 'ARENA_VISIT_MOVE_INVALID'; from: VisitStage; to: VisitStage; allowed: readonly VisitStage[] }
  | { code: 'ARENA_VISIT_DECLINE_REASON_MISSING' }
  | { code: 'ARENA_VISIT_TIME_MISSING' }
  | { code: 'ARENA_VISIT_NOT_YET_HELD'; visitAt: string };

/** Shortest decline reason worth keeping: "nei" says nothing a later caller can use. */
export const DECLINE_REASON_MIN_LENGTH = 3;

/** Checks one move; null when it may be made. `now` decides whether a booked visit can be done. */
export function checkMove(state: OfficeState, move: VisitMove, now: Date): MoveProblem | null {
  const allowed = MOVES[state.stage];
  if (!allowed.includes(move.to)) return { code: 'ARENA_VISIT_MOVE_INVALID', from: state.stage, to: move.to, allowed };
  if (move.to === 'declined' && (move.reason?.trim().length ?? 0) < DECLINE_REASON_MIN_LENGTH) return { code: 'ARENA_VISIT_DECLINE_REASON_MISSING' };
  if (move.to === 'booked' && !(move.visitAt ?? state.visitAt)) return { code: 'ARENA_VISIT_TIME_MISSING' };
  if (move.to === 'done') {
    const at = move.visitAt ?? state.visitAt;
    if (!at) return { code: 'ARENA_VISIT_TIME_MISSING' };
    // A visit cannot be recorded as done before its time; record it on the day or after.
    if (at.getTime() > now.getTime()) return { code: 'ARENA_VISIT_NOT_YET_HELD', visitAt: at.toISOString() };
  }
  return null;
}

/** What the office row looks like after a move: a decline keeps its reason, any other move clears it. */
export function applyMove(state: OfficeState & { declineReason: string | null }, move: VisitMove): OfficeState & { declineReason: string | null } {
  const visitAt = move.to === 'called' ? null : (move.visitAt ?? state.visitAt);
  return { stage: move.to, visitAt, declineReason: move.to === 'declined' ? move.reason!.trim() : null };
}

export interface LengthBounds {
  minMinutes: number;
  maxMinutes: number;
}

/** Report 001's visits last 30–45 minutes; a round may set other bounds, and every visit keeps them. */
export const DEFAULT_LENGTH_BOUNDS: LengthBounds = { minMinutes: 30, maxMinutes: 45 };

export function lengthWithinBounds(minutes: number, bounds: LengthBounds): boolean {
  return Number.isInteger(minutes) && minutes >= bounds.minMinutes && minutes <= bounds.maxMinutes;
}

/** A round's own bounds must make sense: whole minutes, 5 to 240, the lower not above the upper. */
export function boundsValid(bounds: LengthBounds): boolean {
  const ok = (n: number) => Number.isInteger(n) && n >= 5 && n <= 240;
  return ok(bounds.minMinutes) && ok(bounds.maxMinutes) && bounds.minMinutes <= bounds.maxMinutes;
}
