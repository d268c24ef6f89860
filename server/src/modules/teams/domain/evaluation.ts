/**
 * The teams' registration and evaluation (issue 8, point 6): per team, per trial site and in
 * total. Pure: the SQL hands over small pre-aggregated rows (counts per team and value, and
 * histograms for medians); this builds the groups, the bands, the medians and the small-cell
 * protection. Nothing here ever sees a person: no name, fødselsnummer or citizen id comes in, so
 * none can go out.
 */
import type { TeamKind } from '../../../platform/db/schema-teams.js';
import { ageBand, measureInfos, sessionsBand, sickLeaveWeeksBand, type MeasureInfo, type MeasureKey } from './evaluation-measures.js';
import { isSmall, PRIMARY_MARK, suppress, type CountCell } from './evaluation-suppression.js';

export interface EvaluationTeam {
  id: string;
  name: string;
  kind: TeamKind;
  trialSite: string | null;
}

/**
 * One count from the SQL: referrals or courses of a team with one value of one dimension.
 * `age` and `sick_leave` carry the raw value (an age; 'at_risk', 'unknown' or weeks), which the
 * bands here turn into the published measures.
 */
export type RawDimension = Exclude<MeasureKey, 'referrals' | 'age_band' | 'sick_leave_weeks' | 'sessions_per_course'> | 'age' | 'sick_leave';
export interface CountRow {
  teamId: string;
  dimension: RawDimension;
  value: string;
  n: number;
}
/** Days from referral to the first session, and sessions held per closed course: for medians. */
export interface HistogramRow {
  teamId: string;
  stat: 'waiting_days' | 'sessions_held';
  x: number;
  n: number;
}

export interface EvaluationInput {
  teams: readonly EvaluationTeam[];
  counts: readonly CountRow[];
  histograms: readonly HistogramRow[];
  navOffices: readonly { id: string; name: string }[];
  period: { from: string | null; to: string | null };
  /** 'all' for project management; 'own_teams' for a team lead (every group sums their teams only). */
  scope: 'all' | 'own_teams';
}

export interface EvaluationGroup {
  level: 'total' | 'trial_site' | 'team';
  key: string;
  name: string;
  teamId: string | null;
  teamKind: TeamKind | null;
  trialSite: string | null;
  /** measure → value → count, "<5" (1–4 persons) or "x" (hidden so that a "<5" cannot be worked out). */
  counts: Record<string, Record<string, CountCell>>;
  /** Null when fewer than five persons stand behind the figure (or none). */
  waitingDays: { median: number | null; p90: number | null; basis: CountCell };
  sessionsPerCourse: { median: number | null; basis: CountCell };
}
export interface Evaluation {
  period: { from: string | null; to: string | null };
  scope: 'all' | 'own_teams';
  smallCellLimit: number;
  measures: MeasureInfo[];
  groups: EvaluationGroup[];
}

type Tally = Map<string, Map<string, number>>;
interface RawGroup {
  level: EvaluationGroup['level'];
  key: string;
  name: string;
  team: EvaluationTeam | null;
  trialSite: string | null;
  tally: Tally;
  waiting: Map<number, number>;
  sessions: Map<number, number>;
}

const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const addX = (map: Map<number, number>, key: number, n: number) => map.set(key, (map.get(key) ?? 0) + n);
const measureOf = (tally: Tally, measure: string) => tally.get(measure) ?? tally.set(measure, new Map()).get(measure)!;

/** A team's published counts from its raw rows: bands made, referrals totalled. */
function teamTally(counts: readonly CountRow[], histograms: readonly HistogramRow[]): Tally {
  const tally: Tally = new Map();
  for (const row of counts) {
    if (row.dimension === 'age') add(measureOf(tally, 'age_band'), ageBand(Number(row.value)), row.n);
    else if (row.dimension === 'sick_leave') add(measureOf(tally, 'sick_leave_weeks'), sickLeaveBandOf(row.value), row.n);
    else add(measureOf(tally, row.dimension), row.value, row.n);
    if (row.dimension === 'referral_status') add(measureOf(tally, 'referrals'), 'all', row.n);
  }
  for (const h of histograms) if (h.stat === 'sessions_held') add(measureOf(tally, 'sessions_per_course'), sessionsBand(h.x), h.n);
  return tally;
}

function sickLeaveBandOf(value: string): string {
  if (value === 'at_risk') return 'at_risk';
  if (value === 'unknown') return 'unknown';
  return sickLeaveWeeksBand('sick_listed_full', Number(value));
}

function mergeInto(target: RawGroup, source: RawGroup) {
  for (const [measure, values] of source.tally) for (const [value, n] of values) add(measureOf(target.tally, measure), value, n);
  for (const [x, n] of source.waiting) addX(target.waiting, x, n);
  for (const [x, n] of source.sessions) addX(target.sessions, x, n);
}

function rawGroups(input: EvaluationInput): { total: RawGroup; sites: RawGroup[]; teams: RawGroup[] } {
  const empty = (level: RawGroup['level'], key: string, name: string, team: EvaluationTeam | null, trialSite: string | null): RawGroup => ({
    level, key, name, team, trialSite, tally: new Map(), waiting: new Map(), sessions: new Map(),
  });
  const teams = [...input.teams]
    .sort((a, b) => (a.trialSite ?? '\uffff').localeCompare(b.trialSite ?? '\uffff', 'nb') || a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id))
    .map((team) => {
      const group = empty('team', `team:${team.id}`, team.name, team, team.trialSite);
      const histograms = input.histograms.filter((h) => h.teamId === team.id);
      group.tally = teamTally(input.counts.filter((c) => c.teamId === team.id), histograms);
      for (const h of histograms) addX(h.stat === 'waiting_days' ? group.waiting : group.sessions, h.x, h.n);
      return group;
    });
  const siteNames = [...new Set(input.teams.map((t) => t.trialSite).filter((s): s is string => s !== null))].sort((a, b) => a.localeCompare(b, 'nb'));
  const sites = siteNames.map((site) => {
    const group = empty('trial_site', `site:${site}`, site, null, site);
    for (const team of teams) if (team.trialSite === site) mergeInto(group, team);
    return group;
  });
  const total = empty('total', 'total', 'Totalt', null, null);
  for (const team of teams) mergeInto(total, team);
  return { total, sites, teams };
}

/**
 * Cells numbered group × (measure, value), so the protection works on plain arrays: with 50 teams
 * there are some 7,000 cells in 20,000 sums, and string keys made that the slowest part.
 */
interface CellGrid {
  cell(group: RawGroup, measure: MeasureKey, value: string): number;
  all(group: RawGroup, measure: MeasureKey): number[];
  /** Every (measure, value) position, for sums that run across groups. */
  positions: number[];
  groupIndex(group: RawGroup): number;
  width: number;
}

function cellGrid(groups: readonly RawGroup[], measures: readonly MeasureInfo[]): CellGrid {
  const position = new Map<string, number>();
  const byMeasure = new Map<string, number[]>();
  for (const m of measures) byMeasure.set(m.key, m.values.map((v) => position.set(`${m.key}\u0000${v.key}`, position.size).size - 1));
  const width = position.size;
  const index = new Map(groups.map((g, i) => [g.key, i]));
  const groupIndex = (g: RawGroup) => index.get(g.key)!;
  return {
    cell: (g, measure, value) => groupIndex(g) * width + position.get(`${measure}\u0000${value}`)!,
    all: (g, measure) => byMeasure.get(measure)!.map((p) => groupIndex(g) * width + p),
    positions: [...position.values()],
    groupIndex,
    width,
  };
}

/** The sums a reader can check, within a group: each names the cells it ties together. */
function groupSums(grid: CellGrid, g: RawGroup, measures: readonly MeasureInfo[]): number[][] {
  const all = (measure: MeasureKey) => grid.all(g, measure);
  const one = (measure: MeasureKey, value: string) => grid.cell(g, measure, value);
  const closed = [one('courses', 'completed'), one('courses', 'dropped_out')];
  const change = measures.find((m) => m.key === 'work_status_change')!.values.map((v) => v.key);
  const endValues = measures.find((m) => m.key === 'work_status_end')!.values.map((v) => v.key);
  const byEnd = endValues.map((end) => [one('work_status_end', end), ...change.filter((k) => k.endsWith(`>${end}`)).map((k) => one('work_status_change', k))]);
  return [
    [one('referrals', 'all'), ...all('referral_status')],
    [one('referrals', 'all'), ...all('age_band')],
    [one('referrals', 'all'), ...all('sick_leave_weeks')],
    [one('referrals', 'all'), ...all('nav_office')],
    [one('referral_status', 'declined'), ...all('decline_reason')],
    [one('referral_status', 'declined'), ...all('recommendation')],
    [one('referral_status', 'accepted'), ...all('courses')],
    [one('referral_status', 'accepted'), ...all('work_status_start')],
    [...closed, ...all('sessions_per_course')],
    [...closed, ...all('work_status_end')],
    [...all('work_status_end'), ...all('work_status_change')],
    ...byEnd,
  ];
}

/** Sums across groups: a trial site is the sum of its teams, the total of the sites and of all teams. */
function hierarchySums(grid: CellGrid, groups: { total: RawGroup; sites: RawGroup[]; teams: RawGroup[] }): number[][] {
  const lines: number[][] = [];
  const parts: RawGroup[][] = [
    ...groups.sites.map((site) => [site, ...groups.teams.filter((t) => t.trialSite === site.trialSite)]),
    [groups.total, ...groups.sites, ...groups.teams.filter((t) => t.trialSite === null)],
    [groups.total, ...groups.teams],
  ];
  for (const part of parts) {
    const offsets = part.map((g) => grid.groupIndex(g) * grid.width);
    for (const p of grid.positions) lines.push(offsets.map((o) => o + p));
  }
  return lines;
}

/** The lower median and the nearest-rank 90th percentile: always a value someone had, in whole days. */
export function percentile(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const count = entries.reduce((s, [, n]) => s + n, 0);
  if (count === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * count));
  let seen = 0;
  for (const [x, n] of entries) if ((seen += n) >= rank) return x;
  return entries.at(-1)![0];
}

function statistics(group: RawGroup) {
  const basisOf = (h: Map<number, number>) => [...h.values()].reduce((s, n) => s + n, 0);
  const shownBasis = (n: number): CountCell => (isSmall(n) ? PRIMARY_MARK : n);
  // A median of fewer than five is close to one person's own figure: shown only from five.
  const safe = (h: Map<number, number>, p: number) => (basisOf(h) >= 5 ? percentile(h, p) : null);
  return {
    waitingDays: { median: safe(group.waiting, 50), p90: safe(group.waiting, 90), basis: shownBasis(basisOf(group.waiting)) },
    sessionsPerCourse: { median: safe(group.sessions, 50), basis: shownBasis(basisOf(group.sessions)) },
  };
}

export function buildEvaluation(input: EvaluationInput): Evaluation {
  const measures = measureInfos(input.navOffices);
  const groups = rawGroups(input);
  const ordered = [groups.total, ...groups.sites, ...groups.teams];
  const grid = cellGrid(ordered, measures);
  const counts: number[] = [];
  for (const g of ordered) for (const m of measures) for (const v of m.values) counts.push(g.tally.get(m.key)?.get(v.key) ?? 0);
  const sums = [...ordered.flatMap((g) => groupSums(grid, g, measures)), ...hierarchySums(grid, groups)];
  const shown = suppress({ counts, sums });
  return {
    period: input.period,
    scope: input.scope,
    smallCellLimit: 5,
    measures,
    groups: ordered.map((g) => ({
      level: g.level,
      key: g.key,
      name: g.name,
      teamId: g.team?.id ?? null,
      teamKind: g.team?.kind ?? null,
      trialSite: g.trialSite,
      counts: Object.fromEntries(measures.map((m) => [m.key, Object.fromEntries(m.values.map((v) => [v.key, shown[grid.cell(g, m.key, v.key)]!]))])),
      ...statistics(g),
    })),
  };
}
