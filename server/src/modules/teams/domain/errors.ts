/**
 * The teams module's error codes (issue 8), in the shape of `ERRORS` in platform/errors.ts, which
 * spreads them in. 400: the input is wrong; 409: the state refuses it; 422: well-formed, but not
 * allowed here; 403 and 404 as usual. Add codes here, grouped by the part that raises them.
 */
export const TEAM_ERRORS = {
  TEAM_NOT_FOUND: { status: 404, nb: 'Fant ikke teamet', en: 'Team not found' },
  TEAM_REFERRAL_NOT_FOUND: { status: 404, nb: 'Fant ikke henvisningen', en: 'Referral not found' },
  TEAM_COURSE_NOT_FOUND: { status: 404, nb: 'Fant ikke forløpet', en: 'Course not found' },
  TEAM_CONSENT_NOT_COVERING: {
    status: 403,
    nb: 'Samtykket dekker ikke deling av dette med deg',
    en: 'The consent does not cover sharing this with you',
  },
  TEAM_NOT_A_MEMBER: { status: 403, nb: 'Du er ikke medlem av dette teamet', en: 'You are not a member of this team' },
  // Teams, referrals, intake and consent (teams-admin.ts, referrals/).
  TEAM_CRITERIA_INVALID: { status: 400, nb: 'Inklusjonskriteriene er ugyldige', en: 'The inclusion criteria are invalid' },
  TEAM_AGE_RANGE_INVALID: { status: 400, nb: 'Laveste alder kan ikke være høyere enn høyeste alder', en: 'The lowest age cannot be above the highest age' },
  TEAM_MEMBER_USER_INVALID: {
    status: 422,
    nb: 'Et teammedlem må være en aktiv bruker med en fagrolle (ikke pasient eller forvalter)',
    en: 'A team member must be an active user with a professional role (not a patient or an admin)',
  },
  TEAM_PRESENCE_INVALID: {
    status: 400,
    nb: 'Tilstedeværelse må ha ukedag 1–7 og et tidsrom som slutter etter at det starter',
    en: 'Presence needs a weekday 1–7 and a time span that ends after it starts',
  },
  TEAM_INACTIVE: { status: 409, nb: 'Teamet tar ikke imot henvisninger nå', en: 'The team does not take referrals now' },
  TEAM_NOT_SERVING: {
    status: 422,
    nb: 'Teamet betjener ikke legekontoret eller kommunen til personen',
    en: 'The team does not serve the person’s GP office or municipality',
  },
  TEAM_REFERRER_NOT_ALLOWED: {
    status: 403,
    nb: 'Bare fastlegen kan henvise til dette teamet',
    en: 'Only the GP can refer to this team',
  },
  TEAM_GP_MISSING: {
    status: 422,
    nb: 'Personen har ingen fastlege som kan godkjenne henvisningen',
    en: 'The person has no GP who can approve the referral',
  },
  TEAM_REASON_MISSING: { status: 400, nb: 'Skriv en kort begrunnelse', en: 'Write a short reason' },
  TEAM_CONSENT_MISSING: {
    status: 400,
    nb: 'Henvisningen krever pasientens samtykke: hva som deles, og med hvem',
    en: 'The referral needs the patient’s consent: what is shared, and with whom',
  },
  TEAM_CONSENT_THERAPIST_REQUIRED: {
    status: 400,
    nb: 'Samtykket må omfatte behandleren i teamet, ellers kan teamet ikke ta imot personen',
    en: 'The consent must include the team’s therapist, or the team cannot take the person on',
  },
  TEAM_CONSENT_DATE_REQUIRED: { status: 400, nb: 'Oppgi datoen samtykket ble gitt', en: 'Give the date the consent was given' },
  TEAM_CONSENT_DATE_INVALID: {
    status: 400,
    nb: 'Samtykkedatoen kan ikke være fram i tid, eldre enn 30 dager ved henvisning, eller før samtykket den erstatter',
    en: 'The consent date cannot be in the future, more than 30 days old at referral, or before the consent it replaces',
  },
  TEAM_CONSENT_WITHDRAWN: {
    status: 409,
    nb: 'Samtykket er trukket tilbake. Ny deling krever en ny henvisning.',
    en: 'The consent has been withdrawn. Sharing again needs a new referral.',
  },
  TEAM_OUTSIDE_CRITERIA_REASON_MISSING: {
    status: 422,
    nb: 'Personen er utenfor inklusjonskriteriene. Skriv en begrunnelse (minst 10 tegn) som teamet ser.',
    en: 'The person is outside the inclusion criteria. Write a reason (at least 10 characters) the team will see.',
  },
  TEAM_ALREADY_REFERRED: {
    status: 409,
    nb: 'Personen har allerede en åpen henvisning til dette teamet',
    en: 'The person already has an open referral to this team',
  },
  TEAM_COURSE_ALREADY_ACTIVE: {
    status: 409,
    nb: 'Personen har allerede et aktivt forløp i dette teamet',
    en: 'The person already has an active course in this team',
  },
  TEAM_REFERRAL_NOT_OPEN: {
    status: 409,
    nb: 'Henvisningen kan ikke endres slik i den tilstanden den er i nå',
    en: 'The referral cannot be changed this way in its current state',
  },
  TEAM_FULL: {
    status: 409,
    nb: 'Teamet har ingen ledige plasser. Sett henvisningen på venteliste.',
    en: 'The team has no free places. Put the referral on the waiting list.',
  },
  TEAM_FIRST_SESSION_IN_PAST: { status: 400, nb: 'Første samtale kan ikke være tilbake i tid', en: 'The first session cannot be in the past' },
  TEAM_THERAPIST_INVALID: {
    status: 422,
    nb: 'Behandleren må være et aktivt medlem av teamet med en behandlerrolle',
    en: 'The therapist must be an active member of the team in a treating role',
  },
  TEAM_DECISION_REASON_MISSING: { status: 400, nb: 'Skriv en begrunnelse til fastlegen', en: 'Write a reason for the GP' },
  TEAM_UPDATE_NOT_FOUND: { status: 404, nb: 'Fant ikke oppdateringen', en: 'Update not found' },
  // The course: sessions, goals, forms, summary, final report, closing (courses/, domain/course-rules.ts).
  TEAM_COURSE_CLOSED: { status: 409, nb: 'Forløpet er avsluttet. Bare oppfriskningstimer kan legges til.', en: 'The course is closed. Only refresher sessions can be added.' },
  TEAM_COURSE_ACTION_NOT_ALLOWED: {
    status: 403,
    nb: 'Du kan se forløpet, men ikke gjøre dette i det',
    en: 'You can see the course, but not do this in it',
  },
  TEAM_SESSION_NOT_FOUND: { status: 404, nb: 'Fant ikke samtalen', en: 'Session not found' },
  TEAM_SESSION_IN_PAST_REASON_MISSING: {
    status: 400,
    nb: 'Tidspunktet har vært. Skriv hvorfor samtalen registreres i ettertid.',
    en: 'The time has passed. Say why the session is recorded afterwards.',
  },
  TEAM_SESSION_GP_ONLY_START_END: {
    status: 400,
    nb: 'Fastlegen inviteres bare til oppstarts- og avslutningssamtalen',
    en: 'The GP is invited to the start and end sessions only',
  },
  TEAM_SESSION_GP_MINUTES_TOO_LONG: { status: 400, nb: 'Fastlegens del kan ikke være lengre enn samtalen', en: 'The GP’s part cannot be longer than the session' },
  TEAM_SESSION_KIND_TAKEN: {
    status: 409,
    nb: 'Forløpet har allerede en slik samtale. Avlys den først om den skal flyttes.',
    en: 'The course already has a session of this kind. Cancel it first to book it again.',
  },
  TEAM_SESSION_BUDGET_EXCEEDED: {
    status: 409,
    nb: 'Alle samtalene i forløpets ramme er brukt. Teamet kan utvide rammen.',
    en: 'Every session in the course’s budget is used. The team can raise the budget.',
  },
  TEAM_REFRESHER_NOT_YET: {
    status: 409,
    nb: 'Oppfriskningstimer kommer etter avslutningssamtalen',
    en: 'Refresher sessions come after the end session',
  },
  TEAM_REFRESHER_LIMIT_REACHED: {
    status: 409,
    nb: 'Alle oppfriskningstimene er brukt. Flere krever en ny henvisning.',
    en: 'Every refresher session is used. More need a new referral.',
  },
  TEAM_SESSION_CANCELLED: { status: 409, nb: 'Samtalen er avlyst. Book en ny.', en: 'The session is cancelled. Book a new one.' },
  TEAM_SESSION_NOT_YET_HELD: {
    status: 409,
    nb: 'Samtalen har ikke begynt ennå, så den kan ikke registreres som gjennomført eller uteblitt',
    en: 'The session has not started yet, so it cannot be recorded as held or missed',
  },
  TEAM_BUDGET_BELOW_USED: {
    status: 400,
    nb: 'Rammen kan ikke være lavere enn antall samtaler som alt er brukt',
    en: 'The budget cannot be below the sessions already used',
  },
  TEAM_SUMMARY_CONFLICT: {
    status: 409,
    nb: 'Noen andre har endret oppsummeringen mens du skrev. Se deres tekst før du lagrer.',
    en: 'Someone else changed the summary while you were writing. See their text before you save.',
  },
  TEAM_GOAL_NOT_FOUND: { status: 404, nb: 'Fant ikke målet', en: 'Goal not found' },
  TEAM_GOAL_PARENT_INVALID: {
    status: 400,
    nb: 'Et delmål må høre til et hovedmål i samme forløp',
    en: 'A sub-goal must belong to a main goal in the same course',
  },
  TEAM_FORM_NOT_FOUND: { status: 404, nb: 'Fant ikke skjemaet i forløpet', en: 'Form not found in the course' },
  TEAM_FORM_TEMPLATE_NOT_FOR_COURSE: {
    status: 400,
    nb: 'Forløpet bruker skjemaene «Funksjon i arbeid» og «Jobbstøtteplan»',
    en: 'The course uses the forms “Function at work” and “Job-support plan”',
  },
  TEAM_FORM_ROUND_TAKEN: {
    status: 409,
    nb: 'Forløpet har allerede dette skjemaet for denne runden',
    en: 'The course already has this form for this round',
  },
  TEAM_FORM_COMPLETED: { status: 409, nb: 'Skjemaet er fullført og kan ikke endres', en: 'The form is completed and cannot be changed' },
  TEAM_FINAL_REPORT_TOO_LONG: { status: 400, nb: 'En del av sluttrapporten er for lang', en: 'A section of the final report is too long' },
  TEAM_SESSIONS_UNRECORDED: {
    status: 409,
    nb: 'Registrer først de passerte samtalene som gjennomført, ikke møtt eller avlyst',
    en: 'First record the past sessions as held, not attended or cancelled',
  },
  TEAM_FINAL_REPORT_MISSING: {
    status: 409,
    nb: 'Et fullført forløp må ha en sluttrapport med alle deler skrevet',
    en: 'A completed course needs a final report with every section written',
  },
  TEAM_WORK_STATUS_END_MISSING: { status: 400, nb: 'Oppgi arbeidsstatus ved avslutning', en: 'Give the work status at closure' },
  TEAM_CLOSE_REASON_MISSING: { status: 400, nb: 'Skriv hvorfor forløpet avsluttes før tiden', en: 'Say why the course ends early' },
  TEAM_CONSENT_SCOPE_MISSING: {
    status: 422,
    nb: 'Samtykket omfatter ikke denne mottakeren. Det må utvides først.',
    en: 'The consent does not name this recipient. It must be widened first.',
  },
  TEAM_MEMBER_NOT_JOB_SPECIALIST: {
    status: 422,
    nb: 'Den valgte er ikke en aktiv jobbspesialist i teamet',
    en: 'The one chosen is not an active job specialist in the team',
  },
  TEAM_JOB_SPECIALIST_CASELOAD_FULL: {
    status: 409,
    nb: 'Jobbspesialisten har fullt antall deltakere',
    en: 'The job specialist’s caseload is full',
  },
  // Registration and evaluation (evaluation/, routes-evaluation.ts).
  TEAM_EVALUATION_FORBIDDEN: {
    status: 403,
    nb: 'Bare prosjektledelsen og teamlederen kan se evalueringen, og teamlederen bare for sine egne team',
    en: 'Only project management and the team lead can see the evaluation, and the team lead only for their own teams',
  },
  TEAM_EVALUATION_PERIOD_INVALID: { status: 400, nb: 'Til-datoen må være etter fra-datoen', en: 'The to date must be after the from date' },
} as const;

export type TeamErrorCode = keyof typeof TEAM_ERRORS;
