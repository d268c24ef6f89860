import type { FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * ICIT problem list (problemliste), version 1: the patient, with the GP, names the problems in
 * their own words, rates how much each one weighs, and picks one to work on first. ICIT is the
 * conversation tool taught on the course in Ringerike (001_0b0d9fc9095d4a74.txt L3975–3983; notes
 * 001-nav-sykmelder.md §4.6, H6). The report names the list but not its items; these follow the
 * tool's purpose: map the problems behind the symptoms and plan the way on (L4058–4061).
 *
 * The whole list is medical: it is about the patient's health and life and never goes to the
 * employer. What the employer may see is the job list, which the patient writes for that purpose.
 */
export const ICIT_PROBLEM_LIST_KEY = 'icit-problem-list';

export const ICIT_PROBLEM_LIST_V1: FormTemplate = {
  key: ICIT_PROBLEM_LIST_KEY,
  version: 1,
  title: t('Problemliste (ICIT)', 'Problem list (ICIT)'),
  description: t(
    'Skriv opp det som er vanskelig nå, med dine egne ord. Listen hjelper deg og legen å se hva dere skal jobbe med først.',
    'Write down what is difficult now, in your own words. The list helps you and your doctor see what to work on first.',
  ),
  visibility: { medical: true },
  sections: [
    {
      id: 'problems',
      title: t('Problemer', 'Problems'),
      fields: [
        {
          id: 'problems',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 15,
          label: t('Det som er vanskelig nå', 'What is difficult now'),
          columns: [
            { id: 'problem', type: 'text', maxLength: SHORT, required: true, label: t('Problem', 'Problem') },
            {
              id: 'area',
              type: 'choice',
              label: t('Område', 'Area'),
              options: [
                option('health', 'Helse og plager', 'Health and symptoms'),
                option('work', 'Jobb', 'Work'),
                option('home', 'Familie og hjem', 'Family and home'),
                option('money', 'Økonomi', 'Money'),
                option('other', 'Annet', 'Other'),
              ],
            },
            {
              id: 'burden',
              type: 'scale',
              min: 0,
              max: 10,
              step: 1,
              better: 'lower',
              required: true,
              label: t('Hvor mye plager det deg?', 'How much does it bother you?'),
              labels: { min: t('Ikke noe', 'Not at all'), max: t('Svært mye', 'Very much') },
            },
          ],
        },
      ],
    },
    {
      id: 'priority',
      title: t('Hva vil du jobbe med først?', 'What do you want to work on first?'),
      fields: [
        { id: 'firstProblem', type: 'text', maxLength: SHORT, required: true, label: t('Problemet jeg vil jobbe med først', 'The problem I want to work on first') },
        { id: 'wish', type: 'text', multiline: true, maxLength: LONG, label: t('Hva ønsker du skal være annerledes?', 'What would you like to be different?') },
      ],
    },
  ],
};
