/**
 * Small-cell protection for the teams' evaluation (issue 8, point 6): no count of 1–4 persons is
 * ever shown, and no hidden count can be worked out by subtraction.
 *
 * - Primary: a count of 1–4 is shown as "<5". A 0 is shown as 0: that nobody was declined, or
 *   nobody is 60, says nothing about a person, and hiding zeros would make every small team's
 *   table unreadable (the usual rule in Norwegian health statistics).
 * - Secondary: the published figures are tied by sums, e.g. referrals = Σ referrals by status, a
 *   trial site = Σ its teams. If one sum has exactly one hidden cell, the sum gives it away, so the
 *   smallest other non-zero cell of that sum is hidden too, shown as "x". Repeated until no sum has
 *   exactly one hidden cell. This stops the differencing of any one sum; it is not a full audit of
 *   every combination of sums (no linear-programming check), which the aggregate level and the
 *   period filter make far less useful to an attacker.
 */

export const SMALL_CELL_LIMIT = 5;
export const PRIMARY_MARK = '<5';
export const SECONDARY_MARK = 'x';
export type CountCell = number | typeof PRIMARY_MARK | typeof SECONDARY_MARK;

const SHOWN = 0;
const PRIMARY = 1;
const SECONDARY = 2;

/** Counts by cell (an index), and the sums that tie them: each sum lists cells whose total is known. */
export interface SuppressionInput {
  counts: readonly number[];
  sums: readonly (readonly number[])[];
}

export function isSmall(count: number): boolean {
  return count > 0 && count < SMALL_CELL_LIMIT;
}

/** Decides for every cell what is shown: the count, "<5" or "x". */
export function suppress({ counts, sums }: SuppressionInput): CountCell[] {
  const state = Uint8Array.from(counts, (n) => (isSmall(n) ? PRIMARY : SHOWN));
  // The sums each cell is in, and how many of a sum's cells are hidden.
  const linesOf: number[][] = counts.map(() => []);
  sums.forEach((sum, i) => sum.forEach((cell) => linesOf[cell]!.push(i)));
  const hiddenIn = Int32Array.from(sums, (sum) => sum.reduce((n, cell) => n + (state[cell] === SHOWN ? 0 : 1), 0));
  const queue: number[] = [];
  hiddenIn.forEach((n, i) => n === 1 && queue.push(i));
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head]!;
    if (hiddenIn[i] !== 1) continue;
    const partner = choosePartner(sums[i]!, counts, state, linesOf, hiddenIn);
    if (partner < 0) continue;
    state[partner] = SECONDARY;
    for (const j of linesOf[partner]!) if (++hiddenIn[j]! === 1) queue.push(j);
  }
  return counts.map((count, cell) => (state[cell] === PRIMARY ? PRIMARY_MARK : state[cell] === SECONDARY ? SECONDARY_MARK : count));
}

/**
 * The cell to hide beside a lone hidden one: of the shown non-zero cells of the sum, the one
 * whose hiding leaves the fewest other sums with a lone hidden cell (each would cost another
 * hidden figure), then the smallest — so protection spreads as little as it can.
 */
function choosePartner(sum: readonly number[], counts: readonly number[], state: Uint8Array, linesOf: readonly number[][], hiddenIn: Int32Array): number {
  let best = -1;
  let bestCost = Infinity;
  for (const cell of sum) {
    const count = counts[cell]!;
    if (state[cell] !== SHOWN || count === 0) continue;
    let cost = 0;
    for (const j of linesOf[cell]!) if (hiddenIn[j] === 0) cost++;
    if (cost < bestCost || (cost === bestCost && count < counts[best]!)) {
      best = cell;
      bestCost = cost;
    }
  }
  return best;
}
