import type { FormTemplate, LocalText } from '../../forms/domain/index.js';

/**
 * The course evaluation on the last day (Innlandet, report 001 §4), on the form-template
 * engine's model: a versioned template, answers checked with the engine's `submitValues`. Its
 * free-text "topics for next year" become next year's topic list for the organiser.
 */
export const COURSE_EVALUATION_KEY = 'arena-course-evaluation';
export const NEXT_YEAR_TOPICS_FIELD = 'nextYearTopics';

const t = (nb: string, en: string): LocalText => ({ nb, en });
const scale = (id: string, nb: string, en: string) => ({
  id,
  type: 'scale' as const,
  min: 1,
  max: 5,
  step: 1,
  required: true,
  better: 'higher' as const,
  label: t(nb, en),
  labels: { min: t('I liten grad', 'To a small degree'), max: t('I stor grad', 'To a great degree') },
});

export const COURSE_EVALUATION_V1: FormTemplate = {
  key: COURSE_EVALUATION_KEY,
  version: 1,
  title: t('Evaluering av kurset', 'Course evaluation'),
  description: t('Svarene vises for arrangøren uten navn.', 'The organiser sees the answers without names.'),
  sections: [
    {
      id: 'course',
      title: t('Kurset', 'The course'),
      fields: [
        scale('useful', 'Hvor nyttig var kurset for arbeidet ditt?', 'How useful was the course for your work?'),
        scale('acquainted', 'Ble du kjent med folk du vil ta kontakt med senere?', 'Did you get to know people you will contact later?'),
        scale('collaboration', 'Tror du samarbeidet mellom fastleger og NAV blir bedre etter kurset?', 'Do you think collaboration between GPs and NAV will improve after the course?'),
        {
          id: 'format',
          type: 'choice',
          label: t('Passet formen (to dager med overnatting)?', 'Did the format (two days with an overnight stay) suit you?'),
          options: [
            { value: 'yes', label: t('Ja', 'Yes') },
            { value: 'shorter', label: t('Kortere hadde vært bedre', 'Shorter would have been better') },
            { value: 'no', label: t('Nei', 'No') },
          ],
        },
      ],
    },
    {
      id: 'text',
      title: t('Med egne ord', 'In your own words'),
      fields: [
        { id: 'best', type: 'text', multiline: true, maxLength: 2000, label: t('Hva var best?', 'What was best?') },
        { id: 'improve', type: 'text', multiline: true, maxLength: 2000, label: t('Hva kan bli bedre?', 'What could be better?') },
        {
          id: NEXT_YEAR_TOPICS_FIELD,
          type: 'text',
          multiline: true,
          maxLength: 2000,
          label: t('Temaer du ønsker neste år (ett per linje)', 'Topics you would like next year (one per line)'),
        },
      ],
    },
  ],
};

export interface EvaluationSummary {
  answers: number;
  averages: Record<string, number | null>;
  choices: Record<string, Record<string, number>>;
  /** Each topic once (case and spacing ignored), most asked-for first, with how many asked. */
  nextYearTopics: Array<{ topic: string; count: number }>;
  comments: { best: string[]; improve: string[] };
}

/** The organiser's view of all answers, without names. */
export function evaluationSummary(answers: readonly Record<string, unknown>[]): EvaluationSummary {
  const scales = ['useful', 'acquainted', 'collaboration'];
  const averages: Record<string, number | null> = {};
  for (const key of scales) {
    const values = answers.map((a) => a[key]).filter((v): v is number => typeof v === 'number');
    averages[key] = values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null;
  }
  const format: Record<string, number> = {};
  for (const a of answers) if (typeof a.format === 'string') format[a.format] = (format[a.format] ?? 0) + 1;
  const topics = new Map<string, { topic: string; count: number }>();
  for (const a of answers) {
    const text = typeof a[NEXT_YEAR_TOPICS_FIELD] === 'string' ? (a[NEXT_YEAR_TOPICS_FIELD] as string) : '';
    for (const line of text.split(/\r?\n|;/)) {
      const topic = line.replace(/^[\s\-–•*]+/, '').trim().replace(/\s+/g, ' ');
      if (!topic) continue;
      const key = topic.toLocaleLowerCase('nb');
      const known = topics.get(key);
      topics.set(key, known ? { ...known, count: known.count + 1 } : { topic, count: 1 });
    }
  }
  const texts = (key: string) => answers.map((a) => a[key]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  return {
    answers: answers.length,
    averages,
    choices: { format },
    nextYearTopics: [...topics.values()].sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic, 'nb')),
    comments: { best: texts('best'), improve: texts('improve') },
  };
}
