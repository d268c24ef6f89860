/**
 * Tallies for a scope and period: from the pre-aggregated facts (dialogue, sick-leave follow-up,
 * meetings) summed in SQL per metric and month, or live from the small tables (forums, teams,
 * arenas) through the same pure rules.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { osloDate } from '../../platform/oslo-date.js';
import type { Scope } from './access.js';
import type { RollingTallies } from './domain/dashboard.js';
import { courseClosureContributions, reachTally, referralContributions, submissionContributions, twelveMonthsBefore, type ReachEvent } from './domain/live-facts.js';
import { periodDays, type Period, type TrendBucket } from './domain/period.js';
import { byMetricAndMonth, mergeTallies, type MonthlyTallies, type Tally } from './domain/tally.js';

type Db = Kysely<Database>;

/** Rows of a fact table (alias f) in the scope. */
function factArea(scope: Scope): RawBuilder<unknown> {
  switch (scope.kind) {
    case 'office':
      return sql`f.nav_office_id = ${scope.key}`;
    case 'municipality':
      return sql`f.municipality_number = ${scope.key}`;
    case 'county':
      return sql`f.municipality_number between ${`${scope.key}00`} and ${`${scope.key}99`}`;
    case 'national':
      return sql`true`;
  }
}

/** Organisations (alias o) in the scope: the office itself, or those in the municipality or county. */
function organisationArea(scope: Scope): RawBuilder<unknown> {
  switch (scope.kind) {
    case 'office':
      return sql`o.id = ${scope.key}`;
    case 'municipality':
      return sql`o.municipality_number = ${scope.key}`;
    case 'county':
      return sql`o.municipality_number between ${`${scope.key}00`} and ${`${scope.key}99`}`;
    case 'national':
      return sql`true`;
  }
}

/** The area whose GPs and GP offices the arena figures count: an office's is its municipality's. */
async function populationArea(db: Db, scope: Scope): Promise<RawBuilder<unknown>> {
  if (scope.kind !== 'office') return organisationArea(scope);
  const office = await db.selectFrom('organisation').where('id', '=', scope.key).select('municipality_number').executeTakeFirst();
  return sql`o.municipality_number = ${office?.municipality_number ?? ''}`;
}

const toTally = (r: { n: number; hits: number; hist: number[] | null }): Tally => ({ n: Number(r.n), hits: Number(r.hits), hist: r.hist ? r.hist.map(Number) : null });

/**
 * Fact rows of the scope and period, added up here rather than in SQL: a county's year is a few
 * thousand rows, and adding histograms in JavaScript is several times cheaper than an element-wise
 * SQL aggregate (on PGlite especially).
 */
export async function factTallies(db: Db, metrics: readonly string[], scope: Scope, period: Period): Promise<MonthlyTallies> {
  const { start, endExclusive } = periodDays(period);
  const rows = await sql<{ metric: string; month: string; n: number; hits: number; hist: number[] | null }>`
    select f.metric, f.month::text as month, f.n, f.hits, f.hist
      from insights_office_month f
     where f.metric = any(${[...metrics]}::text[]) and f.month >= ${start}::date and f.month < ${endExclusive}::date and ${factArea(scope)}`.execute(db);
  const out: MonthlyTallies = new Map();
  for (const r of rows.rows) {
    if (!out.has(r.metric)) out.set(r.metric, new Map());
    const months = out.get(r.metric)!;
    const key = r.month.slice(0, 10);
    const before = months.get(key);
    months.set(key, before ? mergeTallies(before, toTally(r)) : toTally(r));
  }
  return out;
}

/** Per GP, summed over the period (the area's spread of GPs, or the GP's own figure). */
export async function gpTallies(db: Db, metrics: readonly string[], scope: Scope, period: Period, gpPersonId?: string): Promise<Map<string, Map<string, Tally>>> {
  const { start, endExclusive } = periodDays(period);
  const rows = await sql<{ metric: string; gp: string; n: number; hits: number; hist: number[] | null }>`
    select f.metric, f.gp_person_id as gp, f.n, f.hits, f.hist
      from insights_gp_month f
     where f.metric = any(${[...metrics]}::text[]) and f.month >= ${start}::date and f.month < ${endExclusive}::date
       and ${gpPersonId ? sql`f.gp_person_id = ${gpPersonId}` : factArea(scope)}`.execute(db);
  const out = new Map<string, Map<string, Tally>>();
  for (const r of rows.rows) {
    if (!out.has(r.metric)) out.set(r.metric, new Map());
    const byGp = out.get(r.metric)!;
    const before = byGp.get(r.gp);
    byGp.set(r.gp, before ? mergeTallies(before, toTally(r)) : toTally(r));
  }
  return out;
}

const oslo = (day: string) => sql`(${day}::date)::timestamp at time zone 'Europe/Oslo'`;

export async function forumTallies(db: Db, scope: Scope, period: Period): Promise<MonthlyTallies> {
  const { start, endExclusive } = periodDays(period);
  const rows = await sql<{ kind: 'deviation' | 'proposal'; status: string; created_at: Date; outcome_at: Date | null; covered: boolean }>`
    select s.kind, s.status, s.created_at, s.outcome_at,
           exists (select 1 from forum_recommendation_case rc join forum_recommendation r on r.id = rc.recommendation_id
                    where rc.submission_id = s.id and r.status = 'published') as covered
      from forum_submission s
      left join app_user u on u.id = s.submitted_by
      left join organisation o on o.id = u.organisation_id
     where s.created_at >= ${oslo(start)} and s.created_at < ${oslo(endExclusive)} and ${organisationArea(scope)}`.execute(db);
  return byMetricAndMonth(
    rows.rows.flatMap((r) => submissionContributions({ kind: r.kind, status: r.status, createdAt: new Date(r.created_at), outcomeAt: r.outcome_at && new Date(r.outcome_at), coveredByPublished: r.covered })),
  );
}

export async function teamTallies(db: Db, scope: Scope, period: Period): Promise<MonthlyTallies> {
  const { start, endExclusive } = periodDays(period);
  const [referrals, closures] = await Promise.all([
    sql<{ status: Parameters<typeof referralContributions>[0]['status']; created_at: Date; first_session_at: Date | null }>`
      select r.status, r.created_at, c.first_session_at
        from team_referral r join organisation o on o.id = r.nav_office_id left join team_course c on c.referral_id = r.id
       where r.created_at >= ${oslo(start)} and r.created_at < ${oslo(endExclusive)} and ${organisationArea(scope)}`.execute(db),
    sql<{ status: 'active' | 'completed' | 'dropped_out'; closed_at: Date | null; work_status_end: string | null }>`
      select c.status, c.closed_at, c.work_status_end
        from team_course c join team_referral r on r.id = c.referral_id join organisation o on o.id = r.nav_office_id
       where c.closed_at >= ${oslo(start)} and c.closed_at < ${oslo(endExclusive)} and ${organisationArea(scope)}`.execute(db),
  ]);
  return byMetricAndMonth([
    ...referrals.rows.flatMap((r) => referralContributions({ status: r.status, createdAt: new Date(r.created_at), firstSessionAt: r.first_session_at && new Date(r.first_session_at) })),
    ...closures.rows.flatMap((c) => courseClosureContributions({ status: c.status, closedAt: c.closed_at && new Date(c.closed_at), workStatusEnd: c.work_status_end })),
  ]);
}

export async function arenaTallies(db: Db, scope: Scope, period: Period, buckets: readonly TrendBucket[], today: string): Promise<Map<string, RollingTallies>> {
  const area = await populationArea(db, scope);
  const { endExclusive } = periodDays(period);
  const windowStart = twelveMonthsBefore(`${buckets[0]!.months[0]!.slice(0, 7)}-01`);
  const [gps, attended] = await Promise.all([
    sql<{ id: string }>`
      select distinct p.person_id as id from position p join organisation o on o.id = p.organisation_id
       where p.role = 'gp' and o.kind = 'gp_office' and (p.valid_to is null or p.valid_to >= ${today}::date) and ${area}`.execute(db),
    sql<{ person_id: string; starts_at: Date }>`
      select u.person_id, s.starts_at
        from arena_attendance a join arena_participant ap on ap.id = a.participant_id join app_user u on u.id = ap.user_id
        join arena_session s on s.id = a.session_id
       where a.attended and ap.is_gp and u.person_id is not null and s.starts_at >= ${oslo(windowStart)} and s.starts_at < ${oslo(endExclusive)}`.execute(db),
  ]);
  const [offices, visits] = await Promise.all([
    sql<{ id: string }>`select o.id from organisation o where o.kind = 'gp_office' and o.active and ${area}`.execute(db),
    sql<{ organisation_id: string; visit_at: Date }>`
      select v.organisation_id, v.visit_at from arena_visit_office v
       where v.stage = 'done' and v.visit_at >= ${oslo(windowStart)} and v.visit_at < ${oslo(endExclusive)}`.execute(db),
  ]);
  const gpEvents: ReachEvent[] = attended.rows.map((r) => ({ memberKey: r.person_id, day: osloDate(r.starts_at) }));
  const visitEvents: ReachEvent[] = visits.rows.map((r) => ({ memberKey: r.organisation_id, day: osloDate(r.visit_at) }));
  const rolling = (population: Set<string>, events: ReachEvent[]): RollingTallies => {
    const byBucket = new Map<string, Tally>();
    for (const b of buckets) {
      const end = periodDays({ from: b.months.at(-1)!.slice(0, 7), to: b.months.at(-1)!.slice(0, 7) }).endExclusive;
      byBucket.set(b.key, reachTally(population, events, twelveMonthsBefore(end), end));
    }
    return { total: byBucket.get(buckets.at(-1)!.key)!, byBucket };
  };
  return new Map([
    ['gps_reached', rolling(new Set(gps.rows.map((r) => r.id)), gpEvents)],
    ['visit_round_coverage', rolling(new Set(offices.rows.map((r) => r.id)), visitEvents)],
  ]);
}
