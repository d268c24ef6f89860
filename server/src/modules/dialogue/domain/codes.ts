/**
 * The national code lists for messages between NAV and GPs (domain.md §3), so what is sent here
 * can travel as a Dialogmelding later without translation.
 */
export const CODE_SYSTEMS = {
  navNote: 8127,
  gpNote: 8128,
  request: 8129,
  answer: 9069,
} as const;

export const REQUEST_CODE = 1;
export const REMINDER_CODE = 2;
export const ANSWER_CODE = 5;

interface Label {
  nb: string;
  en: string;
}

/** Notes NAV sends a GP (8127). 1 (follow-up plan) comes from the plan module, 7 is not in use. */
export const NAV_NOTE_CODES: Readonly<Record<number, Label>> = {
  2: { nb: 'Friskmelding til arbeidsformidling', en: 'Declared fit for job placement' },
  3: { nb: 'Returnert legeerklæring', en: 'Returned medical declaration' },
  4: { nb: 'Avlysning av dialogmøte', en: 'Dialogue meeting cancelled' },
  5: { nb: 'Fritak fra dialogmøte', en: 'Exemption from dialogue meeting' },
  6: { nb: 'Tilbakemelding fra NAV', en: 'Feedback from NAV' },
  8: { nb: 'Melding fra NAV', en: 'Message from NAV' },
  9: { nb: 'Informasjon fra NAV', en: 'Information from NAV' },
};

/** 8127/1: the follow-up plan, which the plans module shares; advisers do not write it as a note. */
export const FOLLOW_UP_PLAN_LABEL: Label = { nb: 'Oppfølgingsplan', en: 'Follow-up plan' };

/** Notes a GP sends NAV (8128). */
export const GP_NOTE_CODES: Readonly<Record<number, Label>> = {
  1: { nb: 'Henvendelse om sykefraværsoppfølging', en: 'About sick-leave follow-up' },
  2: { nb: 'Henvendelse om pasient (ikke sykmeldt)', en: 'About a patient (not on sick leave)' },
};

/** The meetings module's messages in a thread: invitations and changes (8125), GPs' replies (8126). */
export const MEETING_INVITATION_CODES: Readonly<Record<number, Label>> = {
  1: { nb: 'Innkalling til dialogmøte 2', en: 'Invitation to dialogue meeting 2' },
  2: { nb: 'Endring av dialogmøte 2', en: 'Change of dialogue meeting 2' },
  3: { nb: 'Innkalling til dialogmøte 3', en: 'Invitation to dialogue meeting 3' },
  4: { nb: 'Endring av dialogmøte 3', en: 'Change of dialogue meeting 3' },
};
export const MEETING_REPLY_CODES: Readonly<Record<number, Label>> = {
  1: { nb: 'Svar på innkalling: Ja, jeg kommer', en: 'Reply: Yes, I am coming' },
  2: { nb: 'Svar på innkalling: Ønsker nytt tidspunkt', en: 'Reply: I would like another time' },
  3: { nb: 'Svar på innkalling: Kan ikke komme', en: 'Reply: I cannot come' },
};

export type RequestKind = 'L8' | 'L40';

/** What each request kind asks for, and the tariff it carries (domain.md §4; 001 L1963, L1979). */
export const REQUEST_KINDS: Readonly<Record<RequestKind, { tariff: string; label: Label }>> = {
  L8: { tariff: 'L8', label: { nb: 'Tilleggsopplysninger (kort fritekstsvar)', en: 'Additional information (short free-text answer)' } },
  L40: { tariff: 'L40', label: { nb: 'Legeerklæring om arbeidsuførhet', en: 'Medical declaration of work incapacity' } },
};

/** The legal basis NAV asks under (folketrygdloven § 21-4), shown to both sides. */
export const LEGAL_BASIS = {
  nb: 'Folketrygdloven § 21-4: NAV kan innhente opplysninger fra lege som er nødvendige for å behandle saken.',
  en: 'National Insurance Act § 21-4: NAV may obtain from a doctor the information needed to handle the case.',
};
