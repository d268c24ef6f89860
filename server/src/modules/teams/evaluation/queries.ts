/**
 * The evaluation's SQL: everything is counted IN the database (one GROUP BY GROUPING SETS, per
 * team and value) and comes back as a small row set — a few thousand rows for 50 teams and
 * 20,000 courses — for the pure aggregation in domain/evaluation.ts. No query here selects a name, a fødselsnummer or a
 * citizen id: only team ids, codes, numbers and the participants' NAV offices.
 *
 * The period is the referrals' cohort: referrals made in [from, to) and what became of them
 * (their courses, sessions and goals, whenever those happened), so start and end of one course
 * are always counted together.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { TeamKind } from '../../../platform/db/schema-teams.js';
import type { CountRow, EvaluationTeam, HistogramRow, RawDimension } from '../domain/evaluation.js';
import { DECLINE_REASON_CATEGORIES, RECOMMENDATION_CATEGORIES, transitionKey, type TextCategory } from '../domain/evaluation-measures.js';

type Db = Kysely<Database>;

export interface EvaluationScope {
  teamIds: readonly string[];
  /** Instants (Oslo midnight of the dates asked for); null: open-ended. */
  from: Date | null;
  to: Date | null;
}

/** The teams to report on: all, or the given ones; optionally one trial site or one team. */
export async function teamsFor(db: Db, filter: { teamIds: readonly string[] | 'all'; teamId?: string; trialSite?: string }): Promise<EvaluationTeam[]> {
  if (filter.teamIds !== 'all' && filter.teamIds.length === 0) return [];
  let query = db.selectFrom('team').select(['id', 'name', 'kind', 'trial_site']);
  if (filter.teamIds !== 'all') query = query.where('id', 'in', [...filter.teamIds]);
  if (filter.teamId) query = query.where('id', '=', filter.teamId);
  if (filter.trialSite !== undefined) query = query.where('trial_site', '=', filter.trialSite);
  const rows = await query.execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind as TeamKind, trialSite: r.trial_site }));
}

/** The category of a free text, in SQL, from the same patterns as `categorise` (first match wins). */
function categoryCase(column: RawBuilder<unknown>, categories: readonly TextCategory[], empty: string): RawBuilder<string> {
  const whens = categories.map((c) => sql`when ${column} ~* ${c.pattern} then ${c.key}`);
  return sql<string>`case when coalesce(trim(${column}), '') = '' then ${empty} ${sql.join(whens, sql` `)} else 'other' end`;
}

/**
 * The period's referrals of the teams: the teams as a joined list (hashed once), not `= any(…)`,
 * which compares every row with every team id.
 */
function inPeriod(scope: EvaluationScope): RawBuilder<boolean> {
  const from = scope.from ? sql`and r.created_at >= ${scope.from}` : sql``;
  const to = scope.to ? sql`and r.created_at < ${scope.to}` : sql``;
  return sql<boolean>`r.team_id in (select unnest(${sql.val([...scope.teamIds])}::uuid[])) ${from} ${to}`;
}

/**
 * What is counted per referral and its course (if any), in the columns' own types (narrow rows
 * hash in memory). A NULL means "not counted here" (no course, not declined, not closed).
 */
function columns() {
  const closed = sql`c.status in ('completed', 'dropped_out')`;
  return {
    status: sql`r.status`,
    declineReason: sql`case when r.status = 'declined' then ${categoryCase(sql`r.decline_reason`, DECLINE_REASON_CATEGORIES, 'other')} end`,
    recommendation: sql`case when r.status = 'declined' then ${categoryCase(sql`r.recommendation`, RECOMMENDATION_CATEGORIES, 'none')} end`,
    courseStatus: sql`c.status`,
    workStart: sql`c.work_status_start`,
    workEnd: sql`case when ${closed} then c.work_status_end end`,
    age: sql`r.age_at_referral`,
    // At risk (not sick-listed) as -1, sick-listed with the weeks unknown as -2.
    sickLeave: sql`case when r.sick_leave_status = 'at_risk' then -1 else coalesce(r.sick_leave_weeks, -2) end`,
    navOffice: sql`r.nav_office_id`,
    waitingDays: sql`case when c.first_session_at is not null then greatest(0, floor(extract(epoch from c.first_session_at - r.created_at) / 86400))::int end`,
    heldClosed: sql`case when ${closed} then c.sessions_held end`,
  };
}
type Column = keyof ReturnType<typeof columns>;
const COLUMNS = Object.keys(columns()) as Column[];
/** The first six vary together (a few hundred combinations per team); the rest each on its own. */
const FATE: Column[] = ['status', 'declineReason', 'recommendation', 'courseStatus', 'workStart', 'workEnd'];
const SINGLES: Column[] = ['age', 'sickLeave', 'navOffice', 'waitingDays', 'heldClosed'];

interface GroupedRow {
  team_id: string;
  values: Partial<Record<Column, string | number | null>>;
  /** Bit i (from the left, in COLUMNS order) is 0 when that column is grouped in this row. */
  grouping: number;
  n: number;
  sessions: number | null;
  goals_set: number | null;
  goals_reached: number | null;
}

/**
 * One pass over the period's referrals and their courses, counted per team with GROUPING SETS:
 * the referral's fate (status, decline reason and recommendation, course status, work status at
 * start and closure) together, each other dimension on its own, and per team the sums of sessions
 * held and goals (kept on each course by migration 0012's triggers). Seven sets instead of one
 * per measure halve the hashing; more work memory keeps it out of temporary files.
 */
async function groupedCounts(db: Db, scope: EvaluationScope): Promise<GroupedRow[]> {
  const defs = columns();
  const selected = COLUMNS.map((c) => sql`${defs[c]} as ${sql.ref(c)}`);
  const refs = COLUMNS.map((c) => sql.ref(c));
  const sets = [sql`(team_id, ${sql.join(FATE.map((c) => sql.ref(c)))})`, ...SINGLES.map((c) => sql`(team_id, ${sql.ref(c)})`), sql`(team_id)`];
  const result = await db.transaction().execute(async (tx) => {
    await sql`set local work_mem = '32MB'`.execute(tx);
    return sql<Record<string, unknown>>`
      select team_id, ${sql.join(refs)}, grouping(${sql.join(refs)}) as grp, count(*)::int as n,
             sum(sessions_held)::int as sessions, sum(goals_set)::int as goals_set, sum(goals_reached)::int as goals_reached
        from (select r.team_id, c.sessions_held, c.goals_set, c.goals_reached, ${sql.join(selected)}
                from team_referral r
                left join team_course c on c.referral_id = r.id
               where ${inPeriod(scope)}) as x
       group by grouping sets (${sql.join(sets)})`.execute(tx);
  });
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return result.rows.map((row) => ({
    team_id: row.team_id as string,
    values: Object.fromEntries(COLUMNS.map((c) => [c, (row[c] as string | number | null) ?? null])),
    grouping: Number(row.grp),
    n: Number(row.n),
    sessions: num(row.sessions),
    goals_set: num(row.goals_set),
    goals_reached: num(row.goals_reached),
  }));
}

export interface EvaluationRows {
  counts: CountRow[];
  histograms: HistogramRow[];
  navOffices: { id: string; name: string }[];
}

const grouped = (row: GroupedRow, column: Column) => (row.grouping & (1 << (COLUMNS.length - 1 - COLUMNS.indexOf(column)))) === 0;

/** A fate row counts once for each of the measures its columns name. */
function fateCounts(row: GroupedRow, add: (dimension: RawDimension, value: unknown) => void) {
  const v = row.values;
  add('referral_status', v.status);
  add('decline_reason', v.declineReason);
  add('recommendation', v.recommendation);
  add('courses', v.courseStatus);
  add('work_status_start', v.workStart);
  add('work_status_end', v.workEnd);
  if (v.workStart !== null && v.workEnd !== null) add('work_status_change', transitionKey(String(v.workStart), String(v.workEnd)));
}

const SICK_LEAVE_WORDS: Record<number, string> = { [-1]: 'at_risk', [-2]: 'unknown' };

/** Turns the grouped rows into the pure code's counts and histograms. */
export function rowsToCounts(rows: readonly GroupedRow[]): Omit<EvaluationRows, 'navOffices'> {
  const counts: CountRow[] = [];
  const histograms: HistogramRow[] = [];
  for (const row of rows) {
    const teamId = row.team_id;
    const add = (dimension: RawDimension, value: unknown) => {
      if (value !== null && value !== undefined) counts.push({ teamId, dimension, value: String(value), n: row.n });
    };
    const v = row.values;
    if (grouped(row, 'status')) fateCounts(row, add);
    else if (grouped(row, 'age')) add('age', v.age);
    else if (grouped(row, 'sickLeave')) add('sick_leave', SICK_LEAVE_WORDS[Number(v.sickLeave)] ?? v.sickLeave);
    else if (grouped(row, 'navOffice')) add('nav_office', v.navOffice ?? 'unknown');
    else if (grouped(row, 'waitingDays')) {
      if (v.waitingDays !== null) histograms.push({ teamId, stat: 'waiting_days', x: Number(v.waitingDays), n: row.n });
    } else if (grouped(row, 'heldClosed')) {
      if (v.heldClosed !== null) histograms.push({ teamId, stat: 'sessions_held', x: Number(v.heldClosed), n: row.n });
    } else {
      // The team's own row: totals of sessions held and goals.
      counts.push({ teamId, dimension: 'sessions_held', value: 'all', n: row.sessions ?? 0 });
      counts.push({ teamId, dimension: 'goals', value: 'set', n: row.goals_set ?? 0 });
      counts.push({ teamId, dimension: 'goals', value: 'reached', n: row.goals_reached ?? 0 });
    }
  }
  return { counts, histograms };
}

/** All the evaluation's rows for the teams and the period. */
export async function evaluationRows(db: Db, scope: EvaluationScope): Promise<EvaluationRows> {
  if (scope.teamIds.length === 0) return { counts: [], histograms: [], navOffices: [] };
  const { counts, histograms } = rowsToCounts(await groupedCounts(db, scope));
  const officeIds = [...new Set(counts.filter((r) => r.dimension === 'nav_office' && r.value !== 'unknown').map((r) => r.value))];
  const navOffices = officeIds.length ? await db.selectFrom('organisation').where('id', 'in', officeIds).select(['id', 'name']).execute() : [];
  return { counts, histograms, navOffices };
}
