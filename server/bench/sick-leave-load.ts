import { addDays, formatISO } from 'date-fns';
import type { Kysely } from 'kysely';
import { SeededRandom } from '../src/demo/random.js';
import { syntheticFnr } from '../src/demo/synthetic-ids.js';
import type { Database } from '../src/platform/db/schema.js';

const iso = (date: Date) => formatISO(date, { representation: 'date' });

/**
 * Grows one NAV office (the demo adviser's) to `officeCases` open sick-leave cases, of which
 * `gpPatients` belong to the demo GP with two hats, each with one note running past today.
 */
export async function growSickLeave(db: Kysely<Database>, officeCases: number, gpPatients: number) {
  const random = new SeededRandom(555);
  const adviser = await db.selectFrom('app_user').where('role', '=', 'nav_adviser').where('is_demo', '=', true).select(['organisation_id']).executeTakeFirstOrThrow();
  const gpUser = await db
    .selectFrom('app_user')
    .where('role', '=', 'gp')
    .where('description', 'like', '%80 %%')
    .select(['person_id', 'organisation_id'])
    .executeTakeFirstOrThrow();
  const otherGps = (await db.selectFrom('position').where('role', '=', 'gp').select('person_id').execute()).map((p) => p.person_id);
  const employers = (await db.selectFrom('organisation').where('kind', '=', 'employer').select('id').execute()).map((o) => o.id);
  const usedFnr = new Set((await db.selectFrom('citizen').select('fnr').execute()).map((c) => c.fnr));
  const uniqueFnr = (birth: string) => {
    let fnr = syntheticFnr(random, birth);
    while (usedFnr.has(fnr)) fnr = syntheticFnr(random, birth);
    usedFnr.add(fnr);
    return fnr;
  };
  const today = new Date();
  for (let done = 0; done < officeCases; done += 500) {
    const size = Math.min(500, officeCases - done);
    const rows = Array.from({ length: size }, (_, i) => {
      const index = done + i;
      const birth = `19${random.int(60, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;
      const first = addDays(today, -random.int(0, 50 * 7));
      const gp = index < gpPatients ? gpUser.person_id! : random.pick(otherGps);
      return {
        citizen: {
          id: random.uuid(),
          fnr: uniqueFnr(birth),
          given_name: 'Bench',
          family_name: `Person ${index}`,
          birth_date: birth,
          nav_office_id: adviser.organisation_id!,
          regular_gp_person_id: gp,
          employer_id: random.pick(employers),
          protection: 'none' as const,
          shielded: false,
          street: null,
          postal_code: null,
          city: null,
          municipality_number: null,
          municipality_name: null,
          phone: null,
          gp_office_id: null,
        },
        first: iso(first),
        tom: iso(addDays(today, random.int(1, 28))),
        gp,
      };
    });
    await db.insertInto('citizen').values(rows.map((r) => r.citizen)).execute();
    const cases = await db
      .insertInto('sick_case')
      .values(rows.map((r) => ({ citizen_id: r.citizen.id, employer_id: r.citizen.employer_id, nav_office_id: r.citizen.nav_office_id, first_day: r.first, last_day: r.tom, status: 'active' as const })))
      .returning('id')
      .execute();
    const notes = await db
      .insertInto('sick_note')
      .values(
        rows.map((r, j) => ({
          case_id: cases[j]!.id,
          citizen_id: r.citizen.id,
          employer_id: r.citizen.employer_id,
          issuer_person_id: r.gp,
          issued_at: new Date(r.first),
          diagnosis_system: 'ICPC-2' as const,
          diagnosis_code: 'L03',
          symptoms_findings: 'x',
          function_daily_life: 'x',
          function_work: 'x',
          remaining_capacity: 'x',
          assessment: null,
          treatment_plan: null,
          prognosis: null,
          expected_duration: null,
          full_leave_justification: 'x',
          diagnosis_text: null,
          wants_early_meeting: false,
          wants_early_dialogue: false,
          follow_up_class: 1,
          work_adaptation_note: null,
        })),
      )
      .returning('id')
      .execute();
    await db
      .insertInto('sick_note_period')
      .values(rows.map((r, j) => ({ note_id: notes[j]!.id, fom: r.first, tom: r.tom, grade: 100, type: 'full' as const })))
      .execute();
  }
}
