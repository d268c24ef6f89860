import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppress } from './evaluation-suppression.js';

/** Runs the protection on named cells: the names are numbered in the order given. */
function suppressNamed(entries: Record<string, number>, sums: string[][]): Map<string, number | string> {
  const names = Object.keys(entries);
  const index = new Map(names.map((n, i) => [n, i]));
  const shown = suppress({ counts: names.map((n) => entries[n]!), sums: sums.map((sum) => sum.map((n) => index.get(n)!)) });
  return new Map(names.map((n, i) => [n, shown[i]!]));
}

describe('small-cell suppression', () => {
  it('shows 1–4 as "<5", and 0 and 5 or more as they are', () => {
    const shown = suppressNamed({ a: 0, b: 1, c: 4, d: 5, e: 120 }, []);
    expect(Object.fromEntries(shown)).toEqual({ a: 0, b: '<5', c: '<5', d: 5, e: 120 });
  });

  it('hides the smallest other count of a sum that would otherwise give a "<5" away', () => {
    // total 20 = 3 + 7 + 10: with 7 and 10 shown, 3 = 20 − 17.
    const shown = suppressNamed({ total: 20, a: 3, b: 7, c: 10 }, [['total', 'a', 'b', 'c']]);
    expect(Object.fromEntries(shown)).toEqual({ total: 20, a: '<5', b: 'x', c: 10 });
  });

  it('leaves a sum alone when two or more of its cells are hidden already', () => {
    const shown = suppressNamed({ total: 16, a: 3, b: 2, c: 11 }, [['total', 'a', 'b', 'c']]);
    expect(Object.fromEntries(shown)).toEqual({ total: 16, a: '<5', b: '<5', c: 11 });
  });

  it('never picks a zero as the partner (a hidden 0 protects nothing)', () => {
    const shown = suppressNamed({ total: 9, a: 3, z: 0, b: 6 }, [['total', 'a', 'z', 'b']]);
    expect(shown.get('z')).toBe(0);
    expect(shown.get('b')).toBe('x');
  });

  it('follows a secondary suppression into the other sums it belongs to', () => {
    // Row: total = a + b; column: b = b1 + b2. Hiding b (for a) leaves one hidden cell in the column.
    const shown = suppressNamed({ total: 12, a: 2, b: 10, b1: 6, b2: 4 }, [['total', 'a', 'b'], ['b', 'b1', 'b2']]);
    expect(shown.get('a')).toBe('<5');
    expect(shown.get('b')).toBe('x');
    expect(shown.get('b2')).toBe('<5');
  });

  it('property: no sum is ever left with exactly one hidden cell it could give away, and nothing 1–4 is shown', () => {
    // Random two-level tables: rows of cells with a published row total, and column totals.
    const table = fc.array(fc.array(fc.nat({ max: 12 }), { minLength: 2, maxLength: 5 }), { minLength: 2, maxLength: 5 }).map((rows) => {
      const width = Math.min(...rows.map((r) => r.length));
      return rows.map((r) => r.slice(0, width));
    });
    fc.assert(
      fc.property(table, (rows) => {
        const entries: Record<string, number> = {};
        const sums: string[][] = [];
        rows.forEach((row, i) => {
          row.forEach((n, j) => (entries[`c${i}.${j}`] = n));
          entries[`r${i}`] = row.reduce((s, n) => s + n, 0);
          sums.push([`r${i}`, ...row.map((_, j) => `c${i}.${j}`)]);
        });
        rows[0]!.forEach((_, j) => {
          entries[`k${j}`] = rows.reduce((s, r) => s + r[j]!, 0);
          sums.push([`k${j}`, ...rows.map((_, i) => `c${i}.${j}`)]);
        });
        const shown = suppressNamed(entries, sums);
        for (const [id, value] of shown) if (typeof value === 'number') expect(value === 0 || value >= 5, id).toBe(true);
        for (const sum of sums) {
          const hidden = sum.filter((id) => typeof shown.get(id) !== 'number');
          // One hidden cell is only possible when every other cell of the sum is 0 and so is it (never: a hidden cell is 1–4 or a partner > 0).
          expect(hidden.length, sum.join('+')).not.toBe(1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
