/**
 * Errors are values with stable codes. Each code has an HTTP status and a message in bokmål
 * and English; the UI and the tests rely on the codes, people read the messages.
 */
import { FORM_ERRORS } from '../modules/forms/domain/errors.js';
import { MEETING_ERRORS } from '../modules/meetings/domain/errors.js';
import { TEAM_ERRORS } from '../modules/teams/domain/errors.js';
import { FORUM_ERRORS } from '../modules/forums/domain/errors.js';
import { ARENA_ERRORS } from '../modules/arenas/domain/errors.js';
import { CATALOGUE_ERRORS } from '../modules/catalogue/domain/errors.js';
import { INSIGHT_ERRORS } from '../modules/insights/domain/errors.js';
import { SURVEY_ERRORS } from '../modules/insights/surveys/domain/errors.js';

export type Lang = 'nb' | 'en';

interface ErrorDefinition {
  status: number;
  nb: string;
  en: string;
}

export const ERRORS = {
  VALIDATION_FAILED: { status: 400, nb: 'Ugyldig forespørsel', en: 'Invalid request' },
  MALFORMED_JSON: { status: 400, nb: 'Forespørselen er ikke gyldig JSON', en: 'The request body is not valid JSON' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, nb: 'Innholdstypen støttes ikke', en: 'Unsupported content type' },
  BODY_TOO_LARGE: { status: 413, nb: 'Forespørselen er for stor', en: 'The request body is too large' },
  NOT_FOUND: { status: 404, nb: 'Fant ikke ressursen', en: 'Resource not found' },
  NOT_AUTHENTICATED: { status: 401, nb: 'Du må logge inn', en: 'You must sign in' },
  SESSION_EXPIRED: { status: 401, nb: 'Økten er utløpt. Logg inn på nytt.', en: 'Your session has expired. Please sign in again.' },
  CSRF_TOKEN_INVALID: { status: 403, nb: 'Forespørselen mangler gyldig CSRF-token', en: 'The request lacks a valid CSRF token' },
  ACCESS_DENIED: { status: 403, nb: 'Du har ikke tilgang til dette', en: 'You do not have access to this' },
  ACCESS_DENIED_NO_RELATIONSHIP: {
    status: 403,
    nb: 'Du har ingen tjenstlig relasjon til denne personen',
    en: 'You have no professional relationship with this person',
  },
  ACCESS_DENIED_PROTECTED: {
    status: 403,
    nb: 'Personen er vernet. Tilgang krever særskilt autorisasjon.',
    en: 'The person is protected. Access requires special authorisation.',
  },
  ACCESS_DENIED_SHIELDED: {
    status: 403,
    nb: 'Personen er skjermet. Tilgang krever særskilt autorisasjon.',
    en: 'The person is shielded. Access requires special authorisation.',
  },
  ACCESS_DENIED_ROLE: { status: 403, nb: 'Rollen din gir ikke tilgang til dette', en: 'Your role does not give access to this' },
  DEMO_DISABLED: { status: 403, nb: 'Demo-innlogging er slått av', en: 'Demo sign-in is disabled' },
  OIDC_NOT_CONFIGURED: { status: 404, nb: 'Innlogging med identitetsleverandør er ikke satt opp', en: 'Sign-in with an identity provider is not configured' },
  OIDC_FAILED: { status: 401, nb: 'Innloggingen mislyktes', en: 'Sign-in failed' },
  OIDC_UNKNOWN_USER: { status: 403, nb: 'Brukeren er ikke registrert i Samhandling', en: 'The user is not registered in Samhandling' },
  USER_NOT_FOUND: { status: 404, nb: 'Fant ikke brukeren', en: 'User not found' },
  RATE_LIMITED: { status: 429, nb: 'For mange forsøk. Vent litt og prøv igjen.', en: 'Too many attempts. Wait a moment and try again.' },
  FNR_INVALID: { status: 400, nb: 'Ugyldig fødselsnummer eller D-nummer', en: 'Invalid national identity number or D-number' },
  FNR_MISSING: { status: 400, nb: 'Fødselsnummer mangler (header nav-personident)', en: 'National identity number missing (header nav-personident)' },
  ORG_NUMBER_INVALID: { status: 400, nb: 'Ugyldig organisasjonsnummer', en: 'Invalid organisation number' },
  HER_ID_INVALID: { status: 400, nb: 'Ugyldig HER-id', en: 'Invalid HER-id' },
  HPR_NUMBER_INVALID: { status: 400, nb: 'Ugyldig HPR-nummer', en: 'Invalid HPR number' },
  ORGANISATION_NOT_FOUND: { status: 404, nb: 'Fant ikke organisasjonen', en: 'Organisation not found' },
  PERSON_NOT_FOUND: { status: 404, nb: 'Fant ikke personen i katalogen', en: 'Person not found in the directory' },
  POSITION_NOT_FOUND: { status: 404, nb: 'Fant ikke stillingen', en: 'Position not found' },
  CONTACT_ROLE_NOT_FOUND: { status: 404, nb: 'Fant ikke kontaktrollen', en: 'Contact role not found' },
  CITIZEN_NOT_FOUND: { status: 404, nb: 'Fant ikke personen', en: 'Person not found' },
  ORG_NUMBER_TAKEN: { status: 409, nb: 'Organisasjonsnummeret er allerede registrert', en: 'The organisation number is already registered' },
  HPR_NUMBER_TAKEN: { status: 409, nb: 'HPR-nummeret er allerede registrert', en: 'The HPR number is already registered' },
  CONTACT_ROLE_EXISTS: { status: 409, nb: 'Kontaktrollen finnes allerede', en: 'The contact role already exists' },
  PERIOD_INVALID: { status: 400, nb: 'Sluttdato kan ikke være før startdato', en: 'The end date cannot be before the start date' },
  IMPORT_REJECTED: {
    status: 422,
    nb: 'Importen ble avvist. Ingen rader ble lagret.',
    en: 'The import was rejected. No rows were stored.',
  },
  IMPORT_EMPTY: { status: 422, nb: 'Filen inneholder ingen rader', en: 'The file contains no rows' },
  EMPLOYER_NOT_FOUND: { status: 404, nb: 'Fant ikke arbeidsgiveren', en: 'Employer not found' },
  CASE_NOT_FOUND: { status: 404, nb: 'Fant ikke sykefraværstilfellet', en: 'Sick-leave case not found' },
  SICK_NOTE_DUPLICATE: {
    status: 409,
    nb: 'Denne sykmeldingen er allerede sendt',
    en: 'This sick note has already been sent',
  },
  SICK_NOTE_NOT_FOUND: { status: 404, nb: 'Fant ikke sykmeldingen', en: 'Sick note not found' },
  NO_PERIODS: { status: 400, nb: 'Sykmeldingen må ha minst én periode', en: 'The sick note needs at least one period' },
  PERIODS_OVERLAP: { status: 400, nb: 'Periodene i sykmeldingen overlapper', en: 'The periods in the sick note overlap' },
  GRADE_OUT_OF_RANGE: { status: 400, nb: 'Sykmeldingsgraden må være mellom 1 og 100', en: 'The grade must be between 1 and 100' },
  GRADE_TYPE_MISMATCH: {
    status: 400,
    nb: 'Graden passer ikke med typen: hel sykmelding er 100 %, gradert er under 100 %',
    en: 'The grade does not fit the type: full is 100 %, graded is below 100 %',
  },
  PERIOD_END_BEFORE_START: { status: 400, nb: 'En periode slutter før den starter', en: 'A period ends before it starts' },
  NOTE_STARTS_TOO_EARLY: { status: 400, nb: 'Sykmeldingen kan ikke starte mer enn ett år tilbake', en: 'The sick note cannot start more than one year ago' },
  NOTE_ENDS_TOO_LATE: { status: 400, nb: 'Sykmeldingen kan ikke vare mer enn ett år fram i tid', en: 'The sick note cannot end more than one year ahead' },
  FULL_LEAVE_JUSTIFICATION_REQUIRED: {
    status: 400,
    nb: 'Ved 100 % sykmelding må du begrunne hvorfor gradert sykmelding ikke er mulig',
    en: 'A 100 % sick note needs a justification of why graded leave is not possible',
  },
  EXTENDED_QUESTIONS_REQUIRED: {
    status: 400,
    nb: 'Sykefraværet passerer en uke med utvidede spørsmål (uke 7, 17 eller 39) som må besvares',
    en: 'The sick leave passes a week with extended questions (week 7, 17 or 39) that must be answered',
  },
  NOTIFICATION_NOT_FOUND: { status: 404, nb: 'Fant ikke varselet', en: 'Notification not found' },
  NOTIFICATION_EVENT_UNKNOWN: {
    status: 400,
    nb: 'Ukjent varseltype. Velg blant varseltypene som vises.',
    en: 'Unknown notification type. Choose among the types listed.',
  },
  // Reachability: call-backs, the on-call rota, checklists (modules/reachability).
  PHONE_INVALID: { status: 400, nb: 'Ugyldig telefonnummer. Oppgi et norsk nummer med åtte sifre.', en: 'Invalid phone number. Give a Norwegian number with eight digits.' },
  PREFERRED_TIME_INVALID: {
    status: 400,
    nb: 'Et ønsket tidsrom må slutte etter at det starter, og kan ikke være passert',
    en: 'A preferred time must end after it starts, and cannot be in the past',
  },
  CALLBACK_NOT_FOUND: { status: 404, nb: 'Fant ikke forespørselen om å bli ringt opp', en: 'Call-back request not found' },
  CALLBACK_ALREADY_CLAIMED: {
    status: 409,
    nb: 'En annen rådgivende lege har allerede tatt denne forespørselen',
    en: 'Another advisory physician has already claimed this request',
  },
  CALLBACK_STATE_INVALID: {
    status: 409,
    nb: 'Forespørselen kan ikke endres slik i den tilstanden den er i nå',
    en: 'The request cannot be changed this way in its current state',
  },
  CALLBACK_NOT_YOURS: {
    status: 403,
    nb: 'Bare legen som har tatt forespørselen kan registrere utfallet',
    en: 'Only the physician who claimed the request can record the outcome',
  },
  PHYSICIAN_NOT_FOUND: { status: 404, nb: 'Fant ikke den rådgivende legen', en: 'Advisory physician not found' },
  SHIFT_NOT_FOUND: { status: 404, nb: 'Fant ikke vakten', en: 'Shift not found' },
  SHIFT_END_BEFORE_START: { status: 400, nb: 'Vakten må slutte etter at den starter', en: 'The shift must end after it starts' },
  SHIFT_TOO_LONG: { status: 400, nb: 'En vakt kan vare i høyst 24 timer', en: 'A shift can last at most 24 hours' },
  SHIFT_OVERLAPS: {
    status: 409,
    nb: 'Legen har allerede en vakt som overlapper dette tidsrommet',
    en: 'The physician already has a shift that overlaps this time',
  },
  CHECKLIST_NOT_FOUND: { status: 404, nb: 'Fant ikke huskelisten', en: 'Checklist not found' },
  CHECKLIST_EMPTY: { status: 400, nb: 'Huskelisten må ha minst ett punkt med tekst på bokmål og engelsk', en: 'The checklist needs at least one item with text in bokmål and English' },
  CHECKLIST_TOO_LONG: {
    status: 400,
    nb: 'Huskelisten er for lang: høyst 30 punkter på høyst 500 tegn',
    en: 'The checklist is too long: at most 30 items of at most 500 characters',
  },
  // Dialogue between NAV and GPs.
  CONVERSATION_NOT_FOUND: { status: 404, nb: 'Fant ikke samtalen', en: 'Conversation not found' },
  MESSAGE_NOT_FOUND: { status: 404, nb: 'Fant ikke meldingen', en: 'Message not found' },
  ATTACHMENT_NOT_FOUND: { status: 404, nb: 'Fant ikke vedlegget', en: 'Attachment not found' },
  CASE_CLOSED: { status: 409, nb: 'Sykefraværstilfellet er avsluttet. Det kan ikke sendes forespørsler på det.', en: 'The sick-leave case is closed. Requests cannot be sent on it.' },
  NAV_OFFICE_MISSING: { status: 422, nb: 'Personen har ikke noe NAV-kontor registrert', en: 'The person has no NAV office registered' },
  GP_NOT_ON_CASE: { status: 400, nb: 'Legen er ikke sykmelder eller fastlege i denne saken', en: 'The doctor is neither the issuer nor the regular GP in this case' },
  DIALOGUE_QUESTIONS_MISSING: { status: 400, nb: 'Skriv minst ett konkret spørsmål', en: 'Write at least one specific question' },
  DIALOGUE_QUESTION_EMPTY: { status: 400, nb: 'Et spørsmål er tomt', en: 'A question is empty' },
  DIALOGUE_TOO_MANY_QUESTIONS: { status: 400, nb: 'For mange spørsmål i én forespørsel', en: 'Too many questions in one request' },
  DIALOGUE_TEXT_EMPTY: { status: 400, nb: 'Meldingen er tom', en: 'The message is empty' },
  DIALOGUE_TEXT_TOO_LONG: { status: 400, nb: 'Teksten er for lang', en: 'The text is too long' },
  DIALOGUE_DEADLINE_PAST: { status: 400, nb: 'Svarfristen kan ikke være tilbake i tid', en: 'The reply deadline cannot be in the past' },
  DIALOGUE_DEADLINE_TOO_LATE: { status: 400, nb: 'Svarfristen kan bare kortes ned, ikke forlenges', en: 'The reply deadline can only be shortened, not extended' },
  NOTE_CODE_UNKNOWN: { status: 400, nb: 'Ukjent meldingstype', en: 'Unknown message type' },
  REQUEST_WITHDRAWN: { status: 409, nb: 'NAV har trukket tilbake denne forespørselen. Den skal ikke besvares.', en: 'NAV has withdrawn this request. It should not be answered.' },
  REQUEST_ALREADY_ANSWERED: { status: 409, nb: 'Forespørselen er allerede besvart', en: 'The request has already been answered' },
  MEETING_REASON_MISSING: { status: 400, nb: 'Skriv en begrunnelse', en: 'Give a reason' },
  MEETING_REPLY_REASON_MISSING: { status: 400, nb: 'Skriv hvorfor du ikke kan komme eller ønsker et annet tidspunkt', en: 'Say why you cannot come or want another time' },
  MEETING_NOT_CONVENED: { status: 409, nb: 'Dialogmøte 1 er bare registrert her og kan ikke endres', en: 'Dialogue meeting 1 is only registered here and cannot be changed' },
  MEETING_1_IN_FUTURE: { status: 400, nb: 'Dialogmøte 1 kan bare registreres etter at det er holdt', en: 'Dialogue meeting 1 can only be registered after it was held' },
  MEETING_2_ALREADY_HELD: { status: 409, nb: 'Dialogmøte 2 er allerede holdt', en: 'Dialogue meeting 2 has already been held' },
  MEETING_2_EXCEPTION_EXISTS: { status: 409, nb: 'Unntak fra dialogmøte 2 er allerede registrert', en: 'An exception from dialogue meeting 2 is already recorded' },
  ANSWER_INCOMPLETE: { status: 400, nb: 'Alle spørsmålene må besvares', en: 'Every question must be answered' },
  ATTACHMENT_TYPE_FORBIDDEN: { status: 415, nb: 'Vedlegg må være PDF, JPEG eller PNG (sjekket ut fra innholdet)', en: 'Attachments must be PDF, JPEG or PNG (checked by content)' },
  ATTACHMENT_TOO_LARGE: { status: 413, nb: 'Vedlegget er for stort', en: 'The attachment is too large' },
  ATTACHMENT_LIMIT_REACHED: { status: 400, nb: 'For mange vedlegg', en: 'Too many attachments' },
  ATTACHMENT_NOT_USABLE: { status: 400, nb: 'Vedlegget hører ikke til denne meldingen', en: 'The attachment does not belong to this message' },
  WHOLE_RECORD_CONFIRMATION_REQUIRED: {
    status: 422,
    nb: 'NAV har ikke bedt om hele journalen eller epikriser. Bekreft at vedlegget er nødvendig, eller fjern det.',
    en: 'NAV did not ask for the whole journal or discharge summaries. Confirm the attachment is needed, or remove it.',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    nb: 'Denne innsendingsnøkkelen er brukt til noe annet',
    en: 'This idempotency key was used for a different submission',
  },
  INTEROP_TOKEN_INVALID: {
    status: 401,
    nb: 'Meldingsmottaket krever et gyldig tilgangstoken (Authorization: Bearer …)',
    en: 'The message endpoint requires a valid access token (Authorization: Bearer …)',
  },
  INTEROP_DISABLED: { status: 503, nb: 'Meldingsmottaket er ikke satt opp (INTEROP_TOKEN mangler)', en: 'The message endpoint is not set up (INTEROP_TOKEN is missing)' },
  INTEROP_NOT_XML: { status: 415, nb: 'Meldingen må sendes som application/xml', en: 'The message must be sent as application/xml' },
  INTEROP_MESSAGE_NOT_FOUND: { status: 404, nb: 'Fant ikke meldingen', en: 'Message not found' },
  INTEROP_RECEIPT_UNMATCHED: {
    status: 422,
    nb: 'Kvitteringen gjelder ingen melding plattformen har sendt',
    en: 'The receipt does not concern any message the platform has sent',
  },
  INTEROP_RECEIPT_INVALID: { status: 422, nb: 'Kvitteringen (AppRec) kunne ikke leses', en: 'The receipt (AppRec) could not be read' },
  AUDIT_IMMUTABLE: { status: 405, nb: 'Revisjonsloggen kan ikke endres', en: 'The audit log cannot be changed' },
  INTERNAL_ERROR: { status: 500, nb: 'Noe gikk galt hos oss. Prøv igjen.', en: 'Something went wrong on our side. Please try again.' },
  SERVICE_UNAVAILABLE: { status: 503, nb: 'Tjenesten er midlertidig utilgjengelig', en: 'The service is temporarily unavailable' },
  ...MEETING_ERRORS,
  ...FORM_ERRORS,
  ...TEAM_ERRORS,
  ...FORUM_ERRORS,
  ...ARENA_ERRORS,
  ...CATALOGUE_ERRORS,
  ...INSIGHT_ERRORS,
  ...SURVEY_ERRORS,
  FORM_NOT_FOUND: { status: 404, nb: 'Fant ikke skjemaet', en: 'Form not found' },
  FORM_NOT_A_WRITER: { status: 403, nb: 'Du kan lese dette skjemaet, men ikke skrive i det', en: 'You may read this form but not write in it' },
  FORM_EDIT_CONFLICT: {
    status: 409,
    nb: 'Noen andre har endret skjemaet mens du skrev. Se deres versjon før du lagrer.',
    en: 'Someone else changed the form while you were writing. See their version before you save.',
  },
  FORM_COMMENT_NOT_ALLOWED: { status: 403, nb: 'Bare fastlegen og NAV kan kommentere en delt plan', en: 'Only the GP and NAV can comment on a shared plan' },
  FORM_NOT_SHARED: { status: 409, nb: 'Planen er ikke delt ennå', en: 'The plan has not been shared yet' },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(ERRORS[code].en);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

export function messageFor(code: ErrorCode, lang: Lang): string {
  return ERRORS[code][lang];
}

/** Picks bokmål unless the client prefers English (nn and no count as Norwegian). */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'nb';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag, q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (/^(nb|nn|no)\b/.test(tag)) return 'nb';
    if (/^en\b/.test(tag)) return 'en';
  }
  return 'nb';
}
