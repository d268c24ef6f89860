import type { Kysely } from 'kysely';
import type { Clock } from '../platform/clock.js';
import type { Database } from '../platform/db/schema.js';
import { formatISO } from 'date-fns';
import { generateDemoData } from './generate.js';
import { generateDemoSickLeave } from './sick-leave.js';
import { seedDemoReachability } from './reachability.js';
import { seedDemoDialogue } from './dialogue.js';
import { seedDemoInteropPartners } from './interop.js';
import { seedDemoMeetings } from './meetings.js';
import { seedDemoTeams } from './teams.js';
import { seedDemoForums } from './forums.js';
import { seedDemoSurveys } from './surveys.js';
import { seedDemoArenaOutreach } from './arena-outreach.js';
import { seedDemoArenas } from './arenas.js';
import { seedDemoCatalogue } from './catalogue.js';
import { seedDemoInsights } from './insights.js';
import { refreshCaseDeadlines } from '../modules/sickleave/deadlines.js';
import { DEFAULT_RULES } from '../modules/sickleave/domain/index.js';

const BATCH = 500;

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Writes the demo data in one transaction, only into an empty database. */
export async function seedDemoDataIfEmpty(db: Kysely<Database>, clock: Clock) {
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('app_user').select('id').limit(1).executeTakeFirst();
    if (existing) return null;
    const data = generateDemoData();
    const now = clock.now();
    await insertInBatches(data.organisations, (b) =>
      tx.insertInto('organisation').values(b.map((o) => ({ ...o, opening_hours: JSON.stringify(o.opening_hours), created_at: now, updated_at: now }))).execute(),
    );
    await insertInBatches(data.people, (b) => tx.insertInto('person').values(b).execute());
    await insertInBatches(data.positions, (b) => tx.insertInto('position').values(b).execute());
    await insertInBatches(data.contactRoles, (b) => tx.insertInto('contact_role').values(b).execute());
    await insertInBatches(data.citizens, (b) => tx.insertInto('citizen').values(b).execute());
    // Demo users can also sign in through a local OIDC provider, as subject "demo-<role>-<n>".
    const counts = new Map<string, number>();
    const subject = (role: string) => {
      const n = (counts.get(role) ?? 0) + 1;
      counts.set(role, n);
      return `demo-${role}-${n}`;
    };
    await insertInBatches(data.users, (b) =>
      tx.insertInto('app_user').values(b.map((u) => ({ ...u, is_demo: true, oidc_subject: subject(u.role) }))).execute(),
    );
    const sick = generateDemoSickLeave(data, formatISO(now, { representation: 'date' }));
    await insertInBatches(sick.cases, (b) => tx.insertInto('sick_case').values(b).execute());
    await insertInBatches(sick.notes, (b) => tx.insertInto('sick_note').values(b as never).execute());
    await insertInBatches(sick.periods, (b) => tx.insertInto('sick_note_period').values(b).execute());
    await insertInBatches(sick.events, (b) => tx.insertInto('case_event').values(b).execute());
    await insertInBatches(sick.decisions, (b) => tx.insertInto('case_decision').values(b).execute());
    await insertInBatches(sick.measures, (b) => tx.insertInto('case_measure').values(b).execute());
    await insertInBatches(sick.tasks, (b) => tx.insertInto('case_task').values(b).execute());
    await refreshCaseDeadlines(tx, sick.cases.map((c) => c.id), now, DEFAULT_RULES);
    await seedDemoReachability(tx, data, now);
    await seedDemoDialogue(tx, data, sick, now);
    await seedDemoMeetings(tx, data, sick, now);
    await seedDemoTeams(tx, data, sick, now);
    await seedDemoForums(tx, data, now);
    await seedDemoSurveys(tx, data, now);
    await seedDemoArenas(tx, data, now);
    await seedDemoArenaOutreach(tx, data, now);
    await seedDemoCatalogue(tx, data, now);
    // The demo's history predates the national exchange: only messages sent from now on owe a document.
    await tx.deleteFrom('interop_message').execute();
    await seedDemoInteropPartners(tx, data, now);
    // Last: the KPI facts are computed from everything seeded above.
    await seedDemoInsights(tx, now);
    return {
      sickLeaveCases: sick.cases.length,
      organisations: data.organisations.length,
      people: data.people.length,
      citizens: data.citizens.length,
      demoUsers: data.users.length,
    };
  });
}
