/**
 * Demo catalogue work (issue 11): the practice consultant and the forum secretary edit the
 * knowledge base (grant `catalogue_editor`; the admin may too), and a new model written by the
 * practice consultant waits for review, so another editor can read, return or publish it. The
 * shipped content itself is loaded on every start, demo or not (modules/catalogue/shipped), and
 * here as well, so a database seeded once (the tests' template) already holds it.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema.js';
import { personName } from '../platform/names.js';
import { syncShippedCatalogue } from '../modules/catalogue/shipped/sync.js';
import type { DemoData } from './generate.js';

type Tx = Transaction<Database>;
const EDITOR_ROLES = ['practice_consultant', 'forum_secretary'] as const;

/** A complete model, as an editor would write one after an interview; synthetic, not from report 002. */
const DEMO_MODEL = {
  slug: 'faste-moter-fastleger-og-nav-larvik',
  reportSection: null,
  title: 'Faste møter mellom fastleger og NAV-veiledere i Larvik',
  idealTypeSummary: [
    'Fastlegene på hvert legekontor møter sin faste kontaktperson i NAV to ganger i halvåret',
    'Møtene tar opp rutiner, ikke enkeltpasienter',
    'Praksiskonsulenten kaller inn og skriver kort referat',
  ],
  inspiredBy: 'Demoeksempel (Larvik), skrevet i demodataene',
  levels: ['within_municipality'],
  domains: ['sick_leave_follow_up'],
  sites: [{ municipality: 'Larvik', county: 'Vestfold', population: 48_000, distanceToHospitalKm: 20, travelTimeToHospitalMinutes: 25 }],
  gpOfficeKind: 'private',
  purpose: 'Gjøre samarbeidet om sykmeldte forutsigbart: kjente kontaktpersoner og felles rutiner for dialogmeldinger og dialogmøter.',
  participants: ['Fastlegene på legekontoret', 'Fast kontaktperson i NAV Larvik', 'Praksiskonsulent'],
  gpRole: { intensity: 'active', description: 'Fastlegene deltar på møtene på eget kontor og melder inn saker om rutiner.' },
  steering: ['doctor', 'nav'],
  relationshipType: 'coordination',
  motive: 'Begge parter sparer tid når henvendelsene er presise og kontaktpersonen er kjent.',
  trigger: 'Mange ubesvarte dialogmeldinger og tvil om hvem i NAV som har saken.',
  phases: ['Oppstart med ett kontor', 'Utvidet til alle legekontor'],
  coordination: { routines: 'Faste møter to ganger i halvåret, 45 minutter i lunsjen.', partners: 'Få: ett legekontor og én kontaktperson om gangen', timeSetAside: '45 minutter to ganger i halvåret' },
  financing: 'Møtet holdes i arbeidstiden; ingen egen finansiering.',
  tariffs: null,
  legalBasis: ['Folketrygdloven § 8-7 a'],
  prerequisites: ['Fast kontaktperson i NAV for hvert legekontor'],
  experiences: { works: [], challenges: [] },
  facts: [],
  status: 'pilot',
  sources: [{ citation: 'Demodata', informant: 'Praksiskonsulent', date: null }],
};

export async function seedDemoCatalogue(tx: Tx, data: DemoData, now: Date) {
  // Loaded here too (it is idempotent), so a database seeded once — the test template — has it.
  await syncShippedCatalogue(tx, { now: () => now });
  const editors = data.users.filter((u) => (EDITOR_ROLES as readonly string[]).includes(u.role));
  for (const editor of editors) {
    await tx.updateTable('app_user').set({ grants: [...editor.grants, 'catalogue_editor'] }).where('id', '=', editor.id).execute();
  }
  const author = editors.find((u) => u.role === 'practice_consultant');
  if (!author) return;
  const person = data.people.find((p) => p.id === author.person_id);
  const name = person ? personName(person.given_name, person.family_name) : 'Praksiskonsulent';
  const entry = await tx
    .insertInto('catalogue_entry')
    .values({ kind: 'model', slug: DEMO_MODEL.slug, status: 'in_review', working_version: 1, title: DEMO_MODEL.title, status_changed_at: now, status_changed_by: name, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('catalogue_version')
    .values({ entry_id: entry.id, version: 1, content: JSON.stringify(DEMO_MODEL), title: DEMO_MODEL.title, author_user_id: author.id, author_name: name, change_note: 'Første utkast etter intervju', created_at: now })
    .execute();
}
