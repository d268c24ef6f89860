import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { isWorkingDay } from '../../../platform/working-days.js';
import { checkGpDecision, checkPlace, checkSchedule, checkWorkingDay, overlapping, type MeetingPlace } from '../domain/checks.js';
import { CANCELLATION_CODE, changeCode, replyCode, type ConvenedKind, type MeetingReply } from '../domain/kinds.js';
import { cancellationLetter, changeLetter, letterText } from '../domain/letters.js';
import { nextStatus, type MeetingAction } from '../domain/state.js';
import { loadMeeting, requireNavOwner, viewerOf, type Db, type MeetingRow, type ParticipantRow, type Tx } from '../access.js';
import { emailParticipants, gpLetterSubject, letterFactsFor, meetingParties, tellUsers, writeToGp, type OutreachDeps } from '../outreach.js';
import { appendMessage } from '../../dialogue/thread.js';
import { usersActingAs } from '../../dialogue/parties.js';
import { wholeMinute, type MeetingCtx } from './convene.js';

function refuse(problem: { code: string } & Record<string, unknown>): never {
  const { code, ...details } = problem;
  throw new AppError(code as ErrorCode, details);
}

/** The state machine's answer for this action now, or its refusal. */
function transition(meeting: MeetingRow, action: MeetingAction, now: Date) {
  const next = nextStatus(meeting.status, action, { now, startsAt: new Date(meeting.starts_at) });
  if (!next.ok) throw new AppError(next.code);
  return next.status;
}

/**
 * A NAV change to a meeting: the row is locked for the change, so two advisers (or an adviser and
 * a GP's reply) never act on the same state twice; the office and the person's rules are checked
 * as for reading.
 */
async function navChange<T>(db: Db, ctx: MeetingCtx, meetingId: string, work: (tx: Tx, meeting: MeetingRow, participants: ParticipantRow[]) => Promise<T>) {
  requireNavOwner(ctx.actor);
  const loaded = await loadMeeting(db, meetingId);
  await viewerOf(db, ctx, loaded.meeting, loaded.participants);
  if (loaded.meeting.kind === 'dm1') throw new AppError('MEETING_NOT_CONVENED');
  return db.transaction().execute(async (tx) => {
    const { meeting, participants } = await loadMeeting(tx, meetingId, true);
    return work(tx, meeting, participants);
  });
}

async function gpOfficeOf(tx: Tx, meeting: MeetingRow) {
  if (!meeting.conversation_id) return null;
  return (await tx.selectFrom('conversation').where('id', '=', meeting.conversation_id).select('gp_office_id').executeTakeFirst())?.gp_office_id ?? null;
}

export interface MoveInput {
  startsAt?: string;
  durationMinutes?: number;
  place?: MeetingPlace;
  reason: string;
  confirmOverlap?: boolean;
}

/** New time or place: replies start over, the GP gets 8125/2 or /4, everyone an updated calendar file (same UID, next SEQUENCE). */
export async function moveMeeting(db: Db, ctx: MeetingCtx, meetingId: string, input: MoveInput) {
  const reason = input.reason?.trim();
  if (!reason) refuse({ code: 'MEETING_REASON_MISSING', field: 'reason' });
  return navChange(db, ctx, meetingId, async (tx, meeting, participants) => {
    const now = ctx.clock.now();
    const status = transition(meeting, 'move', now);
    const startsAt = input.startsAt ? wholeMinute(input.startsAt) : new Date(meeting.starts_at);
    const durationMinutes = input.durationMinutes ?? meeting.duration_minutes;
    const schedule = checkSchedule({ startsAt, durationMinutes, now, settings: ctx.settings }) ?? checkWorkingDay(startsAt, isWorkingDay);
    if (schedule) refuse(schedule);
    const place: MeetingPlace = input.place ?? { kind: meeting.place_kind, text: meeting.place_text, videoUrl: meeting.video_url };
    const placeProblem = checkPlace(place);
    if (placeProblem) refuse(placeProblem);
    const gp = participants.find((p) => p.role === 'gp');
    if (gp?.last_minutes) {
      const partProblem = checkGpDecision({ invite: true, part: { kind: 'last_minutes', minutes: gp.last_minutes } }, durationMinutes);
      if (partProblem) refuse(partProblem);
    }
    const others = await tx
      .selectFrom('dialogue_meeting')
      .where('citizen_id', '=', meeting.citizen_id)
      .where('status', 'in', ['invited', 'new_time_place'])
      .select(['id', 'kind', 'starts_at', 'duration_minutes', 'status'])
      .execute();
    const clashes = overlapping({ id: meeting.id, startsAt, durationMinutes }, others.map((m) => ({ ...m, startsAt: new Date(m.starts_at), durationMinutes: m.duration_minutes })));
    if (clashes.length > 0 && !input.confirmOverlap) {
      refuse({
        code: 'MEETING_OVERLAP_UNCONFIRMED',
        overlapping: clashes.map((c) => ({ id: c.id, kind: c.kind, startsAt: c.startsAt.toISOString(), endsAt: new Date(c.startsAt.getTime() + c.durationMinutes * 60_000).toISOString() })),
      });
    }
    const previous = { startsAt: new Date(meeting.starts_at), place: { kind: meeting.place_kind, text: meeting.place_text, videoUrl: meeting.video_url } };
    const updated = await tx
      .updateTable('dialogue_meeting')
      .set({
        status,
        starts_at: startsAt,
        duration_minutes: durationMinutes,
        place_kind: place.kind,
        place_text: place.text?.trim() || null,
        video_url: place.kind === 'video' ? (place.videoUrl?.trim() ?? null) : null,
        sequence: meeting.sequence + 1,
        updated_at: now,
      })
      .where('id', '=', meeting.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const moved: MeetingRow = { ...updated, employer_id: meeting.employer_id };
    // A yes to the old time is not a yes to the new one: everyone replies again.
    await tx.updateTable('meeting_participant').set({ reply: null, reply_reason: null, replied_at: null, reply_channel: null }).where('meeting_id', '=', meeting.id).where('role', '!=', 'nav_adviser').execute();
    const parties = await meetingParties(tx, moved);
    if (gp) {
      const letter = changeLetter({ ...letterFactsFor(moved, parties, gp), reason, previous });
      await writeToGp(tx, ctx.actor, moved, gp, await gpOfficeOf(tx, moved), { codeSystem: 8125, code: changeCode(moved.kind as ConvenedKind).code, subject: gpLetterSubject(moved.kind, 'change'), text: letterText(letter) }, now);
    }
    await tellUsers(tx, ctx, meeting.id, 'change', [...participants.filter((p) => p.user_id !== ctx.actor.userId).map((p) => p.user_id), ...(gp?.person_id ? await usersActingAs(tx, gp.person_id, 'gp') : [])]);
    await emailParticipants(tx, ctx, moved, participants, parties, 'change', now);
    await recordAudit(tx, ctx, { action: 'update', citizenId: meeting.citizen_id, objectType: 'dialogue_meeting', objectId: meeting.id, purpose: 'sick_leave_follow_up', detail: { action: 'move', sequence: moved.sequence } });
    return { meetingId: meeting.id };
  });
}

/** Cancelled with a reason: the GP gets 8127/4, everyone a cancelled calendar entry (METHOD:CANCEL). */
export async function cancelMeeting(db: Db, ctx: MeetingCtx, meetingId: string, input: { reason: string }) {
  const reason = input.reason?.trim();
  if (!reason) refuse({ code: 'MEETING_REASON_MISSING', field: 'reason' });
  return navChange(db, ctx, meetingId, async (tx, meeting, participants) => {
    const now = ctx.clock.now();
    const status = transition(meeting, 'cancel', now);
    const updated = await tx
      .updateTable('dialogue_meeting')
      .set({ status, cancelled_at: now, cancelled_by_name: ctx.actor.name, cancel_reason: reason, sequence: meeting.sequence + 1, updated_at: now })
      .where('id', '=', meeting.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const cancelled: MeetingRow = { ...updated, employer_id: meeting.employer_id };
    const parties = await meetingParties(tx, cancelled);
    const gp = participants.find((p) => p.role === 'gp');
    if (gp) {
      const letter = cancellationLetter({ ...letterFactsFor(cancelled, parties, gp), reason });
      await writeToGp(tx, ctx.actor, cancelled, gp, await gpOfficeOf(tx, cancelled), { codeSystem: 8127, code: CANCELLATION_CODE.code, subject: gpLetterSubject(cancelled.kind, 'cancellation'), text: letterText(letter) }, now);
    }
    await tellUsers(tx, ctx, meeting.id, 'cancellation', [...participants.filter((p) => p.user_id !== ctx.actor.userId).map((p) => p.user_id), ...(gp?.person_id ? await usersActingAs(tx, gp.person_id, 'gp') : [])]);
    await emailParticipants(tx, ctx, cancelled, participants, parties, 'cancellation', now);
    await recordAudit(tx, ctx, { action: 'update', citizenId: meeting.citizen_id, objectType: 'dialogue_meeting', objectId: meeting.id, purpose: 'sick_leave_follow_up', detail: { action: 'cancel' } });
    return { meetingId: meeting.id };
  });
}

/** A completed or cancelled meeting is filed away; nothing more happens to it. */
export async function closeMeeting(db: Db, ctx: MeetingCtx, meetingId: string) {
  return navChange(db, ctx, meetingId, async (tx, meeting) => {
    const now = ctx.clock.now();
    const status = transition(meeting, 'close', now);
    await tx.updateTable('dialogue_meeting').set({ status, closed_at: now, updated_at: now }).where('id', '=', meeting.id).execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: meeting.citizen_id, objectType: 'dialogue_meeting', objectId: meeting.id, purpose: 'sick_leave_follow_up', detail: { action: 'close' } });
    return { meetingId: meeting.id };
  });
}

const REASON_NEEDED: ReadonlySet<MeetingReply> = new Set(['wants_new_time', 'not_coming']);

/**
 * A participant answers the invitation in the platform. The GP's answer is also a message in the
 * GP thread (8126 from the GP), so the thread tells the whole story, as when it comes from the
 * GP's record system.
 */
export async function replyToMeeting(db: Db, ctx: MeetingCtx, meetingId: string, input: { reply: MeetingReply; reason?: string }) {
  const reason = input.reason?.trim() || null;
  if (REASON_NEEDED.has(input.reply) && !reason) refuse({ code: 'MEETING_REPLY_REASON_MISSING', field: 'reason' });
  const loaded = await loadMeeting(db, meetingId);
  const viewer = await viewerOf(db, ctx, loaded.meeting, loaded.participants);
  if (!viewer.participantId) throw new AppError('MEETING_NOT_INVITED');
  return db.transaction().execute(async (tx) => {
    const { meeting, participants } = await loadMeeting(tx, meetingId, true);
    const now = ctx.clock.now();
    transition(meeting, 'reply', now);
    const participant = participants.find((p) => p.id === viewer.participantId)!;
    await recordReply(tx, ctx, meeting, participant, { reply: input.reply, reason, channel: 'platform' }, now);
    if (participant.role === 'gp' && meeting.conversation_id) {
      await appendMessage(
        tx,
        {
          conversation_id: meeting.conversation_id,
          parent_id: null,
          kind: 'note',
          code_system: 8126,
          code: replyCode(input.reply),
          sender_side: 'gp',
          sender_user_id: ctx.actor.userId,
          sender_name: ctx.actor.name,
          sender_org_name: ctx.actor.organisationName,
          recipient_org_id: meeting.nav_office_id,
          recipient_person_id: null,
          recipient_user_id: meeting.convened_by,
          body: reason ?? '',
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
        },
        now,
        reason ?? '',
      );
    }
    return { meetingId: meeting.id };
  });
}

/** Stores a reply however it came, tells the adviser, and audits it. */
export async function recordReply(
  tx: Tx,
  ctx: AuditContext & Pick<OutreachDeps, 'clock'> & { config: Pick<OutreachDeps['config'], 'publicUrl'> },
  meeting: MeetingRow,
  participant: ParticipantRow,
  reply: { reply: MeetingReply; reason: string | null; channel: 'platform' | 'dialogmelding' },
  now: Date,
) {
  await tx
    .updateTable('meeting_participant')
    .set({ reply: reply.reply, reply_reason: reply.reason, replied_at: now, reply_channel: reply.channel })
    .where('id', '=', participant.id)
    .execute();
  await tx.updateTable('dialogue_meeting').set({ updated_at: now }).where('id', '=', meeting.id).execute();
  await tellUsers(tx, ctx, meeting.id, 'reply', [meeting.convened_by]);
  await recordAudit(tx, ctx, {
    action: 'update',
    citizenId: meeting.citizen_id,
    objectType: 'meeting_participant',
    objectId: participant.id,
    purpose: participant.role === 'employer' ? 'employer_follow_up' : participant.role === 'employee' ? 'own_data' : 'sick_leave_follow_up',
    detail: { reply: reply.reply, channel: reply.channel },
  });
}
