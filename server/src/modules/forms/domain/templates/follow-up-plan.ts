import type { FormTemplate } from '../template.js';
import { LONG, SHORT, option, t } from './text.js';

/**
 * Oppfølgingsplan (follow-up plan), version 1. The nearest manager and the employee write it
 * together within four weeks of sick leave (arbeidsmiljøloven § 4-6); both approve it, and it is
 * then shared with the GP and NAV.
 *
 * Content: the concrete work tasks, each with what can be done now, come from Ringerike's
 * "better follow-up plan" (001_0b0d9fc9095d4a74.txt L4010–4016, L5414–5426; notes
 * 001-nav-sykmelder.md §4.6, G1), so the GP can find adjustments with the patient. Openness and
 * adjustments tried and possible come from Ringsaker's return plan (001 L4324–4330).
 *
 * Visibility: the whole plan is employer-visible and has *no* medical field. The employer
 * co-writes and approves it, so a "medical" part would be one the approver cannot read. The
 * employee's health stays out by design instead: the openness section records what the employee
 * chooses to share, and the help texts say that no diagnosis belongs here.
 */
export const FOLLOW_UP_PLAN_KEY = 'follow-up-plan';

const TASK_STATUS = [
  option('as_before', 'Kan gjøres som før', 'Can be done as before'),
  option('with_adjustment', 'Kan gjøres med tilrettelegging', 'Can be done with adjustments'),
  option('not_now', 'Kan ikke gjøres nå', 'Cannot be done now'),
];

const RESPONSIBLE = [
  option('employee', 'Arbeidstakeren', 'The employee'),
  option('employer', 'Nærmeste leder', 'The nearest manager'),
  option('colleague', 'Kollega', 'A colleague'),
  option('occupational_health', 'Bedriftshelsetjenesten', 'Occupational health service'),
  option('gp', 'Fastlegen', 'The GP'),
  option('nav', 'NAV', 'NAV'),
  option('other', 'Andre', 'Others'),
];

export const FOLLOW_UP_PLAN_V1: FormTemplate = {
  key: FOLLOW_UP_PLAN_KEY,
  version: 1,
  title: t('Oppfølgingsplan', 'Follow-up plan'),
  description: t(
    'Planen lages av arbeidstakeren og nærmeste leder sammen, senest når arbeidstakeren har vært sykmeldt i fire uker (arbeidsmiljøloven § 4-6). Når begge har godkjent den, deles den med fastlegen og NAV.',
    'The employee and the nearest manager write the plan together, at the latest when the employee has been on sick leave for four weeks (Working Environment Act § 4-6). When both have approved it, it is shared with the GP and NAV.',
  ),
  visibility: { employerVisible: true },
  sections: [
    {
      id: 'about',
      title: t('Om arbeidsforholdet', 'About the employment'),
      fields: [
        { id: 'position', type: 'text', maxLength: SHORT, required: true, label: t('Stilling og arbeidssted', 'Position and workplace') },
        {
          id: 'firstDayAbsent',
          type: 'date',
          required: true,
          label: t('Første fraværsdag', 'First day of absence'),
          help: t('Planen skal være laget innen fire uker etter denne datoen.', 'The plan must be made within four weeks of this date.'),
        },
      ],
    },
    {
      id: 'work',
      title: t('Arbeidsoppgaver', 'Work tasks'),
      help: t(
        'Beskriv de vanlige arbeidsoppgavene konkret, så fastlegen og dere kan finne ut hva som kan tilrettelegges.',
        'Describe the usual work tasks concretely, so the GP and you can find out what can be adjusted.',
      ),
      fields: [
        {
          id: 'workTasks',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 30,
          label: t('Arbeidsoppgaver nå', 'Work tasks now'),
          columns: [
            {
              id: 'task',
              type: 'text',
              maxLength: SHORT,
              required: true,
              label: t('Arbeidsoppgave', 'Work task'),
              help: t('For eksempel «ta imot kunder i kassen» heller enn «butikkarbeid».', 'For example "serving customers at the till" rather than "shop work".'),
            },
            { id: 'status', type: 'choice', options: TASK_STATUS, required: true, label: t('Kan oppgaven gjøres nå?', 'Can the task be done now?') },
            { id: 'note', type: 'text', maxLength: SHORT, label: t('Hva skal til?', 'What would it take?') },
          ],
        },
        {
          id: 'hardNow',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          required: true,
          label: t('Hva er vanskelig i jobben nå?', 'What is hard at work now?'),
          help: t(
            'Skriv om hva som er vanskelig å gjøre, ikke om diagnose eller sykdom. Arbeidstakeren bestemmer selv hva som skal stå om helsen.',
            'Write about what is hard to do, not about diagnosis or illness. The employee decides what is written about their health.',
          ),
        },
      ],
    },
    {
      id: 'adjustments',
      title: t('Tilrettelegging', 'Adjustments'),
      fields: [
        { id: 'adjustmentsTried', type: 'text', multiline: true, maxLength: LONG, label: t('Tilrettelegging som er prøvd, og hvordan det gikk', 'Adjustments tried, and how they went') },
        {
          id: 'adjustmentKinds',
          type: 'choice',
          multiple: true,
          label: t('Tilrettelegging som er mulig', 'Possible adjustments'),
          options: [
            option('reduced_hours', 'Redusert arbeidstid', 'Reduced working hours'),
            option('flexible_hours', 'Fleksibel arbeidstid', 'Flexible working hours'),
            option('fewer_tasks', 'Færre eller endrede arbeidsoppgaver', 'Fewer or changed tasks'),
            option('other_tasks', 'Midlertidig andre arbeidsoppgaver', 'Other tasks for a while'),
            option('more_breaks', 'Flere eller lengre pauser', 'More or longer breaks'),
            option('equipment', 'Hjelpemidler eller tilpasset utstyr', 'Aids or adapted equipment'),
            option('remote_work', 'Hjemmekontor deler av tiden', 'Working from home part of the time'),
            option('training', 'Opplæring', 'Training'),
            option('other', 'Annet', 'Other'),
          ],
        },
        {
          id: 'adjustmentsPlanned',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          required: true,
          label: t('Tilrettelegging vi avtaler', 'Adjustments we agree on'),
          help: t('Hvis ingen tilrettelegging er mulig, skriv hvorfor.', 'If no adjustment is possible, say why.'),
        },
        { id: 'needsNavHelp', type: 'choice', required: true, label: t('Trenger dere hjelp fra NAV?', 'Do you need help from NAV?'), options: [option('yes', 'Ja', 'Yes'), option('no', 'Nei', 'No')] },
        {
          id: 'navHelp',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          required: true,
          condition: { field: 'needsNavHelp', equals: 'yes' },
          label: t('Hva slags hjelp trenger dere fra NAV?', 'What help do you need from NAV?'),
          help: t('For eksempel råd, et dialogmøte, hjelpemidler eller tilskudd.', 'For example advice, a dialogue meeting, aids or a grant.'),
        },
      ],
    },
    {
      id: 'openness',
      title: t('Åpenhet', 'Openness'),
      help: t(
        'Arbeidstakeren bestemmer selv hva som skal deles. Arbeidsgiveren har ikke rett til å vite diagnosen.',
        'The employee decides what is shared. The employer has no right to know the diagnosis.',
      ),
      fields: [
        {
          id: 'openness',
          type: 'choice',
          required: true,
          label: t('Hva kan deles på arbeidsplassen?', 'What may be shared at the workplace?'),
          options: [
            option('nothing_more', 'Ikke noe utover det som står i planen', 'Nothing beyond what is in the plan'),
            option('manager_only', 'Nærmeste leder kan vite mer, kollegene ikke', 'The nearest manager may know more, colleagues not'),
            option('colleagues_agreed', 'Kollegene kan få vite det vi avtaler her', 'Colleagues may be told what we agree here'),
          ],
        },
        {
          id: 'colleaguesTold',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          required: true,
          condition: { field: 'openness', equals: 'colleagues_agreed' },
          label: t('Dette kan kollegene få vite', 'What colleagues may be told'),
          help: t('For eksempel at arbeidstakeren har kortere dager en periode.', 'For example that the employee works shorter days for a while.'),
        },
      ],
    },
    {
      id: 'goals',
      title: t('Mål og datoer', 'Goals and dates'),
      fields: [
        {
          id: 'goal',
          type: 'text',
          multiline: true,
          maxLength: LONG,
          required: true,
          label: t('Målet med planen', 'The goal of the plan'),
          help: t('For eksempel «tilbake i 50 % stilling med vanlige oppgaver innen 1. mai».', 'For example "back at 50 % with the usual tasks by 1 May".'),
        },
        {
          id: 'milestones',
          type: 'table',
          maxRows: 12,
          label: t('Delmål', 'Milestones'),
          columns: [
            { id: 'what', type: 'text', maxLength: SHORT, required: true, label: t('Delmål', 'Milestone') },
            { id: 'date', type: 'date', required: true, label: t('Dato', 'Date') },
          ],
        },
      ],
    },
    {
      id: 'responsibilities',
      title: t('Hvem gjør hva', 'Who does what'),
      fields: [
        {
          id: 'actions',
          type: 'table',
          required: true,
          minRows: 1,
          maxRows: 20,
          label: t('Tiltak og ansvar', 'Actions and responsibility'),
          columns: [
            { id: 'action', type: 'text', maxLength: SHORT, required: true, label: t('Tiltak', 'Action') },
            { id: 'responsible', type: 'choice', options: RESPONSIBLE, required: true, label: t('Ansvarlig', 'Responsible') },
            { id: 'due', type: 'date', label: t('Frist', 'Due') },
          ],
        },
      ],
    },
    {
      id: 'evaluation',
      title: t('Evaluering', 'Evaluation'),
      fields: [
        {
          id: 'evaluationDate',
          type: 'date',
          required: true,
          label: t('Når skal planen evalueres?', 'When is the plan evaluated?'),
          help: t('Avtal en dato for når dere går gjennom planen sammen igjen.', 'Agree on a date to go through the plan together again.'),
        },
        { id: 'evaluationHow', type: 'text', multiline: true, maxLength: LONG, label: t('Hvordan skal planen evalueres?', 'How is the plan evaluated?') },
      ],
    },
    {
      id: 'approval',
      title: t('Godkjenning', 'Approval'),
      help: t(
        'Planen deles med fastlegen og NAV når både arbeidstakeren og nærmeste leder har godkjent den. Endres planen etterpå, må den godkjennes på nytt.',
        'The plan is shared with the GP and NAV when both the employee and the nearest manager have approved it. If it is changed afterwards, it must be approved again.',
      ),
      fields: [
        { id: 'employeeApproval', type: 'approval', role: 'employee', label: t('Godkjent av arbeidstakeren', 'Approved by the employee') },
        { id: 'employerApproval', type: 'approval', role: 'employer', label: t('Godkjent av nærmeste leder', 'Approved by the nearest manager') },
      ],
    },
  ],
};
