import { type GpPart, type MeetingPlace, participantWindow } from './checks.js';
import { clock, longDate, nok, timeSpan } from './format.js';
import { type ConvenedKind, MEETING_KIND_LABELS, type ParticipantRole } from './kinds.js';
import { defaultAgenda, defaultPreparation, defaultPurpose } from './letter-defaults.js';

/** The building blocks the letters share; what a recipient may read is decided here, by role. */
export interface LetterSection {
  heading?: string;
  text: string;
}

export interface Letter {
  subject: string;
  sections: LetterSection[];
}

export interface LetterFacts {
  kind: ConvenedKind;
  navOfficeName: string;
  adviserName: string;
  adviserPhone?: string | null;
  /** The sick-listed person. */
  personName: string;
  employerName?: string | null;
  startsAt: Date;
  durationMinutes: number;
  place: MeetingPlace;
  purpose?: string | null;
  agenda?: string | null;
  preparation?: string | null;
  recipient: { role: ParticipantRole; name: string; part?: GpPart | null };
  /** Only ever printed in the GP's letters. */
  gpTariff?: { code: string; text: string; amountNok?: number | null } | null;
}

/**
 * Medical information is for the person, the GP and NAV. The employer never sees it (the ADR);
 * an interpreter or another participant (a union representative, a job specialist) has no need
 * for it either, so they get the employer's version of that part.
 */
export function readsMedical(role: ParticipantRole): boolean {
  return role === 'employee' || role === 'gp' || role === 'advisory_physician' || role === 'nav_adviser';
}

/**
 * The employer's letters carry only the person's name, the time, the place, the purpose, the
 * agenda and the preparation: free-text reasons for a move, a cancellation or a correction can
 * say more about the person's health than the adviser meant to share, so they are left out.
 */
export function readsReasons(role: ParticipantRole): boolean {
  return role !== 'employer';
}

export function present(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

/** "dialogmøte 2", "dialogmøte i første år med arbeidsavklaringspenger": the label inside a sentence. */
export function kindInSentence(kind: ConvenedKind): string {
  const label = MEETING_KIND_LABELS[kind].nb;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function kindTitle(kind: ConvenedKind): string {
  return MEETING_KIND_LABELS[kind].nb;
}

/** A role inside a sentence: "Du er invitert som tolk", "Ola Hansen (arbeidsgiver)". */
const ROLE_IN_SENTENCE: Readonly<Record<ParticipantRole, string>> = {
  employee: 'arbeidstaker',
  employer: 'arbeidsgiver',
  gp: 'lege',
  advisory_physician: 'rådgivende lege',
  interpreter: 'tolk',
  nav_adviser: 'NAV-veileder',
  other: 'deltaker',
};

export function roleInSentence(role: ParticipantRole): string {
  return ROLE_IN_SENTENCE[role];
}

/** The person as the meeting's subject: "pasienten din, Kari Nordmann (arbeidsgiver: Firma AS)" for the GP. */
export function aboutPerson(facts: LetterFacts): string {
  const { role } = facts.recipient;
  if (role === 'employer') return `oppfølgingen av ${facts.personName}`;
  const employer = present(facts.employerName) ? ` (arbeidsgiver: ${facts.employerName.trim()})` : '';
  return role === 'gp' ? `pasienten din, ${facts.personName}${employer}` : `${facts.personName}${employer}`;
}

/** The person as the subject of a sentence in the default texts: "du" in their own letter. */
function who(facts: LetterFacts): string {
  return facts.recipient.role === 'employee' ? 'du' : facts.personName;
}

/** The place as letter lines; the video link only where someone is still to use it. */
export function placeLines(place: MeetingPlace, navOfficeName: string, options: { withLink?: boolean } = { withLink: true }): string[] {
  const text = present(place.text) ? place.text.trim() : null;
  const join = (...parts: Array<string | null>) => parts.filter((p): p is string => p !== null).join(', ');
  switch (place.kind) {
    case 'nav_office':
      return [`Sted: ${join(navOfficeName, text)}`];
    case 'gp_office':
      return [`Sted: ${join('Legekontoret', text)}`];
    case 'workplace':
      return [`Sted: ${join('Arbeidsplassen', text)}`];
    case 'other':
      return [`Sted: ${text ?? 'Se beskjed fra veilederen'}`];
    case 'video':
      return options.withLink && present(place.videoUrl) ? [`Sted: ${join('Videomøte', text)}`, `Lenke til møtet: ${place.videoUrl.trim()}`] : [`Sted: ${join('Videomøte', text)}`];
  }
}

/** "Du er invitert til de siste 15 minuttene, kl. 09.45–10.00." */
export function partSentence(facts: LetterFacts): string | null {
  const part = facts.recipient.part;
  if (!part) return null;
  if (part.kind === 'whole') return 'Du er invitert til hele møtet.';
  const window = participantWindow(facts.startsAt, facts.durationMinutes, part);
  const minutes = Math.round((window.end.getTime() - window.start.getTime()) / 60_000);
  return `Du er invitert til de siste ${minutes} minuttene, kl. ${clock(window.start)}–${clock(window.end)}.`;
}

export function meetingEnd(facts: Pick<LetterFacts, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(facts.startsAt.getTime() + facts.durationMinutes * 60_000);
}

export function timeAndPlace(facts: LetterFacts, heading = 'Tid og sted'): LetterSection {
  const lines = [`Tid: ${timeSpan(facts.startsAt, meetingEnd(facts))}`, ...placeLines(facts.place, facts.navOfficeName)];
  const part = partSentence(facts);
  if (part) lines.push(part);
  return { heading, text: lines.join('\n') };
}

export function previousTimeAndPlace(previous: { startsAt: Date; durationMinutes?: number | null; place: MeetingPlace }, navOfficeName: string): LetterSection {
  const time = previous.durationMinutes
    ? timeSpan(previous.startsAt, meetingEnd({ startsAt: previous.startsAt, durationMinutes: previous.durationMinutes }))
    : `${longDate(previous.startsAt)} kl. ${clock(previous.startsAt)}`;
  return { heading: 'Tidligere tid og sted', text: [`Tid: ${time}`, ...placeLines(previous.place, navOfficeName, { withLink: false })].join('\n') };
}

/** Purpose, agenda and preparation: the adviser's own texts, or NAV's usual ones. */
export function contentSections(facts: LetterFacts): LetterSection[] {
  return [
    { heading: 'Formålet med møtet', text: present(facts.purpose) ? facts.purpose.trim() : defaultPurpose(facts.kind, who(facts)) },
    { heading: 'Dette skal vi snakke om', text: present(facts.agenda) ? facts.agenda.trim() : defaultAgenda(facts.kind) },
    { heading: 'Slik kan du forberede deg', text: present(facts.preparation) ? facts.preparation.trim() : defaultPreparation(facts.recipient.role) },
  ];
}

/** "Takst: DM – Deltakelse i dialogmøte, første time" and the amount when known; GP letters only. */
export function tariffSection(facts: LetterFacts): LetterSection[] {
  if (facts.recipient.role !== 'gp' || !facts.gpTariff) return [];
  const { code, text, amountNok } = facts.gpTariff;
  const lines = [`Takst: ${code} – ${text.trim().replace(/\.$/, '')}`];
  if (typeof amountNok === 'number' && Number.isFinite(amountNok)) lines.push(`Beløp: ${nok(amountNok)}`);
  return [{ heading: 'Honorar', text: lines.join('\n') }];
}

export function replySection(facts: LetterFacts): LetterSection {
  const text =
    facts.recipient.role === 'gp'
      ? 'Svar med dialogmelding fra journalsystemet eller i Samhandling: at du kommer, at du ønsker et annet tidspunkt, eller at du ikke kan komme.'
      : 'Gi beskjed om du kommer, om du ønsker et annet tidspunkt, eller om du ikke kan komme. Du kan svare i Samhandling eller kontakte veilederen.';
  return { heading: 'Svar', text };
}

/** Who to ask; `beforeMeeting` adds the offer of an interpreter to the person's own invitations. */
export function contactSection(facts: LetterFacts, beforeMeeting = false): LetterSection {
  const phone = present(facts.adviserPhone) ? ` på telefon ${facts.adviserPhone.trim()}` : '';
  const lines = [`Har du spørsmål, kan du kontakte ${facts.adviserName} ved ${facts.navOfficeName}${phone}.`];
  if (beforeMeeting && facts.recipient.role === 'employee') lines.push('Gi beskjed hvis du trenger tolk eller annen tilrettelegging for å delta.');
  return { heading: 'Kontakt', text: lines.join('\n') };
}

export function reasonSection(facts: LetterFacts, heading: string, reason: string | null | undefined): LetterSection[] {
  return readsReasons(facts.recipient.role) && present(reason) ? [{ heading, text: reason.trim() }] : [];
}
