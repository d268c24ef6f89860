/**
 * The meetings module's error codes, in the shape of `ERRORS` in platform/errors.ts, which
 * spreads them in. 400: the input is wrong; 409: the meeting's state refuses it; 422: well-formed,
 * but not allowed here; 403 and 404 as usual.
 */
export const MEETING_ERRORS = {
  MEETING_NOT_FOUND: { status: 404, nb: 'Fant ikke møtet', en: 'Meeting not found' },
  MEETING_NOT_INVITED: { status: 403, nb: 'Du er ikke invitert til dette møtet', en: 'You are not invited to this meeting' },

  // The time, the place and the participants (checks.ts).
  MEETING_IN_PAST: { status: 400, nb: 'Tidspunktet har allerede vært. Velg et tidspunkt fram i tid.', en: 'The time has already passed. Choose a time in the future.' },
  MEETING_NOT_A_WORKING_DAY: {
    status: 400,
    nb: 'Møtet faller på en helg eller helligdag. Velg en virkedag.',
    en: 'The meeting falls on a weekend or public holiday. Choose a working day.',
  },
  MEETING_DURATION_INVALID: {
    status: 400,
    nb: 'Møtet har en varighet som ikke er tillatt (vanligvis fra 15 minutter til 4 timer)',
    en: 'The meeting has a duration that is not allowed (usually from 15 minutes to 4 hours)',
  },
  MEETING_TOO_FAR_AHEAD: { status: 400, nb: 'Møtet kan ikke legges så langt fram i tid (vanligvis høyst ett år)', en: 'The meeting cannot be set that far ahead (usually at most one year)' },
  MEETING_PLACE_MISSING: {
    status: 400,
    nb: 'Skriv hvor møtet holdes. Arbeidsplassen og annet sted må ha adresse eller beskrivelse.',
    en: 'Say where the meeting is held. The workplace and another place need an address or a description.',
  },
  MEETING_VIDEO_LINK_MISSING: { status: 400, nb: 'Et videomøte må ha en lenke', en: 'A video meeting needs a link' },
  MEETING_VIDEO_LINK_NOT_HTTPS: {
    status: 400,
    nb: 'Lenken til videomøtet må være en https-adresse uten brukernavn eller passord',
    en: 'The video link must be an https address without a user name or password',
  },
  MEETING_VIDEO_LINK_UNEXPECTED: { status: 400, nb: 'Bare videomøter kan ha videolenke', en: 'Only video meetings can have a video link' },
  MEETING_EMAIL_INVALID: { status: 400, nb: 'Ugyldig e-postadresse', en: 'Invalid e-mail address' },
  MEETING_PARTICIPANT_UNREACHABLE: {
    status: 422,
    nb: 'Deltakeren kan ikke nås. Oppgi en e-postadresse, eller velg en bruker i Samhandling.',
    en: 'The participant cannot be reached. Give an e-mail address or choose a Samhandling user.',
  },
  MEETING_GP_DECISION_MISSING: { status: 400, nb: 'Velg om legen skal inviteres til møtet', en: 'Choose whether the GP is invited to the meeting' },
  MEETING_GP_REASON_MISSING: {
    status: 400,
    nb: 'Begrunn hvorfor legen ikke inviteres (minst 10 tegn)',
    en: 'Give a reason for not inviting the GP (at least 10 characters)',
  },
  MEETING_GP_PART_INVALID: {
    status: 400,
    nb: 'Legens del av møtet må være hele minutter, minst 5 og kortere enn hele møtet',
    en: "The GP's part of the meeting must be whole minutes, at least 5 and shorter than the whole meeting",
  },
  MEETING_OVERLAP_UNCONFIRMED: {
    status: 409,
    nb: 'Personen har et annet møte på samme tid. Bekreft for å kalle inn likevel.',
    en: 'The person has another meeting at the same time. Confirm to convene anyway.',
  },
  MEETING_ADVISORY_PHYSICIAN_NOT_ALLOWED: {
    status: 422,
    nb: 'Rådgivende lege deltar ikke i dialogmøter i dette fylket',
    en: 'Advisory physicians do not take part in dialogue meetings in this county',
  },

  // The minutes.
  MEETING_MINUTES_INCOMPLETE: {
    status: 400,
    nb: 'Referatet må ha situasjon, konklusjon og oppmøte for alle deltakerne',
    en: 'The minutes need the situation, the conclusion and the attendance of every participant',
  },
  MEETING_CORRECTION_REASON_MISSING: { status: 400, nb: 'Skriv hvorfor referatet rettes', en: 'Say why the minutes are corrected' },
  MEETING_GP_ATTENDANCE_MISSING: { status: 400, nb: 'Registrer om legen deltok i møtet', en: 'Record whether the GP took part in the meeting' },

  // The meeting's state (state.ts).
  MEETING_CANCELLED: { status: 409, nb: 'Møtet er avlyst', en: 'The meeting has been cancelled' },
  MEETING_COMPLETED: { status: 409, nb: 'Møtet er gjennomført og kan ikke endres slik', en: 'The meeting has taken place and cannot be changed this way' },
  MEETING_CLOSED: { status: 409, nb: 'Møtet er avsluttet og kan ikke endres', en: 'The meeting is closed and cannot be changed' },
  MEETING_NOT_STARTED: {
    status: 409,
    nb: 'Møtet har ikke begynt ennå. Referatet kan skrives fra møtets starttidspunkt.',
    en: 'The meeting has not started yet. The minutes can be written from its start time.',
  },
  MEETING_NOT_COMPLETED: { status: 409, nb: 'Møtet er ikke gjennomført ennå', en: 'The meeting has not taken place yet' },
  MEETING_REPLY_TOO_LATE: {
    status: 409,
    nb: 'Møtet har allerede begynt. Ta kontakt med NAV-veilederen direkte.',
    en: 'The meeting has already started. Contact the NAV adviser directly.',
  },
} as const satisfies Record<string, { status: number; nb: string; en: string }>;

export type MeetingErrorCode = keyof typeof MEETING_ERRORS;
