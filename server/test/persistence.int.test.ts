import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../src/demo/generate.js';
import { generateDemoSickLeave } from '../src/demo/sick-leave.js';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { checkHerId, checkHprNumber, checkIdentityNumber, checkOrgNumber } from '../src/platform/identifiers.js';
import { ROLES } from '../src/platform/access/roles.js';
import { systemClock } from '../src/platform/clock.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';

describe('embedded database on disk', () => {
  it('keeps data in DATA_DIR across a restart, migrates once and seeds demo data only when empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samhandling-data-'));
    try {
      const first = await openDatabase({ dataDir: dir });
      const all = readdirSync(join(import.meta.dirname, '..', 'src', 'platform', 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort();
      expect(all.slice(0, 3)).toEqual(['0001_foundation.sql', '0002_sick_leave.sql', '0003_case_deadlines.sql']);
      expect(await migrate(first)).toEqual(all);
      expect(await seedDemoDataIfEmpty(first.db, systemClock)).toMatchObject({ citizens: expect.any(Number) });
      await first.db.insertInto('organisation').values({ kind: 'employer', name: 'Bevart AS', org_number: null, street: null, postal_code: null, city: null, municipality_number: null, municipality_name: null, phone: null, email: null }).execute();
      await first.close();

      const second = await openDatabase({ dataDir: dir });
      expect(await migrate(second)).toEqual([]);
      expect(await seedDemoDataIfEmpty(second.db, systemClock)).toBeNull();
      const kept = await second.db.selectFrom('organisation').where('name', '=', 'Bevart AS').select('id').execute();
      expect(kept).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serialises concurrent transactions on the single embedded connection', async () => {
    const handle = await openDatabase({});
    await migrate(handle);
    const insert = (name: string, fail: boolean) =>
      handle.db.transaction().execute(async (tx) => {
        await tx.insertInto('organisation').values({ kind: 'employer', name, org_number: null, street: null, postal_code: null, city: null, municipality_number: null, municipality_name: null, phone: null, email: null }).execute();
        await new Promise((r) => setTimeout(r, 5));
        if (fail) throw new Error('rollback');
      });
    const results = await Promise.allSettled([insert('A', false), insert('B', true), insert('C', false), sql`select 1`.execute(handle.db)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const names = (await handle.db.selectFrom('organisation').select('name').orderBy('name').execute()).map((r) => r.name);
    expect(names).toEqual(['A', 'C']);
    await handle.close();
  });
});

describe('demo data', () => {
  const data = generateDemoData();

  it('is the same on every run', () => {
    expect(generateDemoData()).toEqual(data);
  });

  it('has valid synthetic identifiers and no duplicates', () => {
    for (const c of data.citizens) {
      const check = checkIdentityNumber(c.fnr, { allowSynthetic: true });
      expect(check.ok && check.value.type).toBe('synthetic');
      expect(check.ok && check.value.birthDate).toBe(c.birth_date);
    }
    for (const o of data.organisations) {
      if (o.org_number) expect(checkOrgNumber(o.org_number).ok).toBe(true);
      for (const her of o.her_ids) expect(checkHerId(her).ok).toBe(true);
    }
    for (const p of data.people) if (p.hpr_number) expect(checkHprNumber(p.hpr_number).ok).toBe(true);
    expect(new Set(data.citizens.map((c) => c.fnr)).size).toBe(data.citizens.length);
    expect(new Set(data.organisations.map((o) => o.org_number)).size).toBe(data.organisations.length);
  });

  it('covers at least three real municipalities with NAV offices, GP offices, a hospital and employers', () => {
    const kinds = (municipality: string) => new Set(data.organisations.filter((o) => o.municipality_name === municipality).map((o) => o.kind));
    for (const m of ['Larvik', 'Kristiansand', 'Lillestrøm']) {
      expect([...kinds(m)].sort()).toEqual(['employer', 'gp_office', 'hospital', 'municipality', 'nav_office']);
    }
  });

  it('has a demo user for every role and protected and shielded persons', () => {
    for (const role of ROLES) expect(data.users.some((u) => u.role === role), role).toBe(true);
    expect(data.citizens.some((c) => c.protection === 'strengt_fortrolig')).toBe(true);
    expect(data.citizens.some((c) => c.protection === 'fortrolig')).toBe(true);
    expect(data.citizens.some((c) => c.shielded)).toBe(true);
  });

  it('has sick-leave cases at every stage, from week 1 to past the maksdato', () => {
    const sick = generateDemoSickLeave(data, '2026-11-25');
    const weeks = sick.cases.map((c) => Math.floor((Date.parse('2026-11-25') - Date.parse(c.first_day)) / (7 * 86_400_000)));
    expect(Math.min(...weeks)).toBe(0);
    expect(Math.max(...weeks)).toBeGreaterThanOrEqual(55);
    for (let w = 0; w <= 52; w += 4) expect(weeks.some((x) => x >= w && x < w + 4), `week ${w}`).toBe(true);
    expect(new Set(sick.cases.map((c) => c.status))).toEqual(new Set(['active', 'graded', 'closed', 'moved_to_aap']));
    expect(sick.tasks.length).toBeGreaterThan(0);
  });
});
