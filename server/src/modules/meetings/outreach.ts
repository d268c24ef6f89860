import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { nb } from 'date-fns/locale';
import type { Actor } from '../../platform/access/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import type { Insertable } from 'kysely';
import type { EmailOutboxTable } from '../../platform/db/schema.js';
import { notify, type NotificationInput } from '../../platform/notify/notify.js';
import { appendMessage, startThread } from '../dialogue/thread.js';
import { participantWindow } from './domain/checks.js';
import { calendarUid, meetingCalendar } from './domain/ics.js';
import { MEETING_KIND_LABELS, PLACE_KIND_LABELS, type ConvenedKind } from './domain/kinds.js';
import type { LetterFacts } from './domain/letters.js';
import type { MeetingRow, ParticipantRow, Tx } from './access.js';
import { partOf } from './view.js';

export interface OutreachDeps {
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'mail'>;
}

/** What every letter about the meeting says, for one recipient. */
export interface MeetingParties {
  navOfficeName: string;
  adviser: { name: string; phone: string | null };
  personName: string;
  employerName: string | null;
  gpTariff: { code: string; text: string; amountNok: number | null } | null;
}

export function letterFactsFor(meeting: MeetingRow, parties: MeetingParties, recipient: ParticipantRow): LetterFacts {
  return {
    kind: meeting.kind as ConvenedKind,
    navOfficeName: parties.navOfficeName,
    adviserName: parties.adviser.name,
    adviserPhone: parties.adviser.phone,
    personName: parties.personName,
    employerName: parties.employerName,
    startsAt: new Date(meeting.starts_at),
    durationMinutes: meeting.duration_minutes,
    place: { kind: meeting.place_kind, text: meeting.place_text, videoUrl: meeting.video_url },
    purpose: meeting.purpose,
    agenda: meeting.agenda,
    preparation: meeting.preparation,
    recipient: { role: recipient.role, name: recipient.name, part: partOf(recipient) },
    gpTariff: recipient.role === 'gp' ? parties.gpTariff : null,
  };
}

/** The facts the letters need that are not on the meeting row: the office, the adviser, the person, the employer, the GP's tariff. */
export async function meetingParties(tx: Tx, meeting: MeetingRow): Promise<MeetingParties> {
  const [office, adviser, person, employer, tariff] = await Promise.all([
    meeting.nav_office_id ? tx.selectFrom('organisation').where('id', '=', meeting.nav_office_id).select(['name', 'phone']).executeTakeFirst() : undefined,
    meeting.convened_by
      ? tx.selectFrom('app_user as u').leftJoin('person as p', 'p.id', 'u.person_id').where('u.id', '=', meeting.convened_by).select(['p.given_name', 'p.family_name', 'p.phone']).executeTakeFirst()
      : undefined,
    tx.selectFrom('citizen').where('id', '=', meeting.citizen_id).select(['given_name', 'family_name']).executeTakeFirstOrThrow(),
    meeting.employer_id ? tx.selectFrom('organisation').where('id', '=', meeting.employer_id).select('name').executeTakeFirst() : undefined,
    tx.selectFrom('tariff').where('code', '=', 'DM').where('valid_from', '<=', new Date(meeting.starts_at).toISOString().slice(0, 10)).selectAll().orderBy('valid_from', 'desc').executeTakeFirst(),
  ]);
  return {
    navOfficeName: office?.name ?? 'NAV',
    adviser: { name: adviser?.given_name ? `${adviser.given_name} ${adviser.family_name}` : (meeting.convened_by_name ?? 'NAV'), phone: adviser?.phone ?? office?.phone ?? null },
    personName: `${person.given_name} ${person.family_name}`,
    employerName: employer?.name ?? null,
    gpTariff: tariff ? { code: tariff.code, text: tariff.text_nb, amountNok: tariff.amount_nok ? Number(tariff.amount_nok) : null } : null,
  };
}

/**
 * A letter to the GP travels as a message in the meeting's GP thread: the dialogue's trigger orders
 * its national document (8125 or 8127) in this transaction, and the GP's inbox shows it. The first
 * letter starts the thread.
 */
export async function writeToGp(
  tx: Tx,
  actor: Actor,
  meeting: MeetingRow,
  gp: ParticipantRow,
  gpOfficeId: string | null,
  message: GpLetter,
  now: Date,
): Promise<{ conversationId: string; messageId: string }> {
  const row = gpLetterRow(actor, meeting, gp, gpOfficeId, message, now);
  if (meeting.conversation_id) {
    // Each new letter quotes the thread's previous one, so the GP system files them together.
    const previous = await tx.selectFrom('dialogue_message').where('conversation_id', '=', meeting.conversation_id).select('id').orderBy('created_at', 'desc').limit(1).executeTakeFirst();
    const messageId = await appendMessage(tx, { ...row, parent_id: previous?.id ?? null, conversation_id: meeting.conversation_id }, now, message.subject);
    return { conversationId: meeting.conversation_id, messageId };
  }
  const started = await startThread(tx, gpThreadRow(actor, meeting, gp, gpOfficeId, message, now), row, message.subject);
  await tx.updateTable('dialogue_meeting').set({ conversation_id: started.conversationId }).where('id', '=', meeting.id).execute();
  meeting.conversation_id = started.conversationId;
  return started;
}

export interface GpLetter {
  codeSystem: 8125 | 8127;
  code: number;
  subject: string;
  text: string;
}

/** The meeting's GP thread, as it starts with the first letter. */
export function gpThreadRow(actor: Actor, meeting: MeetingRow, gp: ParticipantRow, gpOfficeId: string | null, message: GpLetter, now: Date) {
  return {
    citizen_id: meeting.citizen_id,
    case_id: meeting.case_id,
    nav_office_id: meeting.nav_office_id!,
    gp_person_id: gp.person_id!,
    gp_office_id: gpOfficeId,
    assigned_user_id: actor.userId,
    subject: message.subject.slice(0, 200),
    started_by: 'nav' as const,
    request_kind: null,
    meeting_id: meeting.id,
    search_text: `${gp.name} ${message.subject}`,
    created_at: now,
  };
}

/** A letter to the GP as a message in the meeting's thread (a note with the meeting's code). */
export function gpLetterRow(actor: Actor, meeting: MeetingRow, gp: ParticipantRow, gpOfficeId: string | null, message: GpLetter, now: Date) {
  return {
    parent_id: null,
    kind: 'note' as const,
    code_system: message.codeSystem,
    code: message.code,
    sender_side: 'nav' as const,
    sender_user_id: actor.userId,
    sender_name: actor.name,
    sender_org_name: actor.organisationName,
    recipient_org_id: gpOfficeId,
    recipient_person_id: gp.person_id,
    recipient_user_id: gp.user_id,
    body: message.text,
    request_kind: null,
    tariff_code: null,
    legal_basis: null,
    due_on: null,
    due_at: null,
    expects_answer: false,
    delivered_at: now,
    idempotency_key: null,
    payload_hash: null,
    meeting_id: meeting.id,
    created_at: now,
  };
}

const osloTime = (instant: Date) => format(new TZDate(instant, 'Europe/Oslo'), "EEEE d. MMMM yyyy 'kl.' HH.mm", { locale: nb });

/** Where the meeting is, in words for a calendar or an e-mail. */
export function placeText(meeting: Pick<MeetingRow, 'place_kind' | 'place_text' | 'video_url'>): string {
  if (meeting.place_kind === 'video') return `Video: ${meeting.video_url ?? ''}`;
  const label = PLACE_KIND_LABELS[meeting.place_kind].nb;
  return meeting.place_text ? `${label}, ${meeting.place_text}` : label;
}

/** One participant's calendar file: their own part of the meeting, under a UID that never changes. */
export function participantCalendar(meeting: MeetingRow, participant: ParticipantRow, parties: Pick<MeetingParties, 'navOfficeName' | 'adviser'>, method: 'REQUEST' | 'CANCEL', now: Date, publicUrl: string, organizerEmail: string) {
  const window = participantWindow(new Date(meeting.starts_at), meeting.duration_minutes, partOf(participant));
  return meetingCalendar({
    method,
    uid: calendarUid(meeting.id, participant.id),
    sequence: meeting.sequence,
    start: window.start,
    end: window.end,
    // No name of the person and no health matter: a calendar entry is seen by many.
    summary: `${MEETING_KIND_LABELS[meeting.kind].nb} – ${parties.navOfficeName}`,
    description: `${MEETING_KIND_LABELS[meeting.kind].nb} i regi av ${parties.navOfficeName}. Kontakt: ${parties.adviser.name}${parties.adviser.phone ? `, tlf. ${parties.adviser.phone}` : ''}.`,
    location: placeText(meeting),
    ...(meeting.video_url ? { url: meeting.video_url } : { url: `${publicUrl}/dialogmoter/${meeting.id}` }),
    organizer: { name: parties.navOfficeName, email: organizerEmail },
    attendee: { name: participant.name, ...(participant.email ? { email: participant.email } : {}), role: participant.role },
    timezone: 'Europe/Oslo',
    now,
  });
}

export type Occasion = 'invitation' | 'change' | 'cancellation' | 'minutes' | 'minutes_corrected' | 'reply' | 'need';

const NOTICES: Record<Occasion, { event: 'meeting_invitation' | 'meeting_update' | 'task_assigned'; title: { nb: string; en: string }; body: { nb: string; en: string } }> = {
  invitation: {
    event: 'meeting_invitation',
    title: { nb: 'Innkalling til dialogmøte', en: 'Invitation to a dialogue meeting' },
    body: { nb: 'Du er invitert til et dialogmøte. Svar om du kommer.', en: 'You are invited to a dialogue meeting. Please reply whether you are coming.' },
  },
  change: {
    event: 'meeting_invitation',
    title: { nb: 'Dialogmøte flyttet', en: 'Dialogue meeting moved' },
    body: { nb: 'Et dialogmøte har fått nytt tidspunkt eller sted. Svar på nytt om du kommer.', en: 'A dialogue meeting has a new time or place. Please reply again.' },
  },
  cancellation: {
    event: 'meeting_invitation',
    title: { nb: 'Dialogmøte avlyst', en: 'Dialogue meeting cancelled' },
    body: { nb: 'Et dialogmøte du var invitert til, er avlyst.', en: 'A dialogue meeting you were invited to has been cancelled.' },
  },
  minutes: {
    event: 'meeting_update',
    title: { nb: 'Referat fra dialogmøte', en: 'Minutes of a dialogue meeting' },
    body: { nb: 'Referatet fra et dialogmøte er klart.', en: 'The minutes of a dialogue meeting are ready.' },
  },
  minutes_corrected: {
    event: 'meeting_update',
    title: { nb: 'Referat fra dialogmøte rettet', en: 'Minutes of a dialogue meeting corrected' },
    body: { nb: 'Referatet fra et dialogmøte er rettet. Se den nye versjonen.', en: 'The minutes of a dialogue meeting have been corrected. See the new version.' },
  },
  reply: {
    event: 'meeting_update',
    title: { nb: 'Svar på innkalling til dialogmøte', en: 'Reply to a dialogue meeting invitation' },
    body: { nb: 'En deltaker har svart på innkallingen.', en: 'A participant has replied to the invitation.' },
  },
  need: {
    event: 'task_assigned',
    title: { nb: 'Ønske om dialogmøte', en: 'A dialogue meeting is asked for' },
    body: { nb: 'Noen har bedt om et dialogmøte i en sak. Oppgaven har frist.', en: 'Someone has asked for a dialogue meeting on a case. The task has a deadline.' },
  },
};

/** What platform users are told about the meeting; texts name no one. `target` is the meeting's id, or a path in the app. */
export function noticeFor(target: string, occasion: Occasion, userIds: readonly (string | null)[]): NotificationInput | null {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return null;
  const notice = NOTICES[occasion];
  return { userIds: ids, event: notice.event, title: notice.title, body: notice.body, link: target.startsWith('/') ? target : `/dialogmoter/${target}` };
}

/** Tells platform users about the meeting in the transaction of the change. */
export async function tellUsers(tx: Tx, deps: { clock: Clock; config: Pick<Config, 'publicUrl'> }, target: string, occasion: Occasion, userIds: readonly (string | null)[]) {
  const notice = noticeFor(target, occasion, userIds);
  if (notice) await notify(tx, deps.clock, notice, deps.config);
}

/**
 * Participants outside the platform (or with an address given for the meeting) get an e-mail
 * with the time, the place and the calendar invitation. It names neither the person nor anything
 * medical, since e-mail leaves the platform.
 */
export function calendarEmails(
  deps: OutreachDeps,
  meeting: MeetingRow,
  participants: readonly ParticipantRow[],
  parties: MeetingParties,
  occasion: 'invitation' | 'change' | 'cancellation',
  now: Date,
): Insertable<EmailOutboxTable>[] {
  const organizer = /<([^>]+)>/.exec(deps.config.mail.from)?.[1] ?? deps.config.mail.from;
  const rows = participants
    .filter((p) => p.email && p.role !== 'gp' && p.role !== 'nav_adviser')
    .map((p) => {
      const method = occasion === 'cancellation' ? ('CANCEL' as const) : ('REQUEST' as const);
      const window = participantWindow(new Date(meeting.starts_at), meeting.duration_minutes, partOf(p));
      const what = MEETING_KIND_LABELS[meeting.kind].nb;
      const lead =
        occasion === 'invitation'
          ? `Du er invitert til ${what.toLowerCase()} i regi av ${parties.navOfficeName}.`
          : occasion === 'change'
            ? `${what} i regi av ${parties.navOfficeName} har fått nytt tidspunkt eller sted.`
            : `${what} i regi av ${parties.navOfficeName} er avlyst.`;
      const text = [
        lead,
        '',
        `Tid: ${osloTime(window.start)}–${format(new TZDate(window.end, 'Europe/Oslo'), 'HH.mm')}`,
        `Sted: ${placeText(meeting)}`,
        '',
        occasion === 'cancellation' ? 'Kalenderoppføringen er vedlagt, slik at den fjernes fra kalenderen din.' : 'Kalenderinvitasjonen er vedlagt.',
        `Spørsmål: ${parties.adviser.name}, ${parties.navOfficeName}${parties.adviser.phone ? `, tlf. ${parties.adviser.phone}` : ''}.`,
        '',
        'Denne e-posten er sendt fra Samhandling og kan ikke besvares.',
      ].join('\n');
      return {
        notification_id: null,
        to_address: p.email!,
        subject: occasion === 'invitation' ? `Innkalling: ${what}` : occasion === 'change' ? `Endret: ${what}` : `Avlyst: ${what}`,
        body_text: text,
        calendar_method: method,
        calendar_ics: participantCalendar(meeting, p, parties, method, now, deps.config.publicUrl, organizer),
        next_attempt_at: now,
        created_at: now,
      };
    });
  return rows;
}

export async function emailParticipants(
  tx: Tx,
  deps: OutreachDeps,
  meeting: MeetingRow,
  participants: readonly ParticipantRow[],
  parties: MeetingParties,
  occasion: 'invitation' | 'change' | 'cancellation',
  now: Date,
) {
  const rows = calendarEmails(deps, meeting, participants, parties, occasion, now);
  if (rows.length > 0) await tx.insertInto('email_outbox').values(rows).execute();
}

export const gpLetterSubject = (kind: MeetingRow['kind'], occasion: 'invitation' | 'change' | 'cancellation' | 'minutes') =>
  ({ invitation: 'Innkalling til', change: 'Endring av', cancellation: 'Avlysning av', minutes: 'Referat fra' })[occasion] + ` ${MEETING_KIND_LABELS[kind].nb.toLowerCase()}`;
