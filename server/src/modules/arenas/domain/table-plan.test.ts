import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, mixedTables, movePerson, planTables, tableSizes, type PlanPerson, type PlanTable } from './table-plan.js';

const person = (id: string, municipality: string, kind: 'gp' | 'nav' | 'other'): PlanPerson => ({ id, municipality, isGp: kind === 'gp', isNav: kind === 'nav' });

function planned(people: PlanPerson[], tables: number, seats: number): PlanTable[] {
  const result = planTables(people, tables, seats);
  if (!result.ok) throw new Error('over capacity');
  return result.tables;
}

/** Four municipalities of eight: two GPs, two NAV staff and four others in each. */
const fourTowns = ['3401', '3403', '3405', '3407'].flatMap((m) =>
  Array.from({ length: 8 }, (_, i) => person(`${m}-${i}`, m, i < 2 ? 'gp' : i < 4 ? 'nav' : 'other')),
);

describe('table plan', () => {
  it('seats each municipality at its own table when each brings both GPs and NAV staff', () => {
    const tables = planned(fourTowns, 4, 8);
    expect(tables).toHaveLength(4);
    for (const table of tables) expect(new Set(table.personIds.map((id) => id.slice(0, 4))).size).toBe(1);
    expect(checkPlan(tables, fourTowns, 8)).toEqual([]);
  });

  it('mixes GPs and NAV staff at every table even when each municipality has only one kind', () => {
    const people = [...Array.from({ length: 6 }, (_, i) => person(`g${i}`, '3411', 'gp')), ...Array.from({ length: 6 }, (_, i) => person(`n${i}`, '3403', 'nav'))];
    const tables = planned(people, 3, 4);
    expect(mixedTables(tables, people)).toBe(3);
    expect(checkPlan(tables, people, 4)).toEqual([]);
  });

  it('uses as few tables as the seats allow, with balanced sizes', () => {
    expect(tableSizes(140, 20, 8)).toEqual([8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7]);
    expect(tableSizes(9, 5, 8)).toEqual([5, 4]);
    expect(tableSizes(0, 5, 8)).toEqual([]);
  });

  it('refuses more people than seats', () => {
    expect(planTables(fourTowns, 3, 10)).toEqual({ ok: false, code: 'ARENA_TABLE_PLAN_OVER_CAPACITY', people: 32, seats: 30 });
  });

  it('warns about a table without a GP after a move by hand, and refuses a full table', () => {
    const people = [person('g1', '1', 'gp'), person('n1', '1', 'nav'), person('g2', '2', 'gp'), person('n2', '2', 'nav')];
    const tables = planned(people, 2, 2);
    expect(movePerson(tables, 'g1', 2, 2, 2)).toEqual({ ok: false, code: 'ARENA_TABLE_FULL' });
    const roomy = movePerson(tables, 'g1', 2, 2, 3);
    if (!roomy.ok) throw new Error('refused');
    const warnings = checkPlan(roomy.tables, people, 3);
    expect(warnings).toContainEqual({ kind: 'table_without_gp', table: 1 });
    expect(movePerson(tables, 'g1', 3, 2, 3)).toEqual({ ok: false, code: 'ARENA_TABLE_UNKNOWN' });
  });

  it('reports people not seated, seated twice or no longer signed up', () => {
    const people = [person('a', '1', 'gp'), person('b', '1', 'nav'), person('c', '1', 'gp')];
    const tables: PlanTable[] = [{ number: 1, personIds: ['a', 'b', 'a', 'gone'] }];
    expect(checkPlan(tables, people, 8)).toEqual([
      { kind: 'seated_twice', personId: 'a' },
      { kind: 'not_a_participant', personId: 'gone' },
      { kind: 'unseated', personId: 'c' },
    ]);
  });
});

describe('table plan (properties)', () => {
  const people = fc
    .array(fc.record({ municipality: fc.constantFrom('3401', '3403', '3405', '3407', '3411', '3412'), kind: fc.constantFrom('gp', 'nav', 'other') as fc.Arbitrary<'gp' | 'nav' | 'other'> }), { maxLength: 160 })
    .map((list) => list.map((p, i) => person(`p${i}`, p.municipality, p.kind)));
  const layout = fc.record({ tableCount: fc.integer({ min: 1, max: 30 }), seatsPerTable: fc.integer({ min: 2, max: 12 }) });

  it('seats everybody exactly once, never over a table\'s seats, and mixes as many tables as possible', () => {
    fc.assert(
      fc.property(people, layout, (list, { tableCount, seatsPerTable }) => {
        const result = planTables(list, tableCount, seatsPerTable);
        if (list.length > tableCount * seatsPerTable) {
          expect(result.ok).toBe(false);
          return;
        }
        if (!result.ok) throw new Error('refused a plan that fits');
        const seated = result.tables.flatMap((t) => t.personIds);
        expect(seated.length).toBe(new Set(seated).size); // nobody twice
        expect(new Set(seated)).toEqual(new Set(list.map((p) => p.id))); // everybody
        expect(result.tables.length).toBeLessThanOrEqual(tableCount);
        for (const t of result.tables) expect(t.personIds.length).toBeLessThanOrEqual(seatsPerTable);
        const gps = list.filter((p) => p.isGp).length;
        const navs = list.filter((p) => p.isNav).length;
        const pairable = result.tables.filter((t) => t.personIds.length >= 2).length;
        expect(mixedTables(result.tables, list)).toBe(Math.min(pairable, gps, navs));
        // When there are enough of both, every table mixes GPs and NAV staff.
        if (gps >= result.tables.length && navs >= result.tables.length) {
          const warnings = checkPlan(result.tables, list, seatsPerTable);
          expect(warnings.filter((w) => w.kind === 'table_without_gp' || w.kind === 'table_without_nav')).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a plan valid through moves by hand: nobody twice, never over capacity', () => {
    fc.assert(
      fc.property(people, layout, fc.array(fc.record({ who: fc.nat(), to: fc.integer({ min: 1, max: 30 }) }), { maxLength: 30 }), (list, { tableCount, seatsPerTable }, moves) => {
        const result = planTables(list, tableCount, seatsPerTable);
        if (!result.ok || list.length === 0) return;
        let tables = result.tables;
        for (const move of moves) {
          const moved = movePerson(tables, list[move.who % list.length]!.id, move.to, tableCount, seatsPerTable);
          if (moved.ok) tables = moved.tables;
        }
        const warnings = checkPlan(tables, list, seatsPerTable);
        expect(warnings.filter((w) => w.kind === 'over_capacity' || w.kind === 'seated_twice' || w.kind === 'unseated')).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
