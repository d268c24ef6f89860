/**
 * Report 001 ("Informasjonsutveksling mellom Nav og sykmelder", survey June 2025, 145 GPs and
 * 118 syfo-veiledere in 80 NAV offices) as typed data: the measured figures that KPI dashboards and
 * pulse surveys are compared with, and the survey questions on the report's own answer scales.
 *
 * Sources: `/work/shared/seeds/001_*.txt` (the Norwegian original; `lines` point into it) and the
 * notes `/work/shared/product/notes/001-nav-sykmelder.md`. The report's charts were images, so only
 * percentages quoted in its prose are available; `approximate` marks figures the prose rounds
 * ("omtrent halvparten").
 *
 * Every figure is the share of ALL respondents of the group (including "Vet ikke") who gave one of
 * the scale's `reportedShareOptions` — e.g. "svært ofte eller ofte", "i stor eller svært stor grad".
 * Pulse-survey results are computed the same way so the two numbers are comparable.
 *
 * The KPI helper may append KPI baselines to BASELINES (kind: 'kpi') with small edits.
 */

export interface LocalizedText {
  readonly nb: string;
  readonly en: string;
}

/** Who answered: GPs, NAV's sick-leave advisers (syfo-veiledere), or both pooled (measures). */
export type BaselineGroup = 'gps' | 'nav_advisers' | 'gps_and_nav_advisers';

export const BASELINE_GROUP_TEXT: Readonly<Record<BaselineGroup, LocalizedText>> = {
  gps: { nb: 'Fastleger', en: 'GPs' },
  nav_advisers: { nb: 'Syfo-veiledere i Nav', en: 'NAV sick-leave advisers' },
  gps_and_nav_advisers: { nb: 'Fastleger og syfo-veiledere', en: 'GPs and NAV advisers' },
};

export interface BaselineSource {
  readonly report: '001';
  /** The report's own section number, e.g. '3.1.3'. */
  readonly section: string;
  readonly figure?: string;
  /** Line range in the seed text file. */
  readonly lines: string;
}

export interface Baseline {
  readonly key: string;
  readonly kind: 'survey' | 'kpi';
  readonly text: LocalizedText;
  /** Share in percent (0–100). */
  readonly valuePercent: number;
  readonly group: BaselineGroup;
  /** Respondents behind the figure, where the report gives it. */
  readonly n?: number;
  readonly approximate?: boolean;
  readonly source: BaselineSource;
}

const src = (section: string, lines: string, figure?: string): BaselineSource =>
  figure === undefined ? { report: '001', section, lines } : { report: '001', section, lines, figure };

const FREQUENCY_BASELINES: readonly Baseline[] = [
  b('r001.gps.nav_info_timely', 'Fastleger: informasjon fra Nav kommer i tide (ofte/svært ofte)',
    'GPs: information from NAV arrives on time (often/very often)', 35, 'gps', 138, src('3.1.2', 'L1581-1606', 'Figur 15')),
  b('r001.gps.nav_info_sufficient', 'Fastleger: informasjon fra Nav er tilstrekkelig (ofte/svært ofte)',
    'GPs: information from NAV is sufficient (often/very often)', 28, 'gps', 138, src('3.1.2', 'L1581-1606', 'Figur 15')),
  b('r001.gps.nav_info_relevant', 'Fastleger: informasjon fra Nav er relevant (ofte/svært ofte)',
    'GPs: information from NAV is relevant (often/very often)', 33, 'gps', 138, src('3.1.2', 'L1581-1606', 'Figur 15')),
  b('r001.nav_advisers.gp_info_timely', 'Syfo-veiledere: informasjon fra fastlegene kommer i tide (ofte/svært ofte)',
    'NAV advisers: information from GPs arrives on time (often/very often)', 65, 'nav_advisers', 110, src('3.1.2', 'L1487-1502', 'Figur 13')),
  b('r001.nav_advisers.gp_info_sufficient', 'Syfo-veiledere: informasjon fra fastlegene er tilstrekkelig (ofte/svært ofte)',
    'NAV advisers: information from GPs is sufficient (often/very often)', 51, 'nav_advisers', 110, src('3.1.2', 'L1487-1502', 'Figur 13')),
  b('r001.nav_advisers.gp_info_relevant', 'Syfo-veiledere: informasjon fra fastlegene er relevant (ofte/svært ofte)',
    'NAV advisers: information from GPs is relevant (often/very often)', 85, 'nav_advisers', 110, src('3.1.2', 'L1487-1502', 'Figur 13')),
  b('r001.gps.dialogue_message_use', 'Fastleger: har dialog med Nav via dialogmelding (ofte/svært ofte)',
    'GPs: dialogue with NAV through dialogue messages (often/very often)', 42, 'gps', undefined, src('3.1.1', 'L1100-1110')),
  b('r001.nav_advisers.dialogue_message_use', 'Syfo-veiledere: har dialog med fastleger via dialogmelding (ofte/svært ofte)',
    'NAV advisers: dialogue with GPs through dialogue messages (often/very often)', 88, 'nav_advisers', undefined, src('3.1.1', 'L1100-1110')),
  b('r001.gps.sick_note_dialogue_use', 'Fastleger: har dialog med Nav via sykmeldingsblanketten (ofte/svært ofte)',
    'GPs: dialogue with NAV through the sick-note form (often/very often)', 69, 'gps', undefined, src('3.1.1', 'L1111-1113')),
  b('r001.nav_advisers.sick_note_dialogue_use', 'Syfo-veiledere: har dialog via sykmeldingsblanketten (ofte/svært ofte)',
    'NAV advisers: dialogue through the sick-note form (often/very often)', 57, 'nav_advisers', undefined, src('3.1.1', 'L1111-1113')),
];

const NEED_BASELINES: readonly Baseline[] = [
  b('r001.gps.more_dialogue', 'Fastleger med behov for mer dialog med Nav', 'GPs who need more dialogue with NAV',
    45, 'gps', 138, src('3.1.2', 'L1152-1156, L1629-1633', 'Figur 4')),
  b('r001.nav_advisers.more_dialogue', 'Syfo-veiledere med behov for mer dialog med fastlegene', 'NAV advisers who need more dialogue with GPs',
    42, 'nav_advisers', 111, src('3.1.2', 'L1152-1156, L1629-1633', 'Figur 3')),
  b('r001.gps.more_information', 'Fastleger som ønsker mer av visse typer informasjon fra Nav',
    'GPs who want more of some kinds of information from NAV', 54, 'gps', 139, src('3.1.2', 'L1617-1633', 'Figur 16')),
  b('r001.nav_advisers.more_information', 'Syfo-veiledere som ønsker mer av visse typer informasjon fra fastlegene',
    'NAV advisers who want more of some kinds of information from GPs', 82, 'nav_advisers', 112, src('3.1.2', 'L1502-1506', 'Figur 14')),
  b('r001.gps.understand_nav_workday', 'Fastleger som sier de forstår Navs arbeidshverdag godt',
    "GPs who say they understand NAV's working day well", 40, 'gps', undefined, src('3.1.2', 'L1407-1417')),
  b('r001.nav_advisers.understand_gp_workday', 'Syfo-veiledere som sier de forstår fastlegenes arbeidshverdag godt',
    "NAV advisers who say they understand GPs' working day well", 83, 'nav_advisers', undefined, src('3.1.2', 'L1407-1417')),
  b('r001.gps.overview_nav_measures', 'Fastleger med god oversikt over Navs tiltak', "GPs with a good overview of NAV's measures",
    35, 'gps', undefined, src('3.1.2', 'L1409-1413')),
];

/** Barriers: share answering "i stor eller svært stor grad" (Figur 17 GPs n=133, Figur 18 advisers n=105). */
const BARRIER_BASELINES: readonly Baseline[] = [
  ...barrierPair('gp_capacity', 'Manglende kapasitet hos fastlegene', 'Lack of capacity among GPs', 41, 56),
  ...barrierPair('nav_capacity', 'Manglende kapasitet hos Nav', 'Lack of capacity at NAV', 29, 29),
  ...barrierPair('digital_systems', 'Digitale systemer for informasjonsutveksling', 'Digital systems for information exchange', 27, 20),
  ...barrierPair('collaboration_culture', 'Manglende kultur for samhandling mellom Nav og fastleger',
    'No culture of collaboration between NAV and GPs', 26, 22),
  ...barrierPair('unclear_contact', 'Uklarhet rundt hvor man skal henvende seg for å komme i kontakt med den andre parten',
    'Unclear where to turn to reach the other side', 26, undefined),
  ...barrierPair('terminology', 'Forskjeller i fagspråk og terminologi', 'Differences in professional language and terminology', undefined, 18),
];

/** Measures (tiltak): share "i stor eller svært stor grad" hensiktsmessig / gjennomførbart, GPs and advisers pooled. */
const MEASURE_BASELINES: readonly Baseline[] = [
  ...measurePair('small_groups', 'Smågrupper for fastleger og Nav (Fredrikstad)', 'Small groups for GPs and NAV (Fredrikstad)',
    65, 39, 231, src('3.3.2', 'L3005-3019', 'Figur 19')),
  ...measurePair('two_day_course', 'Todagerskurs for fastleger og Nav (Innlandet)', 'Two-day course for GPs and NAV (Innlandet)',
    59, 43, 231, src('3.3.3', 'L3210-3220', 'Figur 20')),
  ...measurePair('checklists', 'Huskelister for fastleger og Nav (Kristiansand)', 'Checklists for GPs and NAV (Kristiansand)',
    50, 50, 223, src('3.3.4', 'L3423-3427', 'Figur 21'), true),
  ...measurePair('read_receipts', 'Leserbekreftelse fra Nav på mottatt melding (Kristiansand)',
    'Read receipts from NAV on received messages (Kristiansand)', 54, 60, 218, src('3.3.4', 'L3437-3443', 'Figur 22')),
  ...measurePair('workplace_visits', 'Felles besøk på arbeidsplasser (Ytre Søre Sunnmøre)', 'Joint workplace visits (Ytre Søre Sunnmøre)',
    39, 23, 232, src('3.3.6', 'L3888-3898', 'Figur 23')),
  ...measurePair('joint_meetings', 'Faste samarbeidsmøter mellom Nav og fastleger (Ytre Søre Sunnmøre)',
    'Regular joint meetings of NAV and GPs (Ytre Søre Sunnmøre)', 47, 36, 226, src('3.3.6', 'L3914-3921', 'Figur 24')),
  ...measurePair('follow_up_plan', 'Bedre oppfølgingsplan for sykmeldte (Ringerike)', 'A better follow-up plan (Ringerike)',
    68, 50, 234, src('3.3.7', 'L4128-4134', 'Figur 25')),
  ...measurePair('nav_at_gp_meetings', 'Nav deltar på fastlegenes lunsj og fagmøter (Sandefjord)', "NAV attends GPs' lunches and meetings (Sandefjord)",
    50, 43, 223, src('3.3.9', 'L4700-4710', 'Figur 26')),
  ...measurePair('share_phone_numbers', 'Deling av direkte telefonnumre mellom syfo-veileder og fastlege',
    'Sharing direct phone numbers between NAV adviser and GP', 74, 73, 227, src('3.3.9', 'L4719-4735', 'Figur 27')),
  ...measurePair('gp_office_visits', 'Nav besøker alle legekontor i kommunen', 'NAV visits every GP office in the municipality',
    64, 58, 233, src('3.3.9', 'L4790-4795', 'Figur 29')),
];

export const BASELINES: readonly Baseline[] = [
  ...FREQUENCY_BASELINES,
  ...NEED_BASELINES,
  ...BARRIER_BASELINES,
  ...MEASURE_BASELINES,
  // KPI baselines (the KPI dashboards): figures a local practice measured, not survey answers.
  {
    key: 'r001.kpi.gps_reached_joint_meeting', kind: 'kpi', group: 'gps', approximate: true, valuePercent: 75,
    text: { nb: 'Fastleger i regionen som deltok på det årlige samhandlingsmøtet (Ytre Søre Sunnmøre)', en: "The region's GPs who attended the annual joint meeting (Ytre Søre Sunnmøre)" },
    source: src('3.3.6', 'L3700-3706'),
  },
];

const baselineIndex = new Map<string, Baseline>(BASELINES.map((entry) => [entry.key, entry]));

export function findBaseline(key: string): Baseline | undefined {
  return baselineIndex.get(key);
}

function b(
  key: string, nb: string, en: string, valuePercent: number, group: BaselineGroup,
  n: number | undefined, source: BaselineSource, approximate = false,
): Baseline {
  return {
    key, kind: 'survey', text: { nb, en }, valuePercent, group, source,
    ...(n === undefined ? {} : { n }),
    ...(approximate ? { approximate } : {}),
  };
}

function barrierPair(id: string, nb: string, en: string, gps: number | undefined, advisers: number | undefined): Baseline[] {
  const out: Baseline[] = [];
  if (gps !== undefined) {
    out.push(b(`r001.gps.barrier.${id}`, `Barriere (fastleger): ${nb}`, `Barrier (GPs): ${en}`, gps, 'gps', 133,
      src('3.1.3', 'L1718-1799', 'Figur 17')));
  }
  if (advisers !== undefined) {
    out.push(b(`r001.nav_advisers.barrier.${id}`, `Barriere (syfo-veiledere): ${nb}`, `Barrier (NAV advisers): ${en}`, advisers,
      'nav_advisers', 105, src('3.1.3', 'L1718-1799', 'Figur 18')));
  }
  return out;
}

function measurePair(
  id: string, nb: string, en: string, appropriate: number, feasible: number, n: number,
  source: BaselineSource, approximate = false,
): Baseline[] {
  return [
    b(`r001.measure.${id}.appropriate`, `${nb}: hensiktsmessig`, `${en}: appropriate`, appropriate,
      'gps_and_nav_advisers', n, source, approximate),
    b(`r001.measure.${id}.feasible`, `${nb}: gjennomførbart`, `${en}: feasible`, feasible,
      'gps_and_nav_advisers', n, source, approximate),
  ];
}

// The survey question bank (report 001's questions on its answer scales, each linked to the baseline keys above)
// lives with the surveys and is re-exported here so both halves of report 001 are reachable from one place.
export { SURVEY_QUESTIONS, ANSWER_SCALES, findSurveyQuestion } from './surveys/domain/question-bank.js';
export type {
  AnswerScale, AnswerScaleKey, SurveyAudience, SurveyQuestion, ScaleOption,
} from './surveys/domain/question-bank.js';
