import type { FormTemplate } from '../template.js';
import { SHORT, option, t } from './text.js';

/**
 * ICIT options list (mulighetsliste), version 1: for the problem the patient chose on the problem
 * list, the possible ways forward, who would act, how realistic each is, and the first step.
 * Named among the ICIT lists in 001_0b0d9fc9095d4a74.txt L3979–3981; ICIT's rule that adjustments
 * at work are usually possible (L4067–4071) is why "adjustments at work" is a suggested kind.
 *
 * Not employer-visible: the options may touch on treatment. Not marked medical either, so a later
 * version may opt single, harmless fields in for the employer.
 */
export const ICIT_OPTIONS_LIST_KEY = 'icit-options-list';

export const ICIT_OPTIONS_LIST_V1: FormTemplate = {
  key: ICIT_OPTIONS_LIST_KEY,
  version: 1,
  title: t('Mulighetsliste (ICIT)', 'Options list (ICIT)'),
  description: t(
    'Hvilke muligheter har du for å gjøre noe med problemet du valgte? Skriv opp alle du kommer på, også de som virker vanskelige.',
    'What options do you have to do something about the problem you chose? Write down every one you can think of, even those that seem hard.',
  ),
  sections: [
    {
      id: 'problem',
      title: t('Problemet', 'The problem'),
      fields: [{ id: 'problem', type: 'text', maxLength: SHORT, required: true, label: t('Problemet jeg vil gjøre noe med', 'The problem I want to do something about') }],
    },
    {
      id: 'options',
      title: t('Muligheter', 'Options'),
      fields: [
        {
          id: 'options',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 15,
          label: t('Muligheter', 'Options'),
          columns: [
            { id: 'option', type: 'text', maxLength: SHORT, required: true, label: t('Mulighet', 'Option') },
            {
              id: 'kind',
              type: 'choice',
              label: t('Type', 'Kind'),
              options: [
                option('at_work', 'Tilrettelegging på jobben', 'Adjustments at work'),
                option('graded_leave', 'Gradert sykmelding', 'Graded sick leave'),
                option('treatment', 'Behandling', 'Treatment'),
                option('everyday', 'Endringer i hverdagen', 'Changes in everyday life'),
                option('other', 'Annet', 'Other'),
              ],
            },
            {
              id: 'who',
              type: 'choice',
              label: t('Hvem gjør noe?', 'Who acts?'),
              options: [
                option('me', 'Jeg selv', 'Me'),
                option('gp', 'Fastlegen', 'The GP'),
                option('employer', 'Arbeidsgiveren', 'The employer'),
                option('nav', 'NAV', 'NAV'),
                option('other', 'Andre', 'Others'),
              ],
            },
            {
              id: 'realistic',
              type: 'scale',
              min: 0,
              max: 10,
              step: 1,
              better: 'higher',
              label: t('Hvor realistisk er det?', 'How realistic is it?'),
              labels: { min: t('Ikke realistisk', 'Not realistic'), max: t('Svært realistisk', 'Very realistic') },
            },
          ],
        },
      ],
    },
    {
      id: 'next',
      title: t('Første steg', 'First step'),
      fields: [
        { id: 'chosen', type: 'text', maxLength: SHORT, required: true, label: t('Muligheten jeg vil prøve først', 'The option I will try first') },
        { id: 'firstStep', type: 'text', maxLength: SHORT, required: true, label: t('Det første jeg gjør', 'The first thing I will do') },
        { id: 'firstStepBy', type: 'date', label: t('Innen', 'By') },
      ],
    },
  ],
};
