/**
 * What the teams' registration counts (issue 8, point 6), with the labels a researcher and the UI
 * read. One place for the bands and categories: the SQL groups by what these say, the pure
 * aggregation and the CSV name them from here.
 */
import type { TeamCourseStatus, TeamReferralStatus } from '../../../platform/db/schema-teams.js';
import { WORK_STATUS_LABELS, WORK_STATUSES } from './work-status.js';

export interface Label {
  nb: string;
  en: string;
}
export interface MeasureValue extends Label {
  key: string;
}
export interface MeasureInfo extends Label {
  key: MeasureKey;
  values: MeasureValue[];
}

export const MEASURE_KEYS = [
  'referrals',
  'referral_status',
  'decline_reason',
  'recommendation',
  'age_band',
  'sick_leave_weeks',
  'nav_office',
  'courses',
  'sessions_per_course',
  'sessions_held',
  'goals',
  'work_status_start',
  'work_status_end',
  'work_status_change',
] as const;
export type MeasureKey = (typeof MEASURE_KEYS)[number];

export const REFERRAL_STATUSES: readonly TeamReferralStatus[] = ['pending_gp_approval', 'submitted', 'waiting', 'accepted', 'declined', 'withdrawn'];
export const COURSE_STATUSES: readonly TeamCourseStatus[] = ['active', 'completed', 'dropped_out'];

const label = (nb: string, en: string): Label => ({ nb, en });

const REFERRAL_STATUS_LABELS: Record<TeamReferralStatus, Label> = {
  pending_gp_approval: label('Venter på fastlegens godkjenning', 'Awaiting the GP’s approval'),
  submitted: label('Til vurdering', 'Awaiting intake'),
  waiting: label('På venteliste', 'On the waiting list'),
  accepted: label('Inkludert', 'Included'),
  declined: label('Avslått', 'Declined'),
  withdrawn: label('Trukket', 'Withdrawn'),
};
const COURSE_STATUS_LABELS: Record<TeamCourseStatus, Label> = {
  active: label('Aktive forløp', 'Active courses'),
  completed: label('Fullførte forløp', 'Completed courses'),
  dropped_out: label('Avbrutte forløp', 'Dropped out'),
};
/** Age at referral: the bands; outside 18–55 is "other" (the work-focus team's own range). */
export const AGE_BANDS = [
  { key: '18-24', min: 18, max: 24 },
  { key: '25-34', min: 25, max: 34 },
  { key: '35-44', min: 35, max: 44 },
  { key: '45-55', min: 45, max: 55 },
] as const;
export function ageBand(age: number): string {
  return AGE_BANDS.find((b) => age >= b.min && age <= b.max)?.key ?? 'other';
}

/** Weeks on sick leave at referral; people referred before any sick leave are "at risk". */
export function sickLeaveWeeksBand(status: 'at_risk' | 'sick_listed_full' | 'sick_listed_graded', weeks: number | null): string {
  if (status === 'at_risk') return 'at_risk';
  if (weeks === null) return 'unknown';
  if (weeks <= 4) return '0-4';
  if (weeks <= 8) return '5-8';
  return '9+';
}

/** Held sessions per closed course, in bands around report 003's model (5–15, most used 6–9). */
export function sessionsBand(held: number): string {
  if (held <= 4) return '0-4';
  if (held <= 9) return '5-9';
  if (held <= 15) return '10-15';
  return '16+';
}

/**
 * A decline's reason and recommendation are free text the team writes to the GP; evaluation
 * counts them by category only, so no text (which may name someone) ever leaves the team. First
 * match wins. The patterns are case-insensitive and written so PostgreSQL (~*) and JavaScript
 * read them the same (plain alternations, no word boundaries).
 */
export interface TextCategory extends Label {
  key: string;
  pattern: string;
}
/** Report 003's rejection reasons (did not attend, declined, more serious problems, too far from work, outside the target group). */
export const DECLINE_REASON_CATEGORIES: readonly TextCategory[] = [
  { key: 'did_not_attend', pattern: 'møtte ikke|uteble|ikke møtt|did not attend|no-show', ...label('Møtte ikke', 'Did not attend') },
  { key: 'too_severe', pattern: 'alvorlig|omfattende|for tung|spesialisthelsetjenest|psykose|rusmiddel|rusproblem|rusbruk|suicid|selvmord|severe|specialist', ...label('For alvorlige eller sammensatte plager', 'Too severe or complex problems') },
  { key: 'too_far_from_work', pattern: 'langt fra arbeid|langt unna arbeid|langtidssykmeldt|lang sykmelding|arbeidsavklaring|aap|far from work', ...label('For langt fra arbeid', 'Too far from work') },
  { key: 'not_ready', pattern: 'motivasjon|motivert|ønsker ikke|vil ikke|ikke klar|takket nei|not ready|not motivated|does not want|declined', ...label('Takket nei eller ikke klar', 'Declined or not ready') },
  { key: 'outside_criteria', pattern: 'alder|kriteri|målgruppe|for lenge|uker sykmeldt|criteria|target group|outside', ...label('Utenfor målgruppen', 'Outside the target group') },
];
export const RECOMMENDATION_CATEGORIES: readonly TextCategory[] = [
  { key: 'dps', pattern: 'dps|distriktspsykiatrisk|district psychiatric', ...label('Distriktspsykiatrisk senter (DPS)', 'District psychiatric centre') },
  { key: 'work_rehabilitation', pattern: 'arbeidsrettet|rehabilitering|work-oriented|rehabilitation', ...label('Arbeidsrettet rehabilitering', 'Work-oriented rehabilitation') },
  { key: 'physiotherapy', pattern: 'fysioterap|manuellterap|physio', ...label('Fysioterapi', 'Physiotherapy') },
  { key: 'municipal_mental_health', pattern: 'rask psykisk|psykisk helsetjeneste|kommunal|municipal', ...label('Kommunal psykisk helsetjeneste', 'Municipal mental-health service') },
  { key: 'nav_measure', pattern: 'nav|tiltak', ...label('Tiltak i regi av NAV', 'A NAV measure') },
  { key: 'gp_follow_up', pattern: 'fastlege|gp ', ...label('Videre oppfølging hos fastlegen', 'Follow-up by the GP') },
];
const OTHER_CATEGORY = { key: 'other', ...label('Annet', 'Other') };
const NO_RECOMMENDATION = { key: 'none', ...label('Ingen anbefaling', 'No recommendation') };

/** The category of a free text, as the SQL's CASE decides it (tests compare the two). */
export function categorise(text: string | null, categories: readonly TextCategory[], empty = 'other'): string {
  if (!text || !text.trim()) return empty;
  return categories.find((c) => new RegExp(c.pattern, 'i').test(text))?.key ?? 'other';
}

const values = (keys: readonly string[], labels: Readonly<Record<string, Label>>): MeasureValue[] => keys.map((key) => ({ key, ...labels[key]! }));
const bands = (keys: readonly string[], unit: Label): MeasureValue[] => keys.map((key) => ({ key, nb: `${key} ${unit.nb}`, en: `${key} ${unit.en}` }));

const TRANSITIONS: MeasureValue[] = WORK_STATUSES.flatMap((start) =>
  WORK_STATUSES.map((end) => ({
    key: transitionKey(start, end),
    nb: `${WORK_STATUS_LABELS[start].nb} → ${WORK_STATUS_LABELS[end].nb}`,
    en: `${WORK_STATUS_LABELS[start].en} → ${WORK_STATUS_LABELS[end].en}`,
  })),
);
export function transitionKey(start: string, end: string): string {
  return `${start}>${end}`;
}

/** The measures with fixed values, in the order the view and the CSV show them. */
const FIXED: Record<Exclude<MeasureKey, 'nav_office'>, Omit<MeasureInfo, 'key'>> = {
  referrals: { ...label('Henvisninger', 'Referrals'), values: [{ key: 'all', ...label('Alle', 'All') }] },
  referral_status: { ...label('Henvisninger etter status', 'Referrals by status'), values: values(REFERRAL_STATUSES, REFERRAL_STATUS_LABELS) },
  decline_reason: { ...label('Avslag etter begrunnelse', 'Declines by reason'), values: [...DECLINE_REASON_CATEGORIES, OTHER_CATEGORY].map(({ key, nb, en }) => ({ key, nb, en })) },
  recommendation: { ...label('Avslag etter anbefaling til fastlegen', 'Declines by recommendation to the GP'), values: [...RECOMMENDATION_CATEGORIES, OTHER_CATEGORY, NO_RECOMMENDATION].map(({ key, nb, en }) => ({ key, nb, en })) },
  age_band: { ...label('Alder ved henvisning', 'Age at referral'), values: [...bands(AGE_BANDS.map((b) => b.key), label('år', 'years')), { key: 'other', ...label('Annen alder', 'Other age') }] },
  sick_leave_weeks: {
    ...label('Uker sykmeldt ved henvisning', 'Weeks on sick leave at referral'),
    values: [{ key: 'at_risk', ...label('I risiko, ikke sykmeldt', 'At risk, not sick-listed') }, ...bands(['0-4', '5-8', '9+'], label('uker', 'weeks')), { key: 'unknown', ...label('Ukjent', 'Unknown') }],
  },
  courses: { ...label('Forløp', 'Courses'), values: values(COURSE_STATUSES, COURSE_STATUS_LABELS) },
  sessions_per_course: { ...label('Gjennomførte samtaler per avsluttet forløp', 'Sessions held per closed course'), values: bands(['0-4', '5-9', '10-15', '16+'], label('samtaler', 'sessions')) },
  sessions_held: { ...label('Gjennomførte samtaler', 'Sessions held'), values: [{ key: 'all', ...label('Alle', 'All') }] },
  goals: { ...label('Mål', 'Goals'), values: [{ key: 'set', ...label('Satt', 'Set') }, { key: 'reached', ...label('Nådd', 'Reached') }] },
  work_status_start: { ...label('Arbeidsstatus ved start', 'Work status at start'), values: values(WORK_STATUSES, WORK_STATUS_LABELS) },
  work_status_end: { ...label('Arbeidsstatus ved avslutning', 'Work status at closure'), values: values(WORK_STATUSES, WORK_STATUS_LABELS) },
  work_status_change: { ...label('Arbeidsstatus fra start til avslutning', 'Work status from start to closure'), values: TRANSITIONS },
};

/** Every measure with its values; the participants' NAV offices are the ones the data names. */
export function measureInfos(navOffices: readonly { id: string; name: string }[]): MeasureInfo[] {
  const offices: MeasureValue[] = [...navOffices].sort((a, b) => a.name.localeCompare(b.name, 'nb')).map((o) => ({ key: o.id, nb: o.name, en: o.name }));
  offices.push({ key: 'unknown', ...label('Ukjent NAV-kontor', 'Unknown NAV office') });
  return MEASURE_KEYS.map((key) =>
    key === 'nav_office' ? { key, ...label('Deltakerens NAV-kontor', 'The participant’s NAV office'), values: offices } : { key, ...FIXED[key] },
  );
}
