import type { FormValues } from '../values.js';

/**
 * One complete, realistic filled form per shipped template (synthetic people and workplaces):
 * the tests submit them, and the demo data may show them. Approvals are left out: they are
 * stamped by the lifecycle, not typed in.
 */
export const FOLLOW_UP_PLAN_EXAMPLE: FormValues = {
  position: 'Helsefagarbeider, Solsikken sykehjem, avdeling 2',
  firstDayAbsent: '2026-02-02',
  workTasks: [
    { task: 'Morgenstell av beboere', status: 'with_adjustment', note: 'Med kollega ved tunge løft' },
    { task: 'Servering og hjelp ved måltider', status: 'as_before' },
    { task: 'Nattevakter', status: 'not_now', note: 'Vurderes igjen ved evaluering' },
    { task: 'Dokumentasjon i fagsystemet', status: 'as_before' },
  ],
  hardNow: 'Lange vakter og tunge løft alene. Å ha ansvar for mange beboere samtidig.',
  adjustmentsTried: 'Kortere vakter i to uker. Det gikk bra, men det ble for få pauser.',
  adjustmentKinds: ['reduced_hours', 'more_breaks', 'equipment'],
  adjustmentsPlanned: '50 % stilling på dagtid i fire uker, faste pauser, og takheis på rom 12–18.',
  needsNavHelp: 'yes',
  navHelp: 'Råd om hjelpemidler og om gradert sykmelding.',
  openness: 'colleagues_agreed',
  colleaguesTold: 'At Kari jobber kortere dager en periode og ikke tar tunge løft alene.',
  goal: 'Tilbake i full stilling på dagtid innen 1. mai.',
  milestones: [
    { what: '50 % på dagtid', date: '2026-03-02' },
    { what: '80 % på dagtid', date: '2026-04-01' },
  ],
  actions: [
    { action: 'Bestille takheis til rom 12–18', responsible: 'employer', due: '2026-03-09' },
    { action: 'Melde fra til leder hvis vaktene blir for tunge', responsible: 'employee' },
  ],
  evaluationDate: '2026-03-30',
  evaluationHow: 'Samtale mellom Kari og avdelingsleder.',
};

export const FUNCTION_IN_WORK_START: FormValues = {
  round: 'start',
  filledOn: '2026-02-10',
  filledWith: ['gp'],
  job: 'Butikkmedarbeider i dagligvare: kasse, varepåfylling og bestilling.',
  workingNow: 0,
  concentration: 3,
  pace: 2,
  endurance: 2,
  physical: 6,
  contact: 4,
  demands: 3,
  attendance: 2,
  hardest: 'Kø i kassen og mange spørsmål samtidig.',
  helps: 'Faste oppgaver og å vite planen for dagen.',
  symptoms: 'Søvnproblemer og hodepine etter lange dager.',
  confidence: 4,
  motivation: 8,
  ownGoal: 'Tilbake i 60 % før sommeren',
};

export const FUNCTION_IN_WORK_LATER: FormValues = {
  ...FUNCTION_IN_WORK_START,
  round: 'follow_up',
  filledOn: '2026-04-14',
  filledWith: ['gp', 'nav'],
  workingNow: 40,
  concentration: 6,
  pace: 4,
  endurance: 5,
  physical: 6,
  contact: 3,
  confidence: 7,
};

export const ICIT_PROBLEM_LIST_EXAMPLE: FormValues = {
  problems: [
    { problem: 'Sover dårlig', area: 'health', burden: 7 },
    { problem: 'Gruer meg til å gå på jobb', area: 'work', burden: 8 },
  ],
  firstProblem: 'Gruer meg til å gå på jobb',
  wish: 'Å klare noen timer på jobb uten å være helt utslitt etterpå.',
};

export const ICIT_JOB_LIST_EXAMPLE: FormValues = {
  tasks: [
    { task: 'Kassearbeid', possible: 'with_adjustment', adjustment: 'Korte økter, pause hver time' },
    { task: 'Varepåfylling', possible: 'yes' },
    { task: 'Stenge butikken alene', possible: 'not_now' },
  ],
  workShare: 50,
  ownActions: 'Gå tur før jobb og si fra tidlig hvis dagen blir for lang.',
};

export const ICIT_OPTIONS_LIST_EXAMPLE: FormValues = {
  problem: 'Gruer meg til å gå på jobb',
  options: [
    { option: 'Starte med korte dager', kind: 'graded_leave', who: 'gp', realistic: 8 },
    { option: 'Snakke med leder om oppgavene', kind: 'at_work', who: 'me', realistic: 6 },
  ],
  chosen: 'Snakke med leder om oppgavene',
  firstStep: 'Be om et møte med leder',
  firstStepBy: '2026-02-20',
};

export const RETURN_TO_WORK_PLAN_EXAMPLE: FormValues = {
  steps: [
    { from: '2026-02-16', workPercent: 40, tasks: 'Varepåfylling, ikke kasse' },
    { from: '2026-03-02', workPercent: 60 },
    { from: '2026-03-16', workPercent: 100 },
  ],
  fullWorkBy: '2026-03-16',
  likes: 'Kollegene og kundene jeg kjenner.',
  challenges: 'Travle ettermiddager.',
  adjustments: 'Slippe å stenge alene de første ukene.',
};

export const PROS_AND_CONS_EXAMPLE: FormValues = {
  alternative: 'graded_leave',
  pros: [
    { point: 'Beholder kontakten med kollegene', term: 'short', weight: 4 },
    { point: 'Lettere å komme tilbake i full jobb', term: 'long', weight: 5 },
  ],
  cons: [{ point: 'Kan bli sliten de første ukene', term: 'short', weight: 3 }],
  conclusion: 'Jeg prøver 50 % i to uker.',
};

export const JOB_SUPPORT_PLAN_EXAMPLE: FormValues = {
  likes: 'Å hjelpe kunder og ha faste rutiner. Godt samhold på lageret.',
  challenges: 'Mange avbrytelser og tidspress på ettermiddagen. Grubler etter vanskelige kundesamtaler.',
  possibilities: 'Flere timer på lager og bestilling, færre i kassen.',
  openness: 'partly',
  opennessText: 'Si til leder at jeg trenger faste oppgaver en periode, uten å gå inn på helsen.',
  adjustments: 'Faste pauser, og slippe å stenge alene de første ukene.',
  nextSteps: [
    { step: 'Møte med leder om oppgaver og pauser', who: 'job_specialist', when: '2026-03-10' },
    { step: 'Prøve 50 % på lager i to uker', who: 'participant' },
  ],
};
