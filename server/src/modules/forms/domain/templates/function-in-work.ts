import type { Field, FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * "Funksjon i arbeid" (also "Fungering i arbeid"), version 1: the joint mapping form from the
 * Ringsaker pilot. The patient fills it in, with the GP or NAV, at the start and again later, and
 * sees the change between rounds (compareRounds); the GP can draw on it for the sick note's
 * function fields. Sources: 001_0b0d9fc9095d4a74.txt L4205–4209 (handed out at the start to
 * assess function), L4264–4270 (used again in the final report), L4377–4397 (it put "what a
 * function assessment is" into writing, with concrete conditions at work), L5454–5465 (the
 * report recommends it even when NAV and the GP cannot fill it in together); self-efficacy and
 * motivation from the treatment plan (L4252–4258); concrete descriptions of what the patient can
 * do at work are what NAV asks for (L1515–1520).
 *
 * The report does not give the form's items, so the areas below are ours: work demands a GP or
 * NAV adviser can assess function against, each on 0–10 where 10 is "as before".
 * Visibility: for the patient, GP and NAV, never the employer (the template is not opted in);
 * the one field about symptoms is also marked medical, so no later opt-in can expose it.
 */
export const FUNCTION_IN_WORK_KEY = 'function-in-work';

const functionScale = (id: string, nb: string, en: string): Field => ({
  id,
  type: 'scale',
  min: 0,
  max: 10,
  step: 1,
  better: 'higher',
  labels: { min: t('Klarer ikke nå', 'Cannot do it now'), max: t('Klarer det som før', 'Can do it as before') },
  label: t(nb, en),
});

export const FUNCTION_IN_WORK_V1: FormTemplate = {
  key: FUNCTION_IN_WORK_KEY,
  version: 1,
  title: t('Funksjon i arbeid', 'Function at work'),
  description: t(
    'Et kartleggingsskjema du fyller ut sammen med fastlegen eller NAV, ved oppstart og senere. Da ser du selv hva som har endret seg.',
    'A mapping form you fill in with your GP or NAV, at the start and later on. That way you can see for yourself what has changed.',
  ),
  sections: [
    {
      id: 'round',
      title: t('Om utfyllingen', 'About this round'),
      fields: [
        {
          id: 'round',
          type: 'choice',
          required: true,
          label: t('Hvilken runde er dette?', 'Which round is this?'),
          options: [option('start', 'Oppstart', 'Start'), option('follow_up', 'Underveis', 'Follow-up'), option('end', 'Avslutning', 'End')],
        },
        { id: 'filledOn', type: 'date', required: true, label: t('Dato', 'Date') },
        {
          id: 'filledWith',
          type: 'choice',
          multiple: true,
          label: t('Fylt ut sammen med', 'Filled in with'),
          options: [
            option('gp', 'Fastlegen', 'The GP'),
            option('nav', 'NAV-veileder', 'NAV adviser'),
            option('therapist', 'Kognitiv terapeut', 'Cognitive therapist'),
            option('alone', 'Fylt ut alene', 'Filled in alone'),
          ],
        },
      ],
    },
    {
      id: 'job',
      title: t('Jobben din', 'Your job'),
      fields: [
        { id: 'job', type: 'text', multiline: true, maxLength: LONG, required: true, label: t('Stilling og viktigste arbeidsoppgaver', 'Position and main work tasks') },
        {
          id: 'workingNow',
          type: 'scale',
          min: 0,
          max: 100,
          step: 10,
          better: 'higher',
          required: true,
          label: t('Hvor mye av stillingen din jobber du nå (prosent)?', 'How much of your position do you work now (per cent)?'),
          unit: t('%', '%'),
          labels: { min: t('Ikke i jobb', 'Not working'), max: t('Full stilling', 'Full position') },
        },
      ],
    },
    {
      id: 'areas',
      title: t('Slik fungerer du i jobben nå', 'How you function at work now'),
      help: t(
        'Velg et tall fra 0 til 10 for hvert område. 0 betyr at du ikke klarer det nå, 10 at du klarer det som før. Hopp over områder som ikke gjelder jobben din.',
        'Choose a number from 0 to 10 for each area. 0 means you cannot do it now, 10 that you can do it as before. Skip areas that do not apply to your job.',
      ),
      fields: [
        functionScale('concentration', 'Konsentrere meg og holde oppmerksomheten', 'Concentrating and keeping attention'),
        functionScale('learning', 'Huske og lære nye ting', 'Remembering and learning new things'),
        functionScale('pace', 'Holde arbeidstempoet og klare tidspress', 'Keeping up the pace and coping with time pressure'),
        functionScale('planning', 'Planlegge og organisere egne oppgaver', 'Planning and organising my own tasks'),
        functionScale('endurance', 'Holde ut en hel arbeidsdag', 'Lasting a whole working day'),
        functionScale('physical', 'Fysisk krevende oppgaver (løfte, bære, stå eller gå lenge)', 'Physically demanding tasks (lifting, carrying, standing or walking for long)'),
        functionScale('sitting', 'Sitte lenge og arbeide ved skjerm', 'Sitting for long and working at a screen'),
        functionScale('cooperation', 'Samarbeide med kolleger og leder', 'Working with colleagues and the manager'),
        functionScale('contact', 'Ha kontakt med kunder, brukere eller pasienter', 'Dealing with customers, clients or patients'),
        functionScale('demands', 'Takle krav, endringer og uforutsette situasjoner', 'Handling demands, changes and the unexpected'),
        functionScale('attendance', 'Møte stabilt på jobb', 'Turning up at work steadily'),
      ],
    },
    {
      id: 'situation',
      title: t('Situasjoner på jobben', 'Situations at work'),
      fields: [
        { id: 'hardest', type: 'text', multiline: true, maxLength: LONG, label: t('Hvilke situasjoner på jobben er vanskeligst nå?', 'Which situations at work are hardest now?') },
        { id: 'helps', type: 'text', multiline: true, maxLength: LONG, label: t('Hva hjelper deg til å fungere bedre i jobben?', 'What helps you function better at work?') },
        {
          id: 'symptoms',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          visibility: { medical: true },
          label: t('Plager som påvirker arbeidet', 'Symptoms that affect your work'),
          help: t('Dette er helseopplysninger. De vises aldri for arbeidsgiveren.', 'This is health information. It is never shown to the employer.'),
        },
      ],
    },
    {
      id: 'ahead',
      title: t('Veien videre', 'The way ahead'),
      fields: [
        {
          id: 'confidence',
          type: 'scale',
          min: 0,
          max: 10,
          step: 1,
          better: 'higher',
          label: t('Hvor sikker er du på at du klarer å være i eller komme tilbake til jobb?', 'How sure are you that you can stay in or return to work?'),
          labels: { min: t('Ikke sikker i det hele tatt', 'Not sure at all'), max: t('Helt sikker', 'Completely sure') },
        },
        {
          id: 'motivation',
          type: 'scale',
          min: 0,
          max: 10,
          step: 1,
          better: 'higher',
          label: t('Hvor motivert er du for å være i jobb?', 'How motivated are you to be at work?'),
          labels: { min: t('Ikke motivert', 'Not motivated'), max: t('Svært motivert', 'Very motivated') },
        },
        { id: 'ownGoal', type: 'text', maxLength: SHORT, label: t('Mitt mål for jobben', 'My goal for work') },
      ],
    },
  ],
};
