/**
 * The KPI catalogue (issue 12 point 1): every KPI with its key, dashboard, the fact metric it is
 * computed from and the statistic, its unit, its name and definition in bokmål and English, and
 * the report-001 baseline shown beside it where one exists (keys in ../baselines.ts). The rules
 * that decide what counts live with the metrics (dialogue-facts.ts, sickleave-facts.ts,
 * meeting-facts.ts, live-facts.ts).
 */
export const DASHBOARDS = ['dialogue', 'sickleave', 'meetings', 'arenas', 'forums', 'teams'] as const;
export type DashboardKey = (typeof DASHBOARDS)[number];

export type Statistic = 'share' | 'median' | 'p90' | 'count';
export type Unit = 'percent' | 'days' | 'count';

export interface KpiDefinition {
  key: string;
  dashboard: DashboardKey;
  metric: string;
  statistic: Statistic;
  unit: Unit;
  nb: string;
  en: string;
  definitionNb: string;
  definitionEn: string;
  /** A baseline in ../baselines.ts, and how it compares (it is a survey answer, not the same measure). */
  baselineKey?: string;
  /** Whether a higher value is better (for the text summary). */
  higherIsBetter: boolean;
  /** Counted over the twelve months up to each bucket's end (arenas' reach), not per month. */
  rolling12?: boolean;
}

const UNIT_OF: Record<Statistic, Unit> = { share: 'percent', median: 'days', p90: 'days', count: 'count' };

function kpi(dashboard: DashboardKey, key: string, metric: string, statistic: Statistic, higherIsBetter: boolean, texts: [string, string, string, string], extra: Partial<KpiDefinition> = {}): KpiDefinition {
  const [nb, en, definitionNb, definitionEn] = texts;
  return { key, dashboard, metric, statistic, unit: UNIT_OF[statistic], nb, en, definitionNb, definitionEn, higherIsBetter, ...extra };
}

const REPLY_NB = 'Tid fra sendt til besvart, for besvarte';
const REPLY_EN = 'Time from sent to answered, for those answered';

export const KPIS: readonly KpiDefinition[] = [
  // Dialogue
  kpi('dialogue', 'nav_request_reply_median', 'nav_request_reply', 'median', false, ['Svartid på Navs forespørsler, median', 'Reply time to NAV requests, median', `${REPLY_NB} (forespørsler fra Nav til fastlege). Halvparten ble besvart innen tallet.`, `${REPLY_EN} (requests from NAV to the GP). Half were answered within the figure.`]),
  kpi('dialogue', 'nav_request_reply_p90', 'nav_request_reply', 'p90', false, ['Svartid på Navs forespørsler, 90-persentil', 'Reply time to NAV requests, 90th percentile', `${REPLY_NB} (forespørsler fra Nav til fastlege). Ni av ti ble besvart innen tallet.`, `${REPLY_EN} (requests from NAV to the GP). Nine in ten were answered within the figure.`]),
  kpi('dialogue', 'nav_request_in_time', 'nav_request_in_time', 'share', true, ['Navs forespørsler besvart innen fristen', 'NAV requests answered by the deadline', 'Andel av forespørslene fra Nav som ble besvart innen fristen, av dem som er besvart eller har passert fristen. Sammenlignet med hvor ofte syfo-veiledere opplevde at informasjon fra fastlegene kom i tide (rapport 001, spørreundersøkelse – ikke samme mål).', 'Share of requests from NAV answered by their deadline, of those answered or past it. Compared with how often NAV advisers found GP information arrived on time (report 001, a survey – not the same measure).'], { baselineKey: 'r001.nav_advisers.gp_info_timely' }),
  kpi('dialogue', 'gp_message_reply_median', 'gp_message_reply', 'median', false, ['Navs svartid på meldinger fra fastleger, median', "NAV's reply time to GP messages, median", `${REPLY_NB} (meldinger fra fastlege til Nav som venter svar).`, `${REPLY_EN} (messages from a GP to NAV that expect an answer).`]),
  kpi('dialogue', 'gp_message_reply_p90', 'gp_message_reply', 'p90', false, ['Navs svartid på meldinger fra fastleger, 90-persentil', "NAV's reply time to GP messages, 90th percentile", `${REPLY_NB} (meldinger fra fastlege til Nav). Ni av ti ble besvart innen tallet.`, `${REPLY_EN} (messages from a GP to NAV). Nine in ten were answered within the figure.`]),
  kpi('dialogue', 'gp_message_in_time', 'gp_message_in_time', 'share', true, ['Fastlegers meldinger besvart av Nav innen fristen', 'GP messages answered by NAV by the deadline', 'Andel av meldingene fra fastleger som Nav besvarte innen fristen. Sammenlignet med hvor ofte fastleger opplevde at informasjon fra Nav kom i tide (rapport 001, spørreundersøkelse – ikke samme mål).', 'Share of GP messages NAV answered by the deadline. Compared with how often GPs found information from NAV arrived on time (report 001, a survey – not the same measure).'], { baselineKey: 'r001.gps.nav_info_timely' }),
  kpi('dialogue', 'requests_reminded', 'request_reminded', 'share', false, ['Forespørsler som ble purret', 'Requests reminded', 'Andel av Navs forespørsler det ble sendt purring på.', "Share of NAV's requests a reminder was sent for."]),
  kpi('dialogue', 'requests_escalated', 'request_escalated', 'share', false, ['Forespørsler eskalert til leder', 'Requests escalated', 'Andel av Navs forespørsler som ble eskalert fordi svar uteble.', "Share of NAV's requests escalated because no answer came."]),
  kpi('dialogue', 'requests_targeted', 'request_targeted', 'share', true, ['Forespørsler med målrettede spørsmål', 'Requests with targeted questions', 'Andel av Navs forespørsler med minst ett konkret spørsmål (ikke bare et åpent fritekstspørsmål).', "Share of NAV's requests with at least one specific question (not only an open free-text one)."]),
  kpi('dialogue', 'answers_surplus', 'answer_surplus', 'share', false, ['Svar med mulig overskuddsinformasjon', 'Answers with possible surplus information', 'Andel av fastlegenes svar med journal eller epikrise vedlagt – platformens flagg for mulig overskuddsinformasjon.', "Share of GPs' answers with a journal or discharge summary attached – the platform's flag for possible surplus information."]),
  // Sick-leave follow-up
  kpi('sickleave', 'plan_by_week_4', 'plan_by_week_4', 'share', true, ['Oppfølgingsplan innen uke 4', 'Follow-up plan by week 4', 'Andel av tilfellene som varte til uke 4 der oppfølgingsplanen var mottatt innen uke 4, etter måneden fristen falt i.', 'Share of cases lasting to week 4 with the follow-up plan received by week 4, by the month it fell due.']),
  kpi('sickleave', 'meeting_1_by_week_7', 'meeting_1_by_week_7', 'share', true, ['Dialogmøte 1 innen uke 7', 'Dialogue meeting 1 by week 7', 'Andel av tilfellene som varte til uke 7 der dialogmøte 1 var holdt innen uke 7.', 'Share of cases lasting to week 7 with dialogue meeting 1 held by week 7.']),
  kpi('sickleave', 'meeting_2_by_week_26', 'meeting_2_by_week_26', 'share', true, ['Dialogmøte 2 innen uke 26 (eller unntak)', 'Dialogue meeting 2 by week 26 (or exception)', 'Andel av tilfellene som varte til uke 26 der dialogmøte 2 var holdt, eller unntak besluttet, innen uke 26.', 'Share of cases lasting to week 26 with dialogue meeting 2 held, or an exception decided, by week 26.']),
  kpi('sickleave', 'early_meeting_in_time', 'early_meeting_in_time', 'share', true, ['Ønske om tidlig dialogmøte fulgt opp i tide', 'Early-meeting requests answered in time', 'Andel av fastlegens ønsker om tidlig dialogmøte (kryss i sykmeldingen) som Nav fulgte opp innen fristen.', "Share of the GP's requests for an early dialogue meeting (ticked in the sick note) NAV followed up by the deadline."]),
  kpi('sickleave', 'nav_first_look_median', 'nav_first_look', 'median', false, ['Tid fra sykmelding til Nav så på den, median', "Time from sick note to NAV's first look, median", 'Tid fra sykmeldingen ble sendt til noen i Nav åpnet den første gang, for åpnede sykmeldinger.', 'Time from the sick note being sent to someone at NAV first opening it, for opened notes.']),
  kpi('sickleave', 'nav_first_look_p90', 'nav_first_look', 'p90', false, ['Tid fra sykmelding til Nav så på den, 90-persentil', "Time from sick note to NAV's first look, 90th percentile", 'Som over; ni av ti ble åpnet innen tallet.', 'As above; nine in ten were opened within the figure.']),
  // Meetings
  kpi('meetings', 'meetings_gp_invited', 'meetings_gp_invited', 'share', true, ['Fastlegen invitert', 'GP invited', 'Andel av holdte dialogmøter (2, 3 og AAP) der fastlegen var invitert.', 'Share of held dialogue meetings (2, 3 and AAP) the GP was invited to.']),
  kpi('meetings', 'meetings_gp_attended', 'meetings_gp_attended', 'share', true, ['Fastlegen deltok', 'GP attended', 'Andel av holdte dialogmøter fastlegen var invitert til (eller der arbeidsgiver oppga det for møte 1) der fastlegen deltok.', 'Share of held dialogue meetings the GP was invited to (or the employer reported on for meeting 1) where the GP took part.']),
  kpi('meetings', 'meetings_at_gp_office', 'meetings_at_gp_office', 'share', true, ['Møter på legekontoret', 'Meetings at the GP office', 'Andel av holdte dialogmøter som ble holdt på legekontoret.', 'Share of held dialogue meetings held at the GP office.']),
  kpi('meetings', 'meetings_gp_partial', 'meetings_gp_partial', 'share', true, ['Fastlegen deltok bare siste del', 'GP joined only the last part', 'Andel av møtene fastlegen deltok i der fastlegen bare var med de siste minuttene.', 'Share of the meetings the GP attended where the GP joined only the last minutes.']),
  // Arenas
  kpi('arenas', 'gps_reached', 'gps_reached', 'share', true, ['Fastleger nådd av møteplasser', 'GPs reached by arenas', 'Andel av områdets fastleger som deltok på minst én møteplass, kurs eller smågruppe de siste tolv månedene. Sammenlignet med Ytre Søre Sunnmøre, der om lag 75 % av regionens fastleger deltok (rapport 001).', "Share of the area's GPs who attended at least one arena, course or small group in the last twelve months. Compared with Ytre Søre Sunnmøre, where about 75 % of the region's GPs attended (report 001)."], { baselineKey: 'r001.kpi.gps_reached_joint_meeting', rolling12: true }),
  kpi('arenas', 'visit_round_coverage', 'visit_round_coverage', 'share', true, ['Legekontor besøkt', 'GP offices visited', 'Andel av områdets legekontor som har hatt besøk fra Nav i en besøksrunde de siste tolv månedene.', "Share of the area's GP offices visited by NAV in a visit round in the last twelve months."], { rolling12: true }),
  // Forums
  kpi('forums', 'forum_submissions', 'forum_submissions', 'count', true, ['Innmeldte saker', 'Submissions', 'Avvik og forslag meldt inn til samarbeidsforum av personer i området.', 'Deviations and proposals submitted to collaboration forums by people in the area.']),
  kpi('forums', 'forum_time_to_outcome', 'forum_time_to_outcome', 'median', false, ['Tid til utfall, median', 'Time to outcome, median', 'Tid fra en sak ble meldt inn til den fikk et utfall, for saker med utfall.', 'Time from submission to outcome, for cases with an outcome.']),
  kpi('forums', 'forum_deviations_covered', 'forum_deviations_covered', 'share', true, ['Avvik dekket av anbefalinger', 'Deviations covered by recommendations', 'Andel av avvikene som en publisert anbefaling svarer på.', 'Share of the deviations a published recommendation answers.']),
  // Teams
  kpi('teams', 'team_referrals', 'team_referrals', 'count', true, ['Henvisninger til team', 'Referrals to teams', 'Henvisninger til samlokaliserte team for personer fulgt opp av områdets NAV-kontor.', "Referrals to co-located teams for people followed up by the area's NAV office."]),
  kpi('teams', 'team_inclusion', 'team_inclusion', 'share', true, ['Inkludert', 'Included', 'Andel av avgjorte henvisninger som ble tatt inn.', 'Share of decided referrals that were accepted.']),
  kpi('teams', 'team_first_session_median', 'team_first_session', 'median', false, ['Tid til første samtale, median', 'Time to first session, median', 'Tid fra henvisning til første samtale (holdt eller booket).', 'Time from referral to the first session (held or booked).']),
  kpi('teams', 'team_outcome_work', 'team_outcome_work', 'share', true, ['I arbeid ved avslutning', 'In work at closure', 'Andel av avsluttede forløp der personen var i arbeid (helt eller gradert) ved avslutning.', 'Share of closed courses where the person was in work (full or graded) at closure.']),
];

export const kpisOf = (dashboard: DashboardKey) => KPIS.filter((k) => k.dashboard === dashboard);

/** The GP's own figures (issue 12 point 4): each from a per-GP fact metric. */
export const GP_KPIS: readonly KpiDefinition[] = [
  kpi('dialogue', 'gp_reply_median', 'gp_reply', 'median', false, ['Din svartid på Navs forespørsler, median', 'Your reply time to NAV requests, median', 'Tid fra Navs forespørsel kom til du svarte, for besvarte.', "Time from NAV's request to your answer, for those answered."]),
  kpi('dialogue', 'gp_in_time', 'gp_in_time', 'share', true, ['Dine svar innen fristen', 'Your answers by the deadline', 'Andel av Navs forespørsler til deg som ble besvart innen fristen.', "Share of NAV's requests to you answered by the deadline."]),
  kpi('sickleave', 'gp_milestones', 'gp_milestones', 'share', true, ['Dine pasienters milepæler i tide', "Your patients' milestones on time", 'Oppfølgingsplan innen uke 4, dialogmøte 1 innen uke 7 og dialogmøte 2 innen uke 26, for sykefraværstilfeller du startet.', 'Follow-up plan by week 4, dialogue meeting 1 by week 7 and dialogue meeting 2 by week 26, for sick-leave cases you started.']),
  kpi('meetings', 'gp_meeting_attended', 'gp_meeting_attended', 'share', true, ['Dialogmøter du deltok i', 'Dialogue meetings you attended', 'Andel av holdte dialogmøter du var invitert til der du deltok.', 'Share of held dialogue meetings you were invited to where you took part.']),
];
