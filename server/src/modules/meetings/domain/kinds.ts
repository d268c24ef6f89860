/**
 * The vocabulary of dialogue meetings: kinds, roles, replies, places and the reasons meeting 2
 * may be skipped, with labels in bokmål and English and the national codes (domain.md §3) so a
 * meeting's messages can travel as Dialogmelding without translation.
 */
export interface Label {
  nb: string;
  en: string;
}

/** 'dm1' is the employer's meeting 1, only registered here; NAV convenes the other three. */
export type MeetingKind = 'dm1' | 'dm2' | 'dm3' | 'aap';
export type ConvenedKind = Exclude<MeetingKind, 'dm1'>;

export const CONVENED_KINDS: readonly ConvenedKind[] = ['dm2', 'dm3', 'aap'];

export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, Label>> = {
  dm1: { nb: 'Dialogmøte 1', en: 'Dialogue meeting 1' },
  dm2: { nb: 'Dialogmøte 2', en: 'Dialogue meeting 2' },
  dm3: { nb: 'Dialogmøte 3', en: 'Dialogue meeting 3' },
  aap: {
    nb: 'Dialogmøte i første år med arbeidsavklaringspenger',
    en: 'Dialogue meeting in the first year of work assessment allowance',
  },
};

export interface NationalCode {
  /** The code list (OID 2.16.578.1.12.4.1.1.NNNN). */
  system: number;
  code: number;
}

export const MEETING_CODE_SYSTEMS = { invitation: 8125, reply: 8126, navNote: 8127 } as const;

/**
 * 8125 knows only meeting 2 and meeting 3; a meeting in the first AAP year travels as meeting 3,
 * which is what NAV's own systems send for every meeting after meeting 2.
 */
export const MEETING_MESSAGE_CODES: Readonly<Record<ConvenedKind, { invitation: NationalCode; change: NationalCode }>> = {
  dm2: { invitation: { system: 8125, code: 1 }, change: { system: 8125, code: 2 } },
  dm3: { invitation: { system: 8125, code: 3 }, change: { system: 8125, code: 4 } },
  aap: { invitation: { system: 8125, code: 3 }, change: { system: 8125, code: 4 } },
};

export const CANCELLATION_CODE: NationalCode = { system: 8127, code: 4 };
export const MINUTES_CODE: NationalCode = { system: 8127, code: 9 };

export function invitationCode(kind: ConvenedKind): NationalCode {
  return MEETING_MESSAGE_CODES[kind].invitation;
}

export function changeCode(kind: ConvenedKind): NationalCode {
  return MEETING_MESSAGE_CODES[kind].change;
}

export type ParticipantRole = 'employee' | 'employer' | 'gp' | 'advisory_physician' | 'interpreter' | 'nav_adviser' | 'other';

export const PARTICIPANT_ROLES: readonly ParticipantRole[] = ['employee', 'employer', 'gp', 'advisory_physician', 'interpreter', 'nav_adviser', 'other'];

export const PARTICIPANT_ROLE_LABELS: Readonly<Record<ParticipantRole, Label>> = {
  employee: { nb: 'Arbeidstaker', en: 'Employee' },
  employer: { nb: 'Arbeidsgiver', en: 'Employer' },
  gp: { nb: 'Lege', en: 'GP' },
  advisory_physician: { nb: 'Rådgivende lege', en: 'Advisory physician' },
  interpreter: { nb: 'Tolk', en: 'Interpreter' },
  nav_adviser: { nb: 'NAV-veileder', en: 'NAV adviser' },
  other: { nb: 'Annen deltaker', en: 'Other participant' },
};

export type MeetingReply = 'coming' | 'wants_new_time' | 'not_coming';

export const MEETING_REPLIES: readonly MeetingReply[] = ['coming', 'wants_new_time', 'not_coming'];

export const MEETING_REPLY_LABELS: Readonly<Record<MeetingReply, Label>> = {
  coming: { nb: 'Jeg kommer', en: 'I am coming' },
  wants_new_time: { nb: 'Jeg ønsker et annet tidspunkt', en: 'I would like another time' },
  not_coming: { nb: 'Jeg kan ikke komme', en: 'I cannot come' },
};

/** The reply codes in list 8126. */
export const REPLY_CODES: Readonly<Record<MeetingReply, number>> = { coming: 1, wants_new_time: 2, not_coming: 3 };

export function replyCode(reply: MeetingReply): number {
  return REPLY_CODES[reply];
}

/** The reply a received 8126 code stands for; null for a code the list does not have. */
export function replyFromCode(code: number): MeetingReply | null {
  return MEETING_REPLIES.find((reply) => REPLY_CODES[reply] === code) ?? null;
}

export type PlaceKind = 'nav_office' | 'gp_office' | 'workplace' | 'video' | 'other';

export const PLACE_KINDS: readonly PlaceKind[] = ['nav_office', 'gp_office', 'workplace', 'video', 'other'];

export const PLACE_KIND_LABELS: Readonly<Record<PlaceKind, Label>> = {
  nav_office: { nb: 'NAV-kontoret', en: 'The NAV office' },
  gp_office: { nb: 'Legekontoret', en: "The GP's office" },
  workplace: { nb: 'Arbeidsplassen', en: 'The workplace' },
  video: { nb: 'Videomøte', en: 'Video meeting' },
  other: { nb: 'Annet sted', en: 'Another place' },
};

export type Meeting2ExceptionReason = 'medical' | 'institution' | 'fit_within_28_weeks' | 'documented_measures';

export const MEETING_2_EXCEPTION_REASONS: readonly Meeting2ExceptionReason[] = ['medical', 'institution', 'fit_within_28_weeks', 'documented_measures'];

/** Why dialogue meeting 2 is not needed (unntak fra dialogmøte 2). */
export const MEETING_2_EXCEPTION_LABELS: Readonly<Record<Meeting2ExceptionReason, Label>> = {
  medical: { nb: 'Medisinske grunner', en: 'Medical reasons' },
  institution: { nb: 'Innlagt i helseinstitusjon', en: 'Admitted to a health institution' },
  fit_within_28_weeks: { nb: 'Forventet friskmelding innen 28 uker', en: 'Expected to be fit for work within 28 weeks' },
  documented_measures: { nb: 'Tiltak dokumentert på annen måte', en: 'Measures documented in another way' },
};
