import type { FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * ICIT job list (jobbliste), version 1: the patient's own view of which work tasks are possible
 * now and with what adjustments. In Ringerike the GP fills it in with the patient and copies it
 * into the sick note, "so that the employer and NAV can see which measures the patients
 * themselves think make work possible"; some sick notes were avoided (001_0b0d9fc9095d4a74.txt
 * L4040–4054; praised again at L5487). jobListText turns it into that text in one action.
 *
 * The list is written *for* the employer, so the template is employer-visible, and the help texts
 * keep diagnoses and symptoms out of it.
 */
export const ICIT_JOB_LIST_KEY = 'icit-job-list';

export const ICIT_JOB_LIST_V1: FormTemplate = {
  key: ICIT_JOB_LIST_KEY,
  version: 1,
  title: t('Jobbliste (ICIT)', 'Job list (ICIT)'),
  description: t(
    'Hva kan du gjøre på jobben nå, og hva trenger du for å klare det? Jobblisten kan settes inn i sykmeldingen, i delen arbeidsgiveren ser. Ikke skriv om diagnose eller plager her.',
    'What can you do at work now, and what do you need to manage it? The job list can be put into the sick note, in the part the employer sees. Do not write about diagnosis or symptoms here.',
  ),
  visibility: { employerVisible: true },
  sections: [
    {
      id: 'tasks',
      title: t('Arbeidsoppgaver', 'Work tasks'),
      fields: [
        {
          id: 'tasks',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 20,
          label: t('Mine arbeidsoppgaver', 'My work tasks'),
          columns: [
            { id: 'task', type: 'text', maxLength: SHORT, required: true, label: t('Arbeidsoppgave', 'Work task') },
            {
              id: 'possible',
              type: 'choice',
              required: true,
              label: t('Kan jeg gjøre dette nå?', 'Can I do this now?'),
              options: [
                option('yes', 'Ja, som før', 'Yes, as before'),
                option('with_adjustment', 'Ja, med tilrettelegging', 'Yes, with adjustments'),
                option('not_now', 'Ikke nå', 'Not now'),
              ],
            },
            { id: 'adjustment', type: 'text', maxLength: SHORT, label: t('Tilrettelegging jeg trenger', 'Adjustment I need') },
          ],
        },
      ],
    },
    {
      id: 'work',
      title: t('Jobb nå', 'Work now'),
      fields: [
        {
          id: 'workShare',
          type: 'scale',
          min: 0,
          max: 100,
          step: 10,
          better: 'higher',
          label: t('Hvor mye av stillingen tror du at du kan jobbe nå?', 'How much of your position do you think you can work now?'),
          unit: t('%', '%'),
          labels: { min: t('Ikke noe', 'None'), max: t('Full stilling', 'Full position') },
        },
        { id: 'ownActions', type: 'text', multiline: true, maxLength: LONG, label: t('Dette kan jeg gjøre selv for å klare jobben', 'What I can do myself to manage my work') },
      ],
    },
  ],
};
