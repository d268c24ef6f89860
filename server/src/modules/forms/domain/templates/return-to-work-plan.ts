import type { FormTemplate } from '../template.js';
import { LONG, SHORT, t } from './text.js';

/**
 * Return-to-work plan (friskmeldingsplan), version 1: the patient's steps back to full work, week
 * by week, with graded sick leave in between. From ICIT (001_0b0d9fc9095d4a74.txt L3983), where
 * sick leave is treated as medicine and graded leave is preferred (L4065–4071). The job part
 * (what the patient likes, challenges, opportunities, openness, adjustments) follows Ringsaker's
 * return / job-support plan (tilbakeføringsplan / jobbstøtteplan, L4324–4330).
 *
 * Not employer-visible: the patient may share it or its parts in a follow-up plan; openness here
 * is the patient's own reflection, not an agreement with the employer.
 */
export const RETURN_TO_WORK_PLAN_KEY = 'return-to-work-plan';

export const RETURN_TO_WORK_PLAN_V1: FormTemplate = {
  key: RETURN_TO_WORK_PLAN_KEY,
  version: 1,
  title: t('Friskmeldingsplan', 'Return-to-work plan'),
  description: t(
    'Planen viser hvordan du trappes opp til full jobb. Som regel går det best å være litt i jobb underveis.',
    'The plan shows how you step up to full work. It usually works best to be partly at work on the way.',
  ),
  sections: [
    {
      id: 'steps',
      title: t('Trinn tilbake til jobb', 'Steps back to work'),
      fields: [
        {
          id: 'steps',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 12,
          label: t('Opptrapping', 'Stepping up'),
          help: t('Ett trinn per rad, for eksempel 40 % fra én dato og 60 % fra to uker senere.', 'One step per row, for example 40 % from one date and 60 % two weeks later.'),
          columns: [
            { id: 'from', type: 'date', required: true, label: t('Fra dato', 'From') },
            {
              id: 'workPercent',
              type: 'scale',
              min: 0,
              max: 100,
              step: 10,
              better: 'higher',
              required: true,
              label: t('I jobb (prosent)', 'At work (per cent)'),
              unit: t('%', '%'),
          labels: { min: t('Ikke noe', 'None'), max: t('Full stilling', 'Full position') },
            },
            { id: 'tasks', type: 'text', maxLength: SHORT, label: t('Oppgaver i denne perioden', 'Tasks in this period') },
          ],
        },
        { id: 'fullWorkBy', type: 'date', label: t('Når regner du med å være tilbake i full jobb?', 'When do you expect to be back at full work?') },
      ],
    },
    {
      id: 'job',
      title: t('Om jobben', 'About the job'),
      fields: [
        { id: 'likes', type: 'text', multiline: true, maxLength: LONG, label: t('Dette liker jeg med jobben', 'What I like about the job') },
        { id: 'challenges', type: 'text', multiline: true, maxLength: LONG, label: t('Dette er utfordringene', 'The challenges') },
        { id: 'opportunities', type: 'text', multiline: true, maxLength: LONG, label: t('Dette er mulighetene', 'The opportunities') },
        { id: 'adjustments', type: 'text', multiline: true, maxLength: LONG, label: t('Tilrettelegging jeg trenger', 'Adjustments I need') },
        {
          id: 'openness',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          label: t('Åpenhet: hva vil jeg si til leder og kolleger?', 'Openness: what will I tell my manager and colleagues?'),
          help: t('Du bestemmer selv hva du vil fortelle.', 'You decide what you want to tell.'),
        },
      ],
    },
    {
      id: 'setbacks',
      title: t('Hvis det går tungt', 'If it gets hard'),
      fields: [
        { id: 'obstacles', type: 'text', multiline: true, maxLength: LONG, label: t('Hva kan komme i veien, og hva gjør jeg da?', 'What might get in the way, and what do I do then?') },
        { id: 'support', type: 'text', maxLength: SHORT, label: t('Hvem kan hjelpe meg?', 'Who can help me?') },
      ],
    },
  ],
};
