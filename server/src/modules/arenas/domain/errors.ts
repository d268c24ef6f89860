/**
 * The arenas module's error codes (issue 10, docs/adr/0006-arenas.md), in the shape of `ERRORS`
 * in platform/errors.ts, which spreads them in. 400: the input is wrong; 409: the state refuses it;
 * 422: well-formed, but not allowed here; 403 and 404 as usual. Add codes here, grouped by the
 * part that raises them.
 *
 * ARENA_FULL_WAITING_LIST is not an error (see ARENA_NOTICES below): a sign-up to a full arena is
 * answered 201 with status 'waiting', its place and the notice, so the UI can say so.
 */
export const ARENA_ERRORS = {
  // Core: arenas, sessions, access (access.ts, core/).
  ARENA_NOT_FOUND: { status: 404, nb: 'Fant ikke møteplassen', en: 'Arena not found' },
  ARENA_SESSION_NOT_FOUND: { status: 404, nb: 'Fant ikke samlingen', en: 'Session not found' },
  ARENA_PARTICIPANT_NOT_FOUND: { status: 404, nb: 'Fant ikke deltakeren', en: 'Participant not found' },
  ARENA_NOT_VISIBLE: { status: 403, nb: 'Du har ikke tilgang til denne møteplassen', en: 'You do not have access to this arena' },
  ARENA_NOT_ORGANISER: { status: 403, nb: 'Bare arrangøren og medarrangørene kan gjøre dette', en: 'Only the organiser and the co-organisers can do this' },
  ARENA_CREATE_ROLE: { status: 403, nb: 'Rollen din kan ikke opprette møteplasser', en: 'Your role cannot create arenas' },
  ARENA_CANCELLED: { status: 409, nb: 'Møteplassen er avlyst', en: 'The arena has been cancelled' },
  ARENA_AREA_INVALID: { status: 400, nb: 'Området må være kommunenummer med fire sifre og et fylkesnummer med to', en: 'The area must be four-digit municipality numbers and a two-digit county number' },
  ARENA_SETTINGS_INVALID: { status: 400, nb: 'Innstillingene for møteplassen er ugyldige', en: 'The arena settings are invalid' },
  ARENA_SESSION_TIME_INVALID: { status: 400, nb: 'En samling må slutte etter at den starter, og vare høyst ett døgn', en: 'A session must end after it starts and last at most a day' },
  ARENA_SESSIONS_OVERLAP: { status: 400, nb: 'To samlinger i møteplassen overlapper i tid', en: 'Two sessions of the arena overlap in time' },
  ARENA_SESSIONS_MISSING: { status: 400, nb: 'Møteplassen må ha minst én samling', en: 'The arena needs at least one session' },
  ARENA_SESSION_NOT_PLANNED: { status: 409, nb: 'Samlingen er allerede avlyst', en: 'The session has already been cancelled' },
  ARENA_SESSION_NOT_STARTED: { status: 409, nb: 'Oppmøte kan først føres når samlingen har startet', en: 'Attendance can only be recorded once the session has started' },
  ARENA_AGENDA_TOO_LONG: { status: 400, nb: 'Programmet er lengre enn samlingen', en: 'The agenda is longer than the session' },
  ARENA_NAV_MEASURES_REQUIRED: { status: 400, nb: '«NAVs virkemidler» er et fast punkt i smågruppene og kan ikke tas ut', en: '"NAV\'s measures" is a standing item in small groups and cannot be left out' },
  ARENA_STATUS_INVALID: { status: 409, nb: 'Møteplassen kan ikke endres slik i den tilstanden den er i nå', en: 'The arena cannot be changed this way in its current state' },
  ARENA_REASON_MISSING: { status: 400, nb: 'Skriv en begrunnelse', en: 'Give a reason' },
  ARENA_USER_INVALID: { status: 422, nb: 'Brukeren finnes ikke eller har ikke en rolle som passer her', en: 'The user does not exist or has no role that fits here' },
  // Sign-up, the waiting list and nominations (signup/).
  ARENA_SIGNUP_ROLE: { status: 403, nb: 'Rollen din kan ikke melde seg på denne møteplassen', en: 'Your role cannot sign up to this arena' },
  ARENA_NOT_IN_AREA: { status: 403, nb: 'Møteplassen er for et annet område enn ditt', en: 'The arena is for another area than yours' },
  ARENA_ALREADY_SIGNED_UP: { status: 409, nb: 'Du er allerede påmeldt', en: 'You are already signed up' },
  ARENA_SIGNUP_CLOSED: { status: 409, nb: 'Påmeldingen er stengt: fristen er ute, eller møteplassen er ikke åpen for påmelding', en: 'Sign-up is closed: the deadline has passed, or the arena is not open for sign-up' },
  ARENA_NOT_SIGNED_UP: { status: 422, nb: 'Personen er ikke påmeldt møteplassen', en: 'The person is not signed up to the arena' },
  ARENA_NOT_NOMINATED: { status: 409, nb: 'Du har ingen nominasjon å svare på', en: 'You have no nomination to answer' },
  ARENA_NOMINEE_INVALID: { status: 422, nb: 'Bare fastleger i møteplassens område kan nomineres', en: 'Only GPs in the arena\'s area can be nominated' },
  ARENA_NOMINATE_ROLE: { status: 403, nb: 'Bare NAV-ansatte i området og arrangørene kan nominere', en: 'Only NAV staff of the area and the organisers can nominate' },
  ARENA_ALLOCATION_NOT_DUE: { status: 409, nb: 'Plassene fordeles først etter påmeldingsfristen, og bare når kurset fordeler ved fristen', en: 'Places are allocated only after the sign-up deadline, and only when the course allocates at the deadline' },
  // Series: invitations, proposals, attendance, fee claims (series/).
  ARENA_INVITATION_NEEDS_MUNICIPAL_PHYSICIAN: { status: 422, nb: 'Invitasjoner til smågrupper sendes gjennom kommuneoverlegen: legg til kommuneoverlegen som medarrangør først', en: 'Invitations to small groups go through the municipal physician: add the municipal physician as co-organiser first' },
  ARENA_PERSONAL_DATA: {
    status: 422,
    nb: 'Teksten ser ut til å inneholde opplysninger som kan identifisere en pasient (fødselsnummer, D-nummer eller navn med dato). Fjern dem og beskriv saken uten å identifisere pasienten.',
    en: 'The text seems to contain details that could identify a patient (national identity number, D-number or a name with a date). Remove them and describe the case without identifying the patient.',
  },
  ARENA_PROPOSAL_NOT_FOUND: { status: 404, nb: 'Fant ikke forslaget', en: 'Proposal not found' },
  ARENA_PROPOSAL_DECIDED: { status: 409, nb: 'Forslaget er allerede behandlet', en: 'The proposal has already been decided' },
  ARENA_PROPOSE_ROLE: { status: 403, nb: 'Bare NAV-ansatte i området, deltakere og arrangørene kan foreslå tema og saker', en: 'Only NAV staff of the area, participants and the organisers can propose topics and cases' },
  ARENA_ATTENDANCE_DUPLICATE: { status: 400, nb: 'Samme deltaker er ført to ganger', en: 'The same participant is listed twice' },
  ARENA_NO_ATTENDANCE: { status: 409, nb: 'Det er ikke ført oppmøte for deg på noen samling ennå', en: 'No attendance has been recorded for you at any session yet' },
  ARENA_NO_FEE: { status: 409, nb: 'Denne møteplassen gir ikke møtegodtgjørelse, eller deltakeren er ikke fastlege', en: 'This arena gives no meeting fee, or the participant is not a GP' },
  // Courses: allocation, table plan, evaluation (courses/).
  ARENA_NOT_A_COURSE: { status: 409, nb: 'Dette gjelder bare kurs', en: 'This applies to courses only' },
  ARENA_NOT_A_SERIES: { status: 409, nb: 'Dette gjelder bare smågrupper', en: 'This applies to small-group series only' },
  ARENA_TABLE_PLAN_OVER_CAPACITY: { status: 422, nb: 'Det er flere deltakere enn plasser ved bordene', en: 'There are more participants than seats at the tables' },
  ARENA_TABLE_PLAN_MISSING: { status: 404, nb: 'Bordplanen er ikke laget ennå', en: 'The table plan has not been made yet' },
  ARENA_TABLE_FULL: { status: 409, nb: 'Bordet er fullt', en: 'The table is full' },
  ARENA_TABLE_UNKNOWN: { status: 400, nb: 'Bordet finnes ikke i bordplanen', en: 'The table is not in the table plan' },
  ARENA_EVALUATION_NOT_OPEN: { status: 409, nb: 'Evalueringen åpner den siste kursdagen og er åpen i 30 dager', en: 'The evaluation opens on the last day of the course and stays open for 30 days' },
  ARENA_EVALUATION_INVALID: { status: 400, nb: 'Svarene passer ikke med evalueringsskjemaet', en: 'The answers do not fit the evaluation form' },
  // Outreach: visit rounds, joint meetings and meeting places, practice consultants, case slots
  // (visits/, joint-meetings/, consultants/, case-slots/; ADR 0006 section "Outreach").
  ARENA_VISIT_ROUND_NOT_FOUND: { status: 404, nb: 'Fant ikke besøksrunden', en: 'Visit round not found' },
  ARENA_VISIT_OFFICE_NOT_FOUND: { status: 404, nb: 'Fant ikke legekontoret i besøksrunden', en: 'GP office not found in the visit round' },
  ARENA_VISIT_FOLLOW_UP_NOT_FOUND: { status: 404, nb: 'Fant ikke oppfølgingspunktet', en: 'Follow-up not found' },
  ARENA_VISIT_NOT_ALLOWED: { status: 403, nb: 'Bare NAV-ansatte ved kontoret som har besøksrunden, arrangøren og de som skal på besøk kan gjøre dette', en: 'Only NAV staff of the office running the visit round, its organiser and those going on visits can do this' },
  ARENA_VISIT_HOST_INVALID: { status: 422, nb: 'Besøksrunden må drives av et NAV-kontor', en: 'A visit round must be run by a NAV office' },
  ARENA_VISIT_AREA_EMPTY: { status: 422, nb: 'Det finnes ingen legekontor i katalogen for de valgte kommunene', en: 'The directory has no GP offices in the chosen municipalities' },
  ARENA_VISIT_BOUNDS_INVALID: { status: 400, nb: 'Besøkslengden må være hele minutter mellom 5 og 240, og minste lengde kan ikke være over største', en: 'Visit lengths must be whole minutes between 5 and 240, the shortest not above the longest' },
  ARENA_VISIT_MOVE_INVALID: { status: 409, nb: 'Legekontoret kan ikke flyttes dit fra steget det står på nå', en: 'The GP office cannot be moved there from the stage it is at now' },
  ARENA_VISIT_DECLINE_REASON_MISSING: { status: 400, nb: 'Skriv hvorfor legekontoret takket nei (for eksempel «ingen kompensasjon»)', en: 'Say why the GP office declined (for example "no compensation")' },
  ARENA_VISIT_TIME_MISSING: { status: 400, nb: 'Oppgi tidspunktet for besøket', en: 'Give the time of the visit' },
  ARENA_VISIT_NOT_YET_HELD: { status: 409, nb: 'Besøket kan først registreres som gjennomført når tidspunktet er kommet', en: 'The visit can only be recorded as done once its time has come' },
  ARENA_VISIT_LENGTH_INVALID: { status: 400, nb: 'Besøkets lengde er utenfor grensene for besøksrunden', en: 'The length of the visit is outside the bounds of the visit round' },
  ARENA_VISIT_STATE: { status: 409, nb: 'Tidspunktet kan bare endres mens besøket er avtalt', en: 'The time can only be changed while the visit is booked' },
  ARENA_VISIT_STALE: { status: 409, nb: 'Noen andre har endret legekontoret i mellomtiden. Last siden på nytt.', en: 'Someone else changed the GP office meanwhile. Reload the page.' },
  ARENA_VISIT_ROUND_CLOSED: { status: 409, nb: 'Besøksrunden er avsluttet', en: 'The visit round is closed' },
  ARENA_NOT_A_JOINT_MEETING: { status: 409, nb: 'Dette gjelder bare fellesmøter og møteplasser', en: 'This applies to joint meetings and meeting places only' },
  ARENA_EVENING_NOT_ALLOWED: { status: 422, nb: 'Samlingen er på kveldstid, men møteplassen tillater ikke kveldsmøter', en: 'The session is in the evening, but the arena does not allow evening slots' },
  ARENA_PROPOSAL_SESSION_INVALID: { status: 422, nb: 'Samlingen hører ikke til denne møteplassen eller er ikke planlagt', en: 'The session does not belong to this arena or is not planned' },
  ARENA_CONSULTANT_POST_NOT_FOUND: { status: 404, nb: 'Fant ikke praksiskonsulentstillingen', en: 'Practice-consultant post not found' },
  ARENA_CONSULTANT_NOT_ALLOWED: { status: 403, nb: 'Bare praksiskonsulenten selv, ledere og administratorer kan gjøre dette', en: 'Only the practice consultant, managers and administrators can do this' },
  ARENA_CONSULTANT_PERIOD_INVALID: { status: 400, nb: 'Perioden er ugyldig: til-datoen kan ikke være før fra-datoen', en: 'The period is invalid: the end cannot be before the start' },
  ARENA_CONSULTANT_HOST_INVALID: { status: 422, nb: 'Vertsorganisasjonen må være et NAV-kontor, et sykehus eller en kommune', en: 'The host organisation must be a NAV office, a hospital or a municipality' },
  ARENA_CONSULTANT_HOURS_OUTSIDE_POST: { status: 422, nb: 'Datoen ligger utenfor perioden for stillingen', en: 'The date is outside the period of the post' },
  ARENA_CONSULTANT_ARENA_INVALID: { status: 422, nb: 'Timene kan bare knyttes til en møteplass praksiskonsulenten driver', en: 'Hours can only be linked to an arena the practice consultant runs' },
  ARENA_NOT_CASE_SLOTS: { status: 409, nb: 'Dette gjelder bare faste saksgjennomganger', en: 'This applies to case slots only' },
  ARENA_CASE_SLOTS_ROLE: { status: 403, nb: 'Bare NAV-veiledere og -ledere kan avtale faste saksgjennomganger', en: 'Only NAV advisers and managers can book case slots' },
  ARENA_CASE_SLOTS_SCHEDULE_INVALID: { status: 400, nb: 'Første tidspunkt må være fram i tid, og det kan være én eller to gjennomganger i måneden', en: 'The first time must be in the future, with one or two slots a month' },
  ARENA_CASE_SLOT_CLOSED: { status: 409, nb: 'Gjennomgangen er holdt, avlyst eller passert', en: 'The slot has been held, cancelled or has passed' },
  ARENA_CASE_SLOT_GP_NO_ACCESS: { status: 422, nb: 'Fastlegen har ikke tilgang til denne saken og kan ikke gå gjennom den', en: 'The GP has no access to this case and cannot go through it' },
  ARENA_CASE_SLOT_CASE_DUPLICATE: { status: 409, nb: 'Saken står allerede på listen for denne gjennomgangen', en: 'The case is already listed for this slot' },
  ARENA_CASE_SLOT_FULL: { status: 409, nb: 'Det står allerede så mange saker på listen som gjennomgangen har plass til', en: 'The slot already lists as many cases as it has room for' },
  ARENA_CASE_SLOT_CASE_NOT_FOUND: { status: 404, nb: 'Fant ikke saken i gjennomgangen', en: 'Case not found in the slot' },
  ARENA_CASE_SLOT_CASE_STATE: { status: 409, nb: 'Saken er allerede gjort om til et dialogmøte', en: 'The case has already been turned into a dialogue meeting' },
} as const;

export type ArenaErrorCode = keyof typeof ARENA_ERRORS;

/** Answers that are not errors but need saying, with the same shape of texts as the error codes. */
export const ARENA_NOTICES = {
  ARENA_FULL_WAITING_LIST: {
    nb: 'Møteplassen er full. Du står på ventelisten og får beskjed hvis du får plass.',
    en: 'The arena is full. You are on the waiting list and will be told if a place frees up.',
  },
  ARENA_WAITING_FOR_ALLOCATION: {
    nb: 'Plassene fordeles etter påmeldingsfristen, fastleger først. Du får beskjed når fordelingen er gjort.',
    en: 'Places are allocated after the sign-up deadline, GPs first. You will be told when places have been allocated.',
  },
} as const;

export type ArenaNoticeCode = keyof typeof ARENA_NOTICES;
