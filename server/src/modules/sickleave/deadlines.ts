import { formatISO } from 'date-fns';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import type { SickLeaveRules } from './domain/index.js';
import { caseQuery, timelinesFor, toFacts } from './case-rows.js';

type Executor = Kysely<Database> | Transaction<Database>;

const iso = (date: Date) => formatISO(date, { representation: 'date' });

/** Statuses whose deadlines still run: the ones the lists show. */
export const RUNNING_STATUSES = ['active', 'graded', 'pending', 'fit_for_job_placement'] as const;

/**
 * Rewrites the stored open deadlines, maksdato and next due milestone of the given cases from
 * their timelines as of `today`. Callers that change a case pass their transaction, so the lists
 * never show a case as it was before a committed change.
 */
export async function refreshCaseDeadlines(executor: Executor, caseIds: readonly string[], today: Date, rules: SickLeaveRules): Promise<void> {
  if (caseIds.length === 0) return;
  const rows = await caseQuery(executor).where('sc.id', 'in', [...caseIds]).execute();
  const timelines = await timelinesFor(executor, rows.map(toFacts), today, rules);
  const ids: string[] = [];
  const maksdatos: string[] = [];
  const nextDueOn: (string | null)[] = [];
  const nextDueKey: (string | null)[] = [];
  const deadlines: { case_id: string; key: string; owner: 'gp' | 'nav' | 'employer' | 'patient'; due_on: string }[] = [];
  for (const row of rows) {
    const timeline = timelines.get(row.id)!;
    ids.push(row.id);
    maksdatos.push(timeline.maksdato.maksdato);
    nextDueOn.push(timeline.nextDue?.dueDate ?? null);
    nextDueKey.push(timeline.nextDue?.key ?? null);
    for (const m of timeline.milestones) {
      if (m.status !== 'done' && m.status !== 'not_applicable') deadlines.push({ case_id: row.id, key: m.key, owner: m.owner, due_on: m.dueDate });
    }
  }
  await executor.deleteFrom('case_deadline').where('case_id', 'in', ids).execute();
  for (let i = 0; i < deadlines.length; i += 2000) {
    await executor.insertInto('case_deadline').values(deadlines.slice(i, i + 2000)).execute();
  }
  // One statement for all cases: unnest pairs the arrays row by row.
  await sql`
    update sick_case as sc
       set maksdato = v.maksdato, next_due_on = v.next_due_on, next_due_key = v.next_due_key, deadlines_as_of = ${iso(today)}::date
      from unnest(${ids}::uuid[], ${maksdatos}::date[], ${nextDueOn}::date[], ${nextDueKey}::text[])
           as v(id, maksdato, next_due_on, next_due_key)
     where sc.id = v.id`.execute(executor);
}

/**
 * Brings every running case whose deadlines were computed for another day than `today` (or never) up to date,
 * in batches. Only the date-dependent part changes overnight, but recomputing is cheaper to get
 * right than tracking which part that is. Returns how many cases were refreshed.
 */
export async function refreshStaleDeadlines(db: Kysely<Database>, today: Date, rules: SickLeaveRules, batchSize = 1000): Promise<number> {
  const day = iso(today);
  let refreshed = 0;
  for (;;) {
    const stale = await db
      .selectFrom('sick_case')
      .where('status', 'in', [...RUNNING_STATUSES])
      .where((eb) => eb.or([eb('deadlines_as_of', 'is', null), eb('deadlines_as_of', '!=', day)]))
      .select('id')
      .limit(batchSize)
      .execute();
    if (stale.length === 0) return refreshed;
    await db.transaction().execute((tx) => refreshCaseDeadlines(tx, stale.map((s) => s.id), today, rules));
    refreshed += stale.length;
  }
}

/**
 * Keeps the stored deadlines current for the day the clock shows. Lists call `ensureCurrent` first:
 * after midnight the first caller refreshes (once, shared by concurrent callers), the rest of the
 * day it costs a string comparison. Safe with several app instances: the refresh is idempotent.
 */
export class DeadlineKeeper {
  private currentDay: string | null = null;
  private running: { day: string; done: Promise<void> } | null = null;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly rules: SickLeaveRules,
  ) {}

  async ensureCurrent(today: Date): Promise<void> {
    const day = iso(today);
    while (this.currentDay !== day) {
      if (this.running?.day === day) return this.running.done;
      // A refresh for another day (the clock passed midnight meanwhile) finishes first.
      if (this.running) {
        await this.running.done.catch(() => undefined);
        continue;
      }
      const done = refreshStaleDeadlines(this.db, today, this.rules)
        .then(() => {
          this.currentDay = day;
        })
        .finally(() => {
          this.running = null;
        });
      this.running = { day, done };
      return done;
    }
  }

  /** Waits for a refresh under way (the app waits for it before closing its database). */
  async settle(): Promise<void> {
    await this.running?.done.catch(() => undefined);
  }

  /** For writers outside the commands (imports, benchmarks): forget the day so the next list checks again. */
  invalidate(): void {
    this.currentDay = null;
  }
}
