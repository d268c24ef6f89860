/**
 * A course's table plan (issue 10, ADR 0006 "Courses"). Pure and deterministic.
 *
 * Rules, in order of weight:
 * 1. nobody is seated twice, everybody is seated, no table has more people than seats — and
 *    more people than seats in all is refused;
 * 2. GPs and NAV staff meet: as many tables as possible have at least one of each. The most
 *    possible is min(tables that seat two or more, GPs, NAV staff), and the plan always reaches it;
 * 3. people from the same municipality sit together as far as rules 1–2 allow.
 *
 * The plan uses as few tables as the seats allow (ceil(people / seats)), with sizes that differ
 * by at most one, so nobody sits at a near-empty table while others are full.
 *
 * How: first one GP–NAV pair per table (pairs from one municipality first, the largest
 * municipalities first, taking turns), then everybody else, municipality by municipality, at the
 * table with free seats where most of their municipality already sits.
 */
export interface PlanPerson {
  id: string;
  municipality: string | null;
  isGp: boolean;
  isNav: boolean;
}

export interface PlanTable {
  number: number;
  personIds: string[];
}

export type TablePlanResult = { ok: true; tables: PlanTable[] } | { ok: false; code: 'ARENA_TABLE_PLAN_OVER_CAPACITY'; people: number; seats: number };

/** Table sizes: as few tables as needed, balanced (differ by at most one), each within its seats. */
export function tableSizes(people: number, tableCount: number, seatsPerTable: number): number[] | null {
  if (people > tableCount * seatsPerTable) return null;
  if (people === 0) return [];
  const used = Math.ceil(people / seatsPerTable);
  const base = Math.floor(people / used);
  return Array.from({ length: used }, (_, i) => base + (i < people % used ? 1 : 0));
}

const NO_MUNICIPALITY = '';
const municipalityOf = (p: PlanPerson) => p.municipality ?? NO_MUNICIPALITY;

/** People by municipality, the largest municipality first (ties by number), each in id order. */
function byMunicipality(people: readonly PlanPerson[]): PlanPerson[][] {
  const groups = new Map<string, PlanPerson[]>();
  for (const p of [...people].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = municipalityOf(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.entries()].sort(([ka, a], [kb, b]) => b.length - a.length || (ka < kb ? -1 : 1)).map(([, group]) => group);
}

/** GP–NAV pairs to anchor `wanted` tables: within a municipality first (taking turns), then across. */
function anchorPairs(people: readonly PlanPerson[], wanted: number): Array<[PlanPerson, PlanPerson]> {
  const groups = byMunicipality(people).map((g) => ({ gps: g.filter((p) => p.isGp), navs: g.filter((p) => p.isNav && !p.isGp) }));
  const pairs: Array<[PlanPerson, PlanPerson]> = [];
  let progress = true;
  while (pairs.length < wanted && progress) {
    progress = false;
    for (const g of groups) {
      if (pairs.length === wanted) break;
      if (g.gps.length > 0 && g.navs.length > 0) {
        pairs.push([g.gps.shift()!, g.navs.shift()!]);
        progress = true;
      }
    }
  }
  const gps = groups.flatMap((g) => g.gps);
  const navs = groups.flatMap((g) => g.navs);
  while (pairs.length < wanted && gps.length > 0 && navs.length > 0) pairs.push([gps.shift()!, navs.shift()!]);
  return pairs;
}

/** Computes a plan for `people` at `tableCount` tables of `seatsPerTable` seats. */
export function planTables(people: readonly PlanPerson[], tableCount: number, seatsPerTable: number): TablePlanResult {
  const sizes = tableSizes(people.length, tableCount, seatsPerTable);
  if (!sizes) return { ok: false, code: 'ARENA_TABLE_PLAN_OVER_CAPACITY', people: people.length, seats: tableCount * seatsPerTable };
  const tables = sizes.map((size, i) => ({ number: i + 1, size, members: [] as PlanPerson[] }));
  const pairTables = tables.filter((t) => t.size >= 2);
  const pairs = anchorPairs(people, pairTables.length);
  pairs.forEach(([gp, nav], i) => pairTables[i]!.members.push(gp, nav));

  const seated = new Set(pairs.flat().map((p) => p.id));
  for (const group of byMunicipality(people.filter((p) => !seated.has(p.id)))) {
    for (const person of group) {
      const key = municipalityOf(person);
      let best: (typeof tables)[number] | undefined;
      let bestScore = -1;
      for (const table of tables) {
        const free = table.size - table.members.length;
        if (free <= 0) continue;
        const score = table.members.filter((m) => municipalityOf(m) === key).length;
        if (score > bestScore || (score === bestScore && best && free > best.size - best.members.length)) {
          best = table;
          bestScore = score;
        }
      }
      best!.members.push(person);
    }
  }
  return { ok: true, tables: tables.map((t) => ({ number: t.number, personIds: t.members.map((m) => m.id) })) };
}

export type PlanWarning =
  | { kind: 'table_without_gp'; table: number }
  | { kind: 'table_without_nav'; table: number }
  | { kind: 'over_capacity'; table: number; people: number; seats: number }
  | { kind: 'unseated'; personId: string }
  | { kind: 'seated_twice'; personId: string }
  | { kind: 'not_a_participant'; personId: string };

/**
 * What is wrong with a plan as it stands (after moves by hand, or after sign-ups changed): tables
 * without a GP or without NAV staff (only when the course has both), over-full tables, people
 * not seated, seated twice, or seated without being signed up.
 */
export function checkPlan(tables: readonly PlanTable[], people: readonly PlanPerson[], seatsPerTable: number): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const hasGps = people.some((p) => p.isGp);
  const hasNav = people.some((p) => p.isNav && !p.isGp);
  const seen = new Set<string>();
  for (const table of tables) {
    if (table.personIds.length > seatsPerTable) warnings.push({ kind: 'over_capacity', table: table.number, people: table.personIds.length, seats: seatsPerTable });
    const members = table.personIds.map((id) => byId.get(id)).filter((p): p is PlanPerson => p !== undefined);
    if (members.length > 0 && hasGps && !members.some((p) => p.isGp)) warnings.push({ kind: 'table_without_gp', table: table.number });
    if (members.length > 0 && hasNav && !members.some((p) => p.isNav && !p.isGp)) warnings.push({ kind: 'table_without_nav', table: table.number });
    for (const id of table.personIds) {
      if (seen.has(id)) warnings.push({ kind: 'seated_twice', personId: id });
      seen.add(id);
      if (!byId.has(id)) warnings.push({ kind: 'not_a_participant', personId: id });
    }
  }
  for (const p of people) if (!seen.has(p.id)) warnings.push({ kind: 'unseated', personId: p.id });
  return warnings;
}

export type MoveResult = { ok: true; tables: PlanTable[] } | { ok: false; code: 'ARENA_TABLE_FULL' | 'ARENA_TABLE_UNKNOWN' };

/** All tables 1…tableCount, empty ones included, in number order. */
export function allTables(tables: readonly PlanTable[], tableCount: number): PlanTable[] {
  return Array.from({ length: tableCount }, (_, i) => ({ number: i + 1, personIds: [...(tables.find((t) => t.number === i + 1)?.personIds ?? [])] }));
}

/** Moves one person to another table (a person not yet seated is seated there); a full table refuses. */
export function movePerson(tables: readonly PlanTable[], personId: string, toTable: number, tableCount: number, seatsPerTable: number): MoveResult {
  if (!Number.isInteger(toTable) || toTable < 1 || toTable > tableCount) return { ok: false, code: 'ARENA_TABLE_UNKNOWN' };
  const all = allTables(tables, tableCount);
  const target = all[toTable - 1]!;
  if (target.personIds.includes(personId)) return { ok: true, tables: all };
  if (target.personIds.length >= seatsPerTable) return { ok: false, code: 'ARENA_TABLE_FULL' };
  for (const t of all) t.personIds = t.personIds.filter((id) => id !== personId);
  target.personIds.push(personId);
  return { ok: true, tables: all };
}

/** The number of tables with at least one GP and one NAV person. */
export function mixedTables(tables: readonly PlanTable[], people: readonly PlanPerson[]): number {
  const byId = new Map(people.map((p) => [p.id, p]));
  return tables.filter((t) => {
    const members = t.personIds.map((id) => byId.get(id)!);
    return members.some((p) => p?.isGp) && members.some((p) => p && p.isNav && !p.isGp);
  }).length;
}
