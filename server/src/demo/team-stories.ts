/**
 * The work-focus team's demo referrals (issue 8), one per stage: waiting for intake, on the
 * waiting list, declined with a recommendation, active courses at different points, completed
 * with a final report, dropped out. Synthetic people and texts, modelled on report 003's courses.
 * Days are relative to the day the demo data is made (negative: in the past).
 */
import type { ConsentRecipient, FinalReport, TeamCourseStatus, TeamGoalArea, TeamGoalStatus, TeamReferralStatus, TeamSessionAttendee, TeamSessionKind, TeamSessionStatus, WorkStatus } from '../platform/db/schema-teams.js';

export interface SessionSpec {
  kind: TeamSessionKind;
  /** Days from today; the session lands on the nearest Tuesday or Thursday the team is at the office. */
  day: number;
  hour: number;
  status: TeamSessionStatus;
  attendees: TeamSessionAttendee[];
  note?: string;
}
export interface GoalSpec {
  text: string;
  area: TeamGoalArea;
  status: TeamGoalStatus;
  /** Sub-goals hang under the story's first (main) goal. */
  sub?: boolean;
}
export interface CourseSpec {
  status: TeamCourseStatus;
  closedDaysAgo?: number;
  /** The status now, when it changed during the course (the GP is told), and when. */
  current?: { status: WorkStatus; daysAgo: number };
  end?: WorkStatus;
  jobSpecialist: boolean;
  employerInvolved?: boolean;
  sessions: SessionSpec[];
  goals: GoalSpec[];
  summary: string;
  finalReport?: FinalReport;
  closureReason?: string;
}
export interface StorySpec {
  daysAgo: number;
  status: TeamReferralStatus;
  /** The one who does not fit the criteria on paper is picked for this story. */
  outsideCriteria?: boolean;
  /** Whom the texts describe: someone not (yet) sick-listed, or someone on sick leave; picked so where the demo has them. */
  situation?: 'at_risk' | 'sick_listed' | 'sick_listed_full';
  reason: string;
  consent: ConsentRecipient[];
  waitingReason?: string;
  decline?: { reason: string; recommendation: string };
  course?: CourseSpec;
}

const held = (kind: TeamSessionKind, day: number, attendees: TeamSessionAttendee[] = ['participant', 'therapist'], note?: string): SessionSpec => ({ kind, day, hour: kind === 'start' || kind === 'end' ? 14 : 10, status: 'held', attendees, ...(note ? { note } : {}) });
const booked = (kind: TeamSessionKind, day: number): SessionSpec => ({ kind, day, hour: kind === 'start' || kind === 'end' ? 14 : 10, status: 'booked', attendees: [] });
const WITH_GP: TeamSessionAttendee[] = ['participant', 'therapist', 'gp'];
const JOINT: TeamSessionAttendee[] = ['participant', 'therapist', 'job_specialist'];

export const WORK_FOCUS_STORIES: readonly StorySpec[] = [
  {
    daysAgo: 2,
    status: 'submitted',
    situation: 'at_risk',
    reason: 'Sliten og sover dårlig etter omorganisering på jobben. Ikke sykmeldt ennå, men i risiko. Ønsker hjelp til å stå i jobben.',
    consent: ['therapist', 'job_specialist', 'nav'],
  },
  {
    daysAgo: 1,
    status: 'submitted',
    situation: 'sick_listed',
    reason: 'Angst og muskelspenninger i nakke og skuldre. Vil tilbake til jobben i butikk så snart som mulig.',
    consent: ['therapist', 'job_specialist'],
  },
  {
    daysAgo: 9,
    status: 'waiting',
    situation: 'sick_listed',
    reason: 'Lettere depresjon etter samlivsbrudd. Motivert for oppfølging med helse og arbeid samtidig.',
    consent: ['therapist', 'job_specialist', 'nav', 'employer'],
    waitingReason: 'Ønsker oppstart etter en planlagt reise. Satt på venteliste etter avtale med personen.',
  },
  {
    daysAgo: 20,
    status: 'declined',
    reason: 'Vedvarende tungsinn og lite søvn. Klarer ikke jobben som sykepleier nå.',
    consent: ['therapist', 'nav'],
    decline: {
      reason: 'Plagene er for alvorlige for et lavterskeltilbud nå. Det trengs utredning i spesialisthelsetjenesten først.',
      recommendation: 'Henvisning til DPS (distriktspsykiatrisk senter) for utredning. Teamet kan vurdere personen på nytt senere.',
    },
  },
  {
    daysAgo: 45,
    status: 'declined',
    outsideCriteria: true,
    reason: 'Langvarige ryggsmerter og nedstemthet. Arbeidsgiver ønsker henne tilbake.',
    consent: ['therapist', 'job_specialist', 'nav'],
    decline: {
      reason: 'For langt fra arbeid nå: lang sykmelding og i avklaring mot arbeidsavklaringspenger (AAP).',
      recommendation: 'Arbeidsrettet rehabilitering, i samarbeid med NAV-veileder.',
    },
  },
  {
    daysAgo: 12,
    status: 'accepted',
    situation: 'sick_listed',
    reason: 'Belastningsplager i skulder og nakke, og mye uro. Lagermedarbeider som vil tilbake gradert.',
    consent: ['therapist', 'job_specialist', 'nav'],
    course: {
      status: 'active',
      jobSpecialist: false,
      sessions: [held('assessment', -6, ['participant', 'therapist'], 'Vurderingssamtale. Passer for tilbudet. Avtalt oppstartssamtale med fastlegen.'), booked('start', 2)],
      goals: [{ text: 'Tilbake i 50 % stilling på lageret innen seks uker', area: 'work', status: 'open' }],
      summary:
        'Sykmeldt for belastningsplager i skulder og nakke, og uro. Jobber som lagermedarbeider i full stilling og trives med kollegaene. Ønsker å komme tilbake gradert. Oppstartssamtale med fastlegen er avtalt.',
    },
  },
  {
    daysAgo: 35,
    status: 'accepted',
    situation: 'sick_listed',
    reason: 'Utmattet og engstelig, sykmeldt fra jobben som barnehageassistent. Vil gjerne beholde jobben.',
    consent: ['therapist', 'job_specialist', 'nav', 'employer'],
    course: {
      status: 'active',
      jobSpecialist: true,
      employerInvolved: true,
      sessions: [
        held('assessment', -31),
        held('start', -27, WITH_GP, 'Fastlegen deltok de siste 15 minuttene. Enige om plan og gradert sykmelding.'),
        held('regular', -20),
        held('joint', -13, JOINT, 'Jobbspesialisten med. Laget plan for samtale med styrer om tilrettelegging.'),
        held('regular', -6),
        booked('regular', 3),
      ],
      goals: [
        { text: 'Beholde jobben som barnehageassistent', area: 'work', status: 'in_progress' },
        { text: 'Tåle en arbeidsdag med faste pauser', area: 'health', status: 'reached', sub: true },
        { text: 'Avtale tilrettelegging med styrer', area: 'work', status: 'open', sub: true },
      ],
      summary:
        'Utmattet og engstelig etter en lang periode med høyt arbeidspress. Barnehageassistent i 80 % stilling. Arbeider med søvn, bekymringstanker og grensesetting. Jobbspesialisten er med for å avtale tilrettelegging med styrer. Arbeidsgiver er informert og positiv.',
    },
  },
  {
    daysAgo: 63,
    status: 'accepted',
    situation: 'sick_listed_full',
    reason: 'Depressive plager og smerter i korsryggen. Snekker, sykmeldt. Ønsker å komme raskt tilbake.',
    consent: ['therapist', 'job_specialist', 'nav'],
    course: {
      status: 'active',
      jobSpecialist: true,
      current: { status: 'working_graded', daysAgo: 21 },
      sessions: [
        held('assessment', -58),
        held('start', -54, WITH_GP, 'Fastlegen deltok. Plan om gradert oppstart etter fire uker.'),
        held('regular', -47),
        held('regular', -40),
        held('joint', -33, JOINT, 'Felles møte med jobbspesialisten: lettere oppgaver de første ukene.'),
        held('regular', -26),
        held('regular', -19),
        held('regular', -12),
        booked('end', 6),
      ],
      goals: [
        { text: 'Tilbake i jobb 60 % innen åtte uker', area: 'work', status: 'reached' },
        { text: 'Bruke pusteteknikker og aktivitetsplan når tungsinnet kommer', area: 'health', status: 'reached', sub: true },
      ],
      summary:
        'Depressive plager og smerter i korsryggen. Snekker i et lite firma. Har tatt i bruk aktivitetsplan og pusteteknikker. Startet gradert i 60 % for tre uker siden, med lettere oppgaver. Avslutningssamtale med fastlegen er avtalt.',
    },
  },
  {
    daysAgo: 21,
    status: 'accepted',
    situation: 'at_risk',
    reason: 'Stress og hodepine, i risiko for sykmelding. Saksbehandler i kommunen.',
    consent: ['therapist', 'nav'],
    course: {
      status: 'active',
      jobSpecialist: false,
      sessions: [held('assessment', -17), held('start', -13, WITH_GP, 'Fastlegen deltok de siste 15 minuttene.'), held('regular', -6)],
      goals: [{ text: 'Stå i full jobb uten sykmelding', area: 'work', status: 'in_progress' }],
      summary: 'Stress og hodepine etter lang tid med mye overtid. Ikke sykmeldt. Arbeider med prioritering og pauser. Neste samtale er ikke avtalt ennå.',
    },
  },
  {
    daysAgo: 154,
    status: 'accepted',
    situation: 'sick_listed',
    reason: 'Angstplager og søvnvansker, sykmeldt fra jobben som bussjåfør.',
    consent: ['therapist', 'job_specialist', 'nav'],
    course: {
      status: 'completed',
      closedDaysAgo: 28,
      end: 'working_full',
      current: { status: 'working_graded', daysAgo: 90 },
      jobSpecialist: true,
      sessions: [
        held('assessment', -148),
        held('start', -144, WITH_GP),
        ...[-137, -123, -109, -95, -67].map((day) => held('regular', day)),
        held('joint', -81, JOINT),
        held('end', -30, WITH_GP, 'Gjennomgått sluttrapport og plan for å forebygge tilbakefall. Fastlegen deltok.'),
      ],
      goals: [
        { text: 'Tilbake i full stilling som bussjåfør', area: 'work', status: 'reached' },
        { text: 'Sove minst seks timer de fleste netter', area: 'health', status: 'reached', sub: true },
        { text: 'Kjøre rushtidsruter igjen', area: 'work', status: 'reached', sub: true },
      ],
      summary: 'Angstplager og søvnvansker. Bussjåfør. Gradert tilbake etter fem uker i forløpet, i full stilling etter ti. Forløpet er avsluttet.',
      finalReport: {
        background: 'Henvist av fastlegen under sykmelding for angst og søvnvansker. Bussjåfør i full stilling.',
        courseSummary: 'Ni samtaler med kognitiv terapeut, ett felles møte med jobbspesialisten. Gradert oppstart med faste ruter utenom rushtid, deretter full stilling.',
        functionAssessment: 'Kjører alle ruter igjen, også i rushtid. Kan ha behov for en pause mellom lange skift. Ingen medisinske grunner til videre sykmelding.',
        goalsOutcome: 'Hovedmålet om full stilling er nådd. Begge delmålene er nådd.',
        relapsePrevention: 'Kjenner igjen varselsignaler (søvn under fem timer, unngåelse). Bruker pusteøvelser og tar kontakt med fastlegen tidlig. Kan få inntil fem oppfriskningstimer uten ny henvisning.',
        recommendations: 'Ingen videre sykmelding. Fastlegen følger opp søvn ved neste kontroll.',
      },
    },
  },
  {
    daysAgo: 210,
    status: 'accepted',
    situation: 'at_risk',
    reason: 'Nakkesmerter og bekymringer, i risiko for sykmelding. Regnskapsmedarbeider.',
    consent: ['therapist', 'job_specialist', 'nav', 'employer'],
    course: {
      status: 'completed',
      closedDaysAgo: 84,
      end: 'working_full',
      jobSpecialist: false,
      employerInvolved: true,
      sessions: [held('assessment', -204), held('start', -200, WITH_GP), ...[-193, -179, -165, -151, -123].map((day) => held('regular', day)), held('end', -86, WITH_GP)],
      goals: [
        { text: 'Stå i full jobb uten sykmelding', area: 'work', status: 'reached' },
        { text: 'Avtale hjemmekontor én dag i uken med leder', area: 'work', status: 'reached', sub: true },
      ],
      summary: 'Nakkesmerter og bekymringer. Regnskapsmedarbeider. Har stått i full jobb hele forløpet, med tilrettelegging fra leder.',
      finalReport: {
        background: 'Henvist før sykmelding, med nakkesmerter og mye bekymring. Regnskapsmedarbeider i full stilling.',
        courseSummary: 'Åtte samtaler med kognitiv terapeut. Leder var med på å avtale hjemmekontor én dag i uken.',
        functionAssessment: 'Full arbeidsevne i nåværende stilling. Bør ha mulighet til pauser ved skjermarbeid.',
        goalsOutcome: 'Begge målene er nådd. Ingen sykmelding i forløpet.',
        relapsePrevention: 'Faste pauser, trening to ganger i uken, og tidlig kontakt med leder ved økende press.',
        recommendations: 'Ingen tiltak nå. Kan ta kontakt for oppfriskningstimer ved behov.',
      },
    },
  },
  {
    daysAgo: 98,
    status: 'accepted',
    situation: 'sick_listed',
    reason: 'Nedstemthet og smerter i hofte, sykmeldt fra jobben som renholder.',
    consent: ['therapist', 'job_specialist', 'nav'],
    course: {
      status: 'dropped_out',
      closedDaysAgo: 56,
      end: 'sick_listed_full',
      jobSpecialist: false,
      sessions: [
        held('assessment', -92),
        held('start', -88, WITH_GP),
        held('regular', -81),
        { kind: 'regular', day: -74, hour: 10, status: 'missed', attendees: ['therapist'] },
        { kind: 'regular', day: -60, hour: 10, status: 'missed', attendees: ['therapist'] },
      ],
      goals: [{ text: 'Tilbake i 50 % som renholder', area: 'work', status: 'dropped' }],
      summary: 'Nedstemthet og hoftesmerter. Renholder. Møtte ikke til de to siste samtalene.',
      closureReason: 'Møtte ikke til to avtalte samtaler og ønsket ikke å fortsette nå. Fastlegen er informert.',
    },
  },
];
