import type { FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * Job-support plan (jobbstøtteplan), version 1: the job specialist's plan with the participant in
 * a work-focus team (issue 8; individual job support, IPS). From Ringsaker's job-support plan
 * (001_0b0d9fc9095d4a74.txt L4324–4330: what the person likes at work, challenges, possibilities,
 * openness towards the employer, adjustments) and report 003's job specialist, who joins when
 * therapist and participant see the need. Used on a team course (team_course_form); the plans
 * issue may use it on a case too.
 *
 * Not employer-visible: openness is the participant's own choice, and what they tell the employer
 * is said to the employer by them or, with their consent, by the job specialist — never read here.
 */
export const JOB_SUPPORT_PLAN_KEY = 'job-support-plan';

export const JOB_SUPPORT_PLAN_V1: FormTemplate = {
  key: JOB_SUPPORT_PLAN_KEY,
  version: 1,
  title: t('Jobbstøtteplan', 'Job-support plan'),
  description: t(
    'Planen du lager sammen med jobbspesialisten: hva du liker i jobb, hva som er vanskelig, hvilke muligheter du har, hvor åpen du vil være, og de neste stegene.',
    'The plan you make with the job specialist: what you like at work, what is hard, what possibilities you have, how open you want to be, and the next steps.',
  ),
  sections: [
    {
      id: 'work',
      title: t('Deg og jobben', 'You and work'),
      fields: [
        { id: 'likes', type: 'text', multiline: true, maxLength: LONG, required: true, label: t('Dette liker jeg i jobb', 'What I like at work'), help: t('Oppgaver, mennesker og arbeidsforhold som gir deg energi.', 'Tasks, people and conditions that give you energy.') },
        { id: 'challenges', type: 'text', multiline: true, maxLength: LONG, required: true, label: t('Dette er utfordringene', 'The challenges') },
        { id: 'possibilities', type: 'text', multiline: true, maxLength: LONG, label: t('Dette er mulighetene', 'The possibilities'), help: t('I jobben du har, hos andre arbeidsgivere eller gjennom utdanning.', 'In the job you have, with other employers or through education.') },
      ],
    },
    {
      id: 'openness',
      title: t('Åpenhet overfor arbeidsgiver', 'Openness towards the employer'),
      help: t('Du bestemmer selv hva arbeidsgiveren får vite.', 'You decide what the employer is told.'),
      fields: [
        {
          id: 'openness',
          type: 'choice',
          required: true,
          label: t('Hvor åpen vil du være?', 'How open do you want to be?'),
          options: [
            option('open', 'Åpen om situasjonen min', 'Open about my situation'),
            option('partly', 'Delvis: bare det som trengs for tilrettelegging', 'Partly: only what adjustments need'),
            option('not_open', 'Ikke åpen om helsen min', 'Not open about my health'),
            option('undecided', 'Ikke bestemt ennå', 'Not decided yet'),
          ],
        },
        { id: 'opennessText', type: 'text', multiline: true, maxLength: LONG, label: t('Hva vil du si, og til hvem?', 'What will you say, and to whom?') },
      ],
    },
    {
      id: 'adjustments',
      title: t('Tilrettelegging', 'Adjustments'),
      fields: [{ id: 'adjustments', type: 'text', multiline: true, maxLength: LONG, label: t('Tilrettelegging som kan hjelpe', 'Adjustments that may help') }],
    },
    {
      id: 'next',
      title: t('Neste steg', 'Next steps'),
      fields: [
        {
          id: 'nextSteps',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 10,
          label: t('Hva gjør vi, hvem gjør det, og når?', 'What do we do, who does it, and when?'),
          columns: [
            { id: 'step', type: 'text', maxLength: SHORT, required: true, label: t('Steg', 'Step') },
            {
              id: 'who',
              type: 'choice',
              label: t('Hvem', 'Who'),
              options: [
                option('participant', 'Deltakeren', 'The participant'),
                option('job_specialist', 'Jobbspesialisten', 'The job specialist'),
                option('therapist', 'Terapeuten', 'The therapist'),
                option('employer', 'Arbeidsgiveren', 'The employer'),
                option('nav', 'NAV', 'NAV'),
              ],
            },
            { id: 'when', type: 'date', label: t('Når', 'When') },
          ],
        },
      ],
    },
  ],
};
