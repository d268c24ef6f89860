import type { BaselineSource, LocalizedText } from '../../baselines.js';

/**
 * The pulse-survey question bank: report 001's own questions (bokmål wording as the report asked them,
 * English translation) on the report's answer scales, each linked to the baseline keys in
 * `../../baselines.ts` so a round's result can be shown beside the report's figure.
 *
 * A question is worded per audience because the report asked the two sides mirror questions
 * ("informasjonen du mottar fra Nav" to GPs, "… fra fastlegene" to syfo-veiledere).
 */

/** Who a survey is sent to: the report's two respondent groups. Same keys as BaselineGroup. */
export type SurveyAudience = 'gps' | 'nav_advisers';
export const SURVEY_AUDIENCES: readonly SurveyAudience[] = ['gps', 'nav_advisers'];

export type AnswerScaleKey = 'frequency' | 'degree' | 'yes_no';

export interface ScaleOption {
  readonly value: string;
  readonly text: LocalizedText;
}

export interface AnswerScale {
  readonly key: AnswerScaleKey;
  readonly options: readonly ScaleOption[];
  /** The options the report adds up for its figures ("svært ofte eller ofte", "i stor eller svært stor grad", "ja"). */
  readonly reportedShareOptions: readonly string[];
  readonly reportedShareText: LocalizedText;
}

const option = (value: string, nb: string, en: string): ScaleOption => ({ value, text: { nb, en } });

/**
 * The report quotes "svært ofte/ofte", "av og til", "sjelden eller aldri" and "vet ikke" (L1581-1606);
 * "i stor eller svært stor grad", "i noen grad", "i liten eller svært liten grad" (L3005, L3896, L4708);
 * "ja", "nei", "vet ikke" (L1629-1666). The charts themselves were images, so the order of the
 * options is the usual SurveyXact order; "Vet ikke" on the degree scale is our addition, kept so a
 * respondent is never forced to guess (it counts in the denominator, as "vet ikke" does in the report).
 */
export const ANSWER_SCALES: Readonly<Record<AnswerScaleKey, AnswerScale>> = {
  frequency: {
    key: 'frequency',
    options: [
      option('very_often', 'Svært ofte', 'Very often'),
      option('often', 'Ofte', 'Often'),
      option('sometimes', 'Av og til', 'Sometimes'),
      option('rarely', 'Sjelden', 'Rarely'),
      option('never', 'Aldri', 'Never'),
      option('dont_know', 'Vet ikke', "Don't know"),
    ],
    reportedShareOptions: ['very_often', 'often'],
    reportedShareText: { nb: 'Svært ofte eller ofte', en: 'Very often or often' },
  },
  degree: {
    key: 'degree',
    options: [
      option('very_large', 'I svært stor grad', 'To a very large degree'),
      option('large', 'I stor grad', 'To a large degree'),
      option('some', 'I noen grad', 'To some degree'),
      option('small', 'I liten grad', 'To a small degree'),
      option('very_small', 'I svært liten grad', 'To a very small degree'),
      option('dont_know', 'Vet ikke', "Don't know"),
    ],
    reportedShareOptions: ['very_large', 'large'],
    reportedShareText: { nb: 'I stor eller svært stor grad', en: 'To a large or very large degree' },
  },
  yes_no: {
    key: 'yes_no',
    options: [option('yes', 'Ja', 'Yes'), option('no', 'Nei', 'No'), option('dont_know', 'Vet ikke', "Don't know")],
    reportedShareOptions: ['yes'],
    reportedShareText: { nb: 'Ja', en: 'Yes' },
  },
};

export type QuestionTopic = 'information' | 'dialogue' | 'barriers' | 'measures';

export interface SurveyQuestion {
  readonly key: string;
  readonly topic: QuestionTopic;
  readonly scale: AnswerScaleKey;
  /** The question as each audience is asked it; an audience without wording is not asked. */
  readonly wording: Readonly<Partial<Record<SurveyAudience, LocalizedText>>>;
  /** The report's figure per audience (for measures both point at the pooled figure). */
  readonly baselineKeys: Readonly<Partial<Record<SurveyAudience, string>>>;
  readonly source: BaselineSource;
}

const source = (section: string, lines: string, figure?: string): BaselineSource =>
  figure === undefined ? { report: '001', section, lines } : { report: '001', section, lines, figure };

const INFO_ITEMS = [
  { id: 'timely', nb: 'sendt i tide', en: 'sent on time' },
  { id: 'sufficient', nb: 'tilstrekkelig', en: 'sufficient' },
  { id: 'relevant', nb: 'relevant', en: 'relevant' },
] as const;

const INFORMATION_QUESTIONS: SurveyQuestion[] = INFO_ITEMS.map((item) => ({
  key: `info_${item.id}`,
  topic: 'information',
  scale: 'frequency',
  wording: {
    gps: {
      nb: `Hvor ofte er informasjonen du mottar fra Nav i forbindelse med sykefraværsoppfølging ${item.nb}?`,
      en: `How often is the information you receive from NAV in sick-leave follow-up ${item.en}?`,
    },
    nav_advisers: {
      nb: `Hvor ofte er informasjonen du mottar fra fastlegene i forbindelse med sykefraværsoppfølging ${item.nb}?`,
      en: `How often is the information you receive from GPs in sick-leave follow-up ${item.en}?`,
    },
  },
  baselineKeys: { gps: `r001.gps.nav_info_${item.id}`, nav_advisers: `r001.nav_advisers.gp_info_${item.id}` },
  source: source('3.1.2', 'L1480-1606', 'Figur 13, 15'),
}));

const DIALOGUE_QUESTIONS: SurveyQuestion[] = [
  {
    key: 'more_dialogue',
    topic: 'dialogue',
    scale: 'yes_no',
    wording: {
      gps: { nb: 'Har du behov for mer dialog med Nav i din arbeidshverdag?', en: 'Do you need more dialogue with NAV in your working day?' },
      nav_advisers: {
        nb: 'Har du behov for mer dialog med fastlegene i din arbeidshverdag?',
        en: 'Do you need more dialogue with GPs in your working day?',
      },
    },
    baselineKeys: { gps: 'r001.gps.more_dialogue', nav_advisers: 'r001.nav_advisers.more_dialogue' },
    source: source('3.1.2', 'L1146-1156', 'Figur 3, 4'),
  },
  {
    key: 'more_information',
    topic: 'dialogue',
    scale: 'yes_no',
    wording: {
      gps: {
        nb: 'Er det typer av informasjon du skulle ønske du fikk mer av, fra Nav?',
        en: 'Are there kinds of information you wish you got more of from NAV?',
      },
      nav_advisers: {
        nb: 'Er det typer informasjon du skulle ønske du fikk mer av, fra fastlegene?',
        en: 'Are there kinds of information you wish you got more of from GPs?',
      },
    },
    baselineKeys: { gps: 'r001.gps.more_information', nav_advisers: 'r001.nav_advisers.more_information' },
    source: source('3.1.2', 'L1502-1506, L1617-1633', 'Figur 14, 16'),
  },
];

const BARRIER_STEM = {
  nb: 'I hvor stor grad er følgende forhold en barriere for god informasjonsutveksling mellom Nav og fastleger i sykefraværsoppfølgingen?',
  en: 'To what degree is the following a barrier to good information exchange between NAV and GPs in sick-leave follow-up?',
};

/** `measuredFor`: the audiences the report quotes a figure for (the prose gives some barriers for one side only). */
function barrierQuestion(id: string, gps: LocalizedText, advisers: LocalizedText, measuredFor: readonly SurveyAudience[] = SURVEY_AUDIENCES): SurveyQuestion {
  const worded = (item: LocalizedText): LocalizedText => ({ nb: `${BARRIER_STEM.nb} ${item.nb}`, en: `${BARRIER_STEM.en} ${item.en}` });
  return {
    key: `barrier_${id}`,
    topic: 'barriers',
    scale: 'degree',
    wording: { gps: worded(gps), nav_advisers: worded(advisers) },
    baselineKeys: {
      ...(measuredFor.includes('gps') ? { gps: `r001.gps.barrier.${id}` } : {}),
      ...(measuredFor.includes('nav_advisers') ? { nav_advisers: `r001.nav_advisers.barrier.${id}` } : {}),
    },
    source: source('3.1.3', 'L1718-1799', 'Figur 17, 18'),
  };
}

const both = (nb: string, en: string): [LocalizedText, LocalizedText] => [{ nb, en }, { nb, en }];

const BARRIER_QUESTIONS: SurveyQuestion[] = [
  barrierQuestion('gp_capacity', ...both('Manglende kapasitet hos fastlegene.', 'Lack of capacity among GPs.')),
  barrierQuestion('nav_capacity', ...both('Manglende kapasitet hos Nav.', 'Lack of capacity at NAV.')),
  barrierQuestion('digital_systems', ...both('Digitale systemer for informasjonsutveksling.', 'Digital systems for information exchange.')),
  barrierQuestion('collaboration_culture', ...both('Manglende kultur for samhandling mellom Nav og fastleger.',
    'No culture of collaboration between NAV and GPs.')),
  barrierQuestion('unclear_contact',
    { nb: 'Uklarhet rundt hvor man skal henvende seg for å komme i kontakt med Nav.', en: 'Unclear where to turn to reach NAV.' },
    { nb: 'Uklarhet rundt hvordan man kommer i kontakt med fastlegene.', en: 'Unclear how to reach the GPs.' }, ['gps']),
  barrierQuestion('terminology', ...both('Forskjeller i fagspråk og terminologi.', 'Differences in professional language and terminology.'), ['nav_advisers']),
];

const MEASURES = [
  { id: 'small_groups', nb: 'Smågrupper for fastleger og Nav', en: 'Small groups for GPs and NAV', section: '3.3.2', figure: 'Figur 19' },
  { id: 'two_day_course', nb: 'Todagerskurs for fastleger og Nav', en: 'A two-day course for GPs and NAV', section: '3.3.3', figure: 'Figur 20' },
  { id: 'checklists', nb: 'Huskelister for fastleger og Nav', en: 'Checklists for GPs and NAV', section: '3.3.4', figure: 'Figur 21' },
  { id: 'read_receipts', nb: 'Leserbekreftelse fra Nav på mottatt melding', en: 'Read receipts from NAV on received messages', section: '3.3.4', figure: 'Figur 22' },
  { id: 'workplace_visits', nb: 'Felles besøk på arbeidsplasser', en: 'Joint workplace visits', section: '3.3.6', figure: 'Figur 23' },
  { id: 'joint_meetings', nb: 'Faste samarbeidsmøter mellom Nav og fastleger', en: 'Regular joint meetings of NAV and GPs', section: '3.3.6', figure: 'Figur 24' },
  { id: 'follow_up_plan', nb: 'Bedre oppfølgingsplan for sykmeldte', en: 'A better follow-up plan for people on sick leave', section: '3.3.7', figure: 'Figur 25' },
  { id: 'nav_at_gp_meetings', nb: 'Nav deltar på fastlegenes lunsj og fagmøter', en: "NAV attends GPs' lunches and professional meetings", section: '3.3.9', figure: 'Figur 26' },
  { id: 'share_phone_numbers', nb: 'Deling av direkte telefonnumre mellom syfo-veileder og fastlege', en: 'Sharing direct phone numbers between NAV adviser and GP', section: '3.3.9', figure: 'Figur 27' },
  { id: 'gp_office_visits', nb: 'Nav besøker alle legekontor i kommunen', en: 'NAV visits every GP office in the municipality', section: '3.3.9', figure: 'Figur 29' },
] as const;

const MEASURE_ASPECTS = [
  {
    id: 'appropriate',
    nb: 'I hvilken grad anser du tiltaket som hensiktsmessig for å forbedre informasjonsutvekslingen mellom Nav og fastleger?',
    en: 'To what degree do you consider the measure appropriate for improving information exchange between NAV and GPs?',
  },
  {
    id: 'feasible',
    nb: 'I hvilken grad anser du tiltaket som gjennomførbart i din kommune?',
    en: 'To what degree do you consider the measure feasible in your municipality?',
  },
] as const;

const MEASURE_QUESTIONS: SurveyQuestion[] = MEASURES.flatMap((measure) =>
  MEASURE_ASPECTS.map((aspect): SurveyQuestion => {
    const text = { nb: `${measure.nb}: ${aspect.nb}`, en: `${measure.en}: ${aspect.en}` };
    const baselineKey = `r001.measure.${measure.id}.${aspect.id}`;
    return {
      key: `measure_${measure.id}_${aspect.id}`,
      topic: 'measures',
      scale: 'degree',
      wording: { gps: text, nav_advisers: text },
      baselineKeys: { gps: baselineKey, nav_advisers: baselineKey },
      source: source(measure.section, 'L2715-2724', measure.figure),
    };
  }),
);

export const SURVEY_QUESTIONS: readonly SurveyQuestion[] = [
  ...INFORMATION_QUESTIONS,
  ...DIALOGUE_QUESTIONS,
  ...BARRIER_QUESTIONS,
  ...MEASURE_QUESTIONS,
];

const questionIndex = new Map<string, SurveyQuestion>(SURVEY_QUESTIONS.map((question) => [question.key, question]));

export function findSurveyQuestion(key: string): SurveyQuestion | undefined {
  return questionIndex.get(key);
}

export function isAskedOf(question: SurveyQuestion, audience: SurveyAudience): boolean {
  return question.wording[audience] !== undefined;
}
