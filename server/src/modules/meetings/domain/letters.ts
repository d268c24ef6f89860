import type { MeetingPlace } from './checks.js';
import { isoDateText, timeSpan } from './format.js';
import type { ParticipantRole } from './kinds.js';
import {
  type Letter,
  type LetterFacts,
  type LetterSection,
  aboutPerson,
  contactSection,
  contentSections,
  roleInSentence,
  kindInSentence,
  kindTitle,
  meetingEnd,
  placeLines,
  present,
  previousTimeAndPlace,
  readsMedical,
  readsReasons,
  reasonSection,
  replySection,
  tariffSection,
  timeAndPlace,
} from './letter-parts.js';

/**
 * The letters of a dialogue meeting in bokmål, one per recipient: the PDF a GP's record system
 * gets and the body of the dialogue message are both made from these. Each recipient's letter is
 * built from what that role may read (letter-parts.ts), never cut down from a fuller one.
 */
export type { Letter, LetterFacts, LetterSection } from './letter-parts.js';
/** The same rules decide what the API shows each role of a meeting's minutes. */
export { readsMedical, readsReasons } from './letter-parts.js';

/** The letter as plain text: headings on their own line, a blank line between sections. */
export function letterText(letter: Letter, options: { withSubject?: boolean } = {}): string {
  const sections = letter.sections.map((s) => (s.heading ? `${s.heading}\n${s.text}` : s.text));
  return (options.withSubject ? [letter.subject, ...sections] : sections).join('\n\n');
}

function invitationIntro(facts: LetterFacts, lead: 'invite' | 'change'): LetterSection {
  const { role } = facts.recipient;
  const kind = kindInSentence(facts.kind);
  switch (role) {
    case 'employee':
      return { text: `${lead === 'invite' ? `Du er kalt inn til ${kind}.` : `NAV har endret tid eller sted for ${kind} som du er kalt inn til.`} Det er viktig at du deltar. Kan du ikke komme, gi beskjed så snart som mulig.` };
    case 'gp':
      return {
        text: lead === 'invite' ? `NAV kaller inn til ${kind} om ${aboutPerson(facts)}, og ber deg delta.` : `NAV har endret tid eller sted for ${kind} om ${aboutPerson(facts)}.`,
      };
    default:
      return {
        text:
          lead === 'invite'
            ? `NAV kaller inn til ${kind} om ${aboutPerson(facts)}. Du er invitert som ${roleInSentence(role)}.`
            : `NAV har endret tid eller sted for ${kind} om ${aboutPerson(facts)}.`,
      };
  }
}

export function invitationLetter(facts: LetterFacts): Letter {
  return {
    subject: `Innkalling til ${kindInSentence(facts.kind)}`,
    sections: [invitationIntro(facts, 'invite'), timeAndPlace(facts), ...contentSections(facts), ...tariffSection(facts), replySection(facts), contactSection(facts, true)],
  };
}

export interface ChangeFacts extends LetterFacts {
  reason: string;
  previous: { startsAt: Date; durationMinutes?: number | null; place: MeetingPlace };
}

/** The whole invitation again with the new time and place, so the latest letter is all one needs. */
export function changeLetter(facts: ChangeFacts): Letter {
  return {
    subject: `Endret tid eller sted for ${kindInSentence(facts.kind)}`,
    sections: [
      invitationIntro(facts, 'change'),
      timeAndPlace(facts, 'Ny tid og nytt sted'),
      previousTimeAndPlace(facts.previous, facts.navOfficeName),
      ...reasonSection(facts, 'Årsak til endringen', facts.reason),
      ...contentSections(facts),
      ...tariffSection(facts),
      replySection(facts),
      contactSection(facts, true),
    ],
  };
}

export interface CancellationFacts extends LetterFacts {
  reason: string;
}

export function cancellationLetter(facts: CancellationFacts): Letter {
  const when = timeSpan(facts.startsAt, meetingEnd(facts));
  const intro =
    facts.recipient.role === 'employee' ? `${kindTitle(facts.kind)} som du var kalt inn til ${when}, er avlyst.` : `${kindTitle(facts.kind)} om ${aboutPerson(facts)}, ${when}, er avlyst.`;
  return {
    subject: `${kindTitle(facts.kind)} er avlyst`,
    sections: [
      { text: intro },
      { heading: 'Det avlyste møtet', text: [`Tid: ${when}`, ...placeLines(facts.place, facts.navOfficeName, { withLink: false })].join('\n') },
      ...reasonSection(facts, 'Årsak til avlysningen', facts.reason),
      ...tariffSection(facts),
      { heading: 'Videre', text: 'Blir det avtalt et nytt møte, får du en ny innkalling.' },
      contactSection(facts),
    ],
  };
}

export type TaskOwner = 'employee' | 'employer' | 'nav' | 'gp';

const TASK_OWNERS: Readonly<Record<TaskOwner, string>> = { employee: 'Arbeidstaker', employer: 'Arbeidsgiver', nav: 'NAV', gp: 'Lege' };

export interface MinutesContent {
  /** 1 for the first minutes, then one more for every correction. */
  version: number;
  situation: string;
  conclusion: string;
  /** Left out of the copy for anyone who may not read medical information (readsMedical). */
  medicalInformation?: string | null;
  tasks: Array<{ owner: TaskOwner; text: string; dueOn?: string | null }>;
  attendance: Array<{ name: string; role: ParticipantRole; attended: boolean }>;
  otherParticipants?: string | null;
  correctionReason?: string | null;
}

export interface MinutesFacts extends LetterFacts {
  minutes: MinutesContent;
}

export function minutesLetter(facts: MinutesFacts): Letter {
  const { minutes } = facts;
  const { role } = facts.recipient;
  const kind = kindInSentence(facts.kind);
  const corrected = minutes.version > 1;
  const about = role === 'employee' ? '' : ` om ${aboutPerson(facts)}`;
  const sections: LetterSection[] = [
    { text: [`Her er referatet fra ${kind}${about}.`, `Tid: ${timeSpan(facts.startsAt, meetingEnd(facts))}`, ...placeLines(facts.place, facts.navOfficeName, { withLink: false })].join('\n') },
  ];
  if (corrected) {
    const lines = [`Dette er versjon ${minutes.version} av referatet. Det erstatter tidligere versjoner.`];
    if (readsReasons(role) && present(minutes.correctionReason)) lines.push(`Årsak til rettingen: ${minutes.correctionReason.trim()}`);
    sections.push({ heading: 'Rettet referat', text: lines.join('\n') });
  }
  const attendance = minutes.attendance.map((a) => `${a.name} (${roleInSentence(a.role)}): ${a.attended ? 'deltok' : 'deltok ikke'}`);
  if (present(minutes.otherParticipants)) attendance.push(`Andre til stede: ${minutes.otherParticipants.trim()}`);
  sections.push({ heading: 'Deltakere', text: attendance.length ? attendance.join('\n') : 'Ingen deltakere er registrert.' });
  sections.push({ heading: 'Situasjonen', text: minutes.situation.trim() });
  if (readsMedical(role) && present(minutes.medicalInformation)) sections.push({ heading: 'Medisinske opplysninger', text: minutes.medicalInformation.trim() });
  sections.push({ heading: 'Konklusjon', text: minutes.conclusion.trim() });
  const tasks = minutes.tasks.map((t) => `– ${TASK_OWNERS[t.owner]}: ${t.text.trim()}${present(t.dueOn) ? ` (frist ${isoDateText(t.dueOn)})` : ''}`);
  sections.push({ heading: 'Oppgaver og ansvar', text: tasks.length ? tasks.join('\n') : 'Det ble ikke avtalt noen oppgaver.' });
  sections.push(...tariffSection(facts), contactSection(facts));
  return { subject: `${corrected ? 'Rettet referat' : 'Referat'} fra ${kind}`, sections };
}
