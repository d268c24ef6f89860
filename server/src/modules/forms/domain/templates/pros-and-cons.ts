import type { Field, FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * Pros-and-cons list (for- og mot-liste), version 1: the patient weighs an alternative, such as
 * being fully or partly on sick leave, in the short and the long run. One of ICIT's sick-leave
 * tools (001_0b0d9fc9095d4a74.txt L3983); the course asks the patient what they want to achieve
 * with the sick leave (L4073–4077). Ringsaker's return plan also weighs pros and cons (L4324–4330).
 *
 * Not employer-visible: it is the patient's own deliberation.
 */
export const PROS_AND_CONS_KEY = 'pros-and-cons';

const TERM = [option('short', 'På kort sikt', 'In the short run'), option('long', 'På lang sikt', 'In the long run')];

const weighed = (id: string, nb: string, en: string, pointNb: string, pointEn: string): Field => ({
  id,
  type: 'table',
  maxRows: 15,
  label: t(nb, en),
  columns: [
    { id: 'point', type: 'text', maxLength: SHORT, required: true, label: t(pointNb, pointEn) },
    { id: 'term', type: 'choice', options: TERM, label: t('Når', 'When') },
    {
      id: 'weight',
      type: 'scale',
      min: 1,
      max: 5,
      step: 1,
      label: t('Hvor viktig er det for deg?', 'How much does it matter to you?'),
      labels: { min: t('Lite viktig', 'Matters little'), max: t('Svært viktig', 'Matters a lot') },
    },
  ],
});

export const PROS_AND_CONS_V1: FormTemplate = {
  key: PROS_AND_CONS_KEY,
  version: 1,
  title: t('For- og mot-liste', 'Pros-and-cons list'),
  description: t(
    'Skriv opp hva som taler for og mot et valg, både nå og på lengre sikt. Det gjør det lettere å bestemme seg.',
    'Write down what speaks for and against a choice, both now and in the longer run. It makes the decision easier.',
  ),
  sections: [
    {
      id: 'choice',
      title: t('Hva vurderer du?', 'What are you weighing?'),
      fields: [
        {
          id: 'alternative',
          type: 'choice',
          required: true,
          label: t('Valget jeg vurderer', 'The choice I am weighing'),
          options: [
            option('full_leave', 'Å være helt sykmeldt', 'Being fully on sick leave'),
            option('graded_leave', 'Å være delvis sykmeldt og jobbe litt', 'Being partly on sick leave and working some'),
            option('working', 'Å være i full jobb', 'Working full time'),
            option('other', 'Noe annet', 'Something else'),
          ],
        },
        { id: 'otherAlternative', type: 'text', maxLength: SHORT, required: true, condition: { field: 'alternative', equals: 'other' }, label: t('Beskriv valget', 'Describe the choice') },
      ],
    },
    {
      id: 'weighing',
      title: t('For og mot', 'Pros and cons'),
      fields: [
        weighed('pros', 'Det som taler for', 'What speaks for it', 'Fordel', 'Pro'),
        weighed('cons', 'Det som taler mot', 'What speaks against it', 'Ulempe', 'Con'),
      ],
    },
    {
      id: 'conclusion',
      title: t('Hva tenker du nå?', 'What do you think now?'),
      fields: [{ id: 'conclusion', type: 'text', multiline: true, maxLength: LONG, label: t('Dette bestemmer jeg meg for', 'What I decide') }],
    },
  ],
};
