import type { Selectable } from 'kysely';
import type { Clock } from '../../platform/clock.js';
import type { MeetingMinutesTable, MeetingMinutesTaskTable, TariffTable } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/errors.js';
import { nextStatus, type MeetingAction } from './domain/state.js';
import { participantWindow } from './domain/checks.js';
import { suggestGpTariff } from './domain/tariff.js';
import type { Executor, MeetingRow, ParticipantRow, Viewer } from './access.js';
import type { MeetingSettings } from './settings.js';

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

export const partOf = (p: Pick<ParticipantRow, 'last_minutes'>) =>
  p.last_minutes ? ({ kind: 'last_minutes', minutes: p.last_minutes } as const) : ({ kind: 'whole' } as const);

export const meetingEnd = (m: Pick<MeetingRow, 'starts_at' | 'duration_minutes'>) => new Date(new Date(m.starts_at).getTime() + m.duration_minutes * 60_000);

/** Which of the state machine's actions the viewer could take now (the server checks again when they do). */
function allowedActions(meeting: MeetingRow, viewer: Viewer, now: Date): MeetingAction[] {
  const facts = { now, startsAt: new Date(meeting.starts_at) };
  const candidates: MeetingAction[] = viewer.kind === 'nav' ? ['move', 'cancel', 'complete', 'correct_minutes', 'close'] : [];
  // The organiser (NAV) runs the meeting; the others answer the invitation.
  if (viewer.participantId && viewer.kind !== 'nav' && meeting.kind !== 'dm1') candidates.push('reply');
  if (meeting.kind === 'dm1') return [];
  return candidates.filter((action) => nextStatus(meeting.status, action, facts).ok);
}

/**
 * One meeting as the viewer may see it. The limited view (employer, interpreter, others) never
 * carries the minutes' medical information, the GP's tariff or the GP thread; only NAV sees the
 * participants' addresses.
 */
export async function meetingView(db: Executor, meeting: MeetingRow, participants: readonly ParticipantRow[], viewer: Viewer, clock: Clock, settings: MeetingSettings, lang: Lang) {
  const [person, office, minutes, tasks, tariffs] = await Promise.all([
    db.selectFrom('citizen').where('id', '=', meeting.citizen_id).select(['given_name', 'family_name']).executeTakeFirstOrThrow(),
    meeting.nav_office_id ? db.selectFrom('organisation').where('id', '=', meeting.nav_office_id).select(['id', 'name']).executeTakeFirst() : undefined,
    db.selectFrom('meeting_minutes').where('meeting_id', '=', meeting.id).selectAll().orderBy('version', 'desc').execute(),
    db.selectFrom('meeting_minutes_task').where('meeting_id', '=', meeting.id).selectAll().orderBy('position').execute(),
    db.selectFrom('tariff').where('code', 'in', ['DM', 'DM-AVLYST']).selectAll().orderBy('valid_from', 'desc').execute(),
  ]);
  return buildMeetingView(meeting, participants, viewer, { personName: `${person.given_name} ${person.family_name}`, office: office ?? null, minutes, tasks, tariffs }, clock.now(), settings, lang);
}

/** What a view shows besides the meeting and its participants. */
export interface ViewExtras {
  personName: string;
  office: { id: string; name: string } | null;
  minutes: Selectable<MeetingMinutesTable>[];
  tasks: Selectable<MeetingMinutesTaskTable>[];
  tariffs: Array<Pick<Selectable<TariffTable>, 'code' | 'valid_from' | 'text_nb' | 'text_en' | 'amount_nok'>>;
}

/** The view from what is already loaded: a command that has just written the meeting needs no read. */
export function buildMeetingView(meeting: MeetingRow, participants: readonly ParticipantRow[], viewer: Viewer, extras: ViewExtras, now: Date, settings: MeetingSettings, lang: Lang) {
  const { minutes, tasks, tariffs, office } = extras;
  const start = new Date(meeting.starts_at);
  const full = viewer.kind !== 'limited';
  const current = minutes[0];
  const gp = participants.find((p) => p.role === 'gp');
  const suggestion =
    !viewer.seesTariff || meeting.kind === 'dm1'
      ? null
      : suggestGpTariff(
          {
            gpInvited: Boolean(meeting.gp_invited && gp),
            gpAttended: gp?.attended ?? null,
            status: meeting.status,
            startsAt: start,
            cancelledAt: meeting.cancelled_at ? new Date(meeting.cancelled_at) : null,
            cancelledBy: meeting.cancelled_at ? 'nav' : null,
          },
          { shortNoticeHours: settings.shortNoticeHours },
        );
  const tariff = suggestion?.code ? tariffs.find((t) => t.code === suggestion.code && t.valid_from <= start.toISOString().slice(0, 10)) : undefined;
  return {
    id: meeting.id,
    caseId: meeting.case_id,
    kind: meeting.kind,
    status: meeting.status,
    startsAt: start.toISOString(),
    endsAt: meetingEnd(meeting).toISOString(),
    durationMinutes: meeting.duration_minutes,
    place: { kind: meeting.place_kind, text: meeting.place_text, videoUrl: meeting.video_url },
    purpose: meeting.purpose,
    agenda: meeting.agenda,
    preparation: meeting.preparation,
    person: { citizenId: meeting.citizen_id, name: extras.personName },
    navOffice: office ? { id: office.id, name: office.name } : null,
    convenedBy: meeting.convened_by_name ? { name: meeting.convened_by_name } : null,
    gpDecision: meeting.gp_invited === null ? null : { invited: meeting.gp_invited, reason: viewer.kind === 'limited' ? null : meeting.gp_not_invited_reason },
    // Free-text reasons can tell of health: the limited view gets the fact, not the reason.
    cancelled: meeting.cancelled_at ? { at: iso(meeting.cancelled_at)!, reason: full ? (meeting.cancel_reason ?? '') : '', by: meeting.cancelled_by_name ?? '' } : null,
    participants: participants.map((p) => {
      const window = participantWindow(start, meeting.duration_minutes, partOf(p));
      return {
        id: p.id,
        role: p.role,
        name: p.name,
        organisation: p.organisation,
        userId: p.user_id,
        email: viewer.kind === 'nav' ? p.email : null,
        phone: viewer.kind === 'nav' ? p.phone : null,
        language: p.language,
        part: partOf(p),
        window: { startsAt: window.start.toISOString(), endsAt: window.end.toISOString() },
        reply: p.reply,
        replyReason: full || p.id === viewer.participantId ? p.reply_reason : null,
        repliedAt: iso(p.replied_at),
        replyChannel: p.reply_channel,
        attended: p.attended,
        isMe: p.id === viewer.participantId,
      };
    }),
    myParticipantId: viewer.participantId,
    minutes: current
      ? {
          version: current.version,
          situation: current.situation,
          conclusion: current.conclusion,
          ...(full ? { medicalInformation: current.medical_information } : {}),
          tasks: tasks.filter((t) => t.version === current.version).map((t) => ({ owner: t.owner, text: t.text, dueOn: t.due_on })),
          otherParticipants: current.other_participants,
          writtenBy: current.written_by_name,
          writtenAt: iso(current.written_at)!,
          correctionReason: full ? current.correction_reason : null,
        }
      : null,
    minutesVersions: minutes.map((m) => ({ version: m.version, writtenAt: iso(m.written_at)!, writtenBy: m.written_by_name, correctionReason: full ? m.correction_reason : null })),
    gpTariff:
      suggestion && suggestion.code
        ? { code: suggestion.code, text: tariff ? (lang === 'en' ? tariff.text_en : tariff.text_nb) : suggestion.code, amountNok: tariff?.amount_nok ? Number(tariff.amount_nok) : null, reason: suggestion.reason }
        : null,
    conversationId: viewer.kind === 'limited' ? null : meeting.conversation_id,
    allowedActions: allowedActions(meeting, viewer, now),
    heldOn: meeting.held_on,
    gpTookPart: meeting.gp_took_part,
  };
}

export type MeetingView = ReturnType<typeof buildMeetingView>;
