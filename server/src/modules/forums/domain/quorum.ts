/**
 * Quorum: how many members must be present for a body to decide (approve a recommendation, adopt
 * minutes). A body may set its own number; without one, more than half of its current members.
 * Pure: the caller passes the members whose term covers the meeting's day.
 */

export interface QuorumBody {
  /** The body's own quorum, or null for "more than half of the current members". */
  quorum: number | null;
}

export interface QuorumResult {
  met: boolean;
  needed: number;
  /** Present members who count: current members only, each once. */
  present: number;
}

/** The number of members present needed: the body's own, else a simple majority of the current members. */
export function quorumNeeded(body: QuorumBody, currentMemberCount: number): number {
  if (body.quorum !== null) return body.quorum;
  return Math.floor(currentMemberCount / 2) + 1;
}

/**
 * Whether those present make a quorum. Someone present whose term has ended (or who is not a
 * member) does not count, and nobody counts twice.
 */
export function quorumCheck(body: QuorumBody, presentMemberIds: readonly string[], currentMemberIds: readonly string[]): QuorumResult {
  const current = new Set(currentMemberIds);
  const present = new Set(presentMemberIds.filter((id) => current.has(id))).size;
  const needed = quorumNeeded(body, current.size);
  // A body with no current members cannot decide anything, whatever its own number says.
  return { met: current.size > 0 && present >= needed, needed, present };
}

/** The short form the meetings part uses. */
export function quorumMet(body: QuorumBody, presentMemberIds: readonly string[], currentMemberIds: readonly string[]): boolean {
  return quorumCheck(body, presentMemberIds, currentMemberIds).met;
}

/** Whether a member's term covers a day ('YYYY-MM-DD' strings compare as dates). */
export function termCovers(term: { term_start: string; term_end: string | null }, day: string): boolean {
  return term.term_start <= day && (term.term_end === null || term.term_end >= day);
}
