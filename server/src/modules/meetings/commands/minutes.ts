import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError, type ErrorCode } from '../../../platform/errors.js';
import { addWorkingDays } from '../../../platform/working-days.js';
import { refreshCaseDeadlines } from '../../sickleave/deadlines.js';
import type { SickLeaveRules } from '../../sickleave/domain/index.js';
import { MINUTES_CODE } from '../domain/kinds.js';
import { letterText, minutesLetter } from '../domain/letters.js';
import { nextStatus } from '../domain/state.js';
import { loadMeeting, requireNavOwner, viewerOf, type Db, type MeetingRow, type ParticipantRow, type Tx } from '../access.js';
import { gpLetterSubject, letterFactsFor, meetingParties, tellUsers, writeToGp } from '../outreach.js';
import { usersActingAs } from '../../dialogue/parties.js';
import type { MeetingCtx } from './convene.js';
import { osloDate } from '../../../platform/oslo-date.js';

export type TaskOwner = 'employee' | 'employer' | 'nav' | 'gp';

export interface MinutesInput {
  situation: string;
  conclusion: string;
  medicalInformation?: string;
  tasks: Array<{ owner: TaskOwner; text: string; dueOn?: string }>;
  attendance: Array<{ participantId: string; attended: boolean }>;
  otherParticipants?: string;
  correctionReason?: string;
}

type MinutesCtx = MeetingCtx & { rules: SickLeaveRules };

function refuse(problem: { code: string } & Record<string, unknown>): never {
  const { code, ...details } = problem;
  throw new AppError(code as ErrorCode, details);
}

/** An agreed task without a date is due two weeks after the meeting: the usual follow-up interval. */
const DEFAULT_TASK_WORKING_DAYS = 10;

/** What the minutes must hold before they can go out; every problem names its field. */
function checkMinutes(input: MinutesInput, participants: readonly ParticipantRow[], meeting: MeetingRow) {
  if (!input.situation?.trim()) refuse({ code: 'MEETING_MINUTES_INCOMPLETE', field: 'situation' });
  if (!input.conclusion?.trim()) refuse({ code: 'MEETING_MINUTES_INCOMPLETE', field: 'conclusion' });
  const known = new Set(participants.map((p) => p.id));
  for (const [index, a] of input.attendance.entries()) if (!known.has(a.participantId)) refuse({ code: 'VALIDATION_FAILED', field: `attendance.${index}.participantId`, reason: 'not a participant of this meeting' });
  const gp = participants.find((p) => p.role === 'gp');
  if (gp && !input.attendance.some((a) => a.participantId === gp.id)) refuse({ code: 'MEETING_GP_ATTENDANCE_MISSING', field: 'attendance', participantId: gp.id });
  const owners = new Set<TaskOwner>(['employee', 'nav', ...(participants.some((p) => p.role === 'employer') || meeting.employer_id ? (['employer'] as const) : []), ...(gp ? (['gp'] as const) : [])]);
  for (const [index, task] of input.tasks.entries()) {
    if (!task.text?.trim()) refuse({ code: 'MEETING_MINUTES_INCOMPLETE', field: `tasks.${index}.text` });
    if (!owners.has(task.owner)) refuse({ code: 'VALIDATION_FAILED', field: `tasks.${index}.owner`, reason: `the ${task.owner} is not part of this meeting` });
  }
}

/**
 * Writes one version of the minutes with its tasks, and makes the agreed tasks the owners' tasks on
 * the case (a correction replaces the previous version's open ones). The GP gets the minutes as
 * 8127/9 with the letter as PDF; the employer's copy (in the API) leaves the medical part out.
 */
async function writeMinutes(tx: Tx, ctx: MinutesCtx, meeting: MeetingRow, participants: ParticipantRow[], input: MinutesInput, version: number, now: Date) {
  await tx
    .insertInto('meeting_minutes')
    .values({
      meeting_id: meeting.id,
      version,
      situation: input.situation.trim(),
      conclusion: input.conclusion.trim(),
      medical_information: input.medicalInformation?.trim() || null,
      other_participants: input.otherParticipants?.trim() || null,
      attendance: JSON.stringify(input.attendance),
      correction_reason: version > 1 ? input.correctionReason!.trim() : null,
      written_by: ctx.actor.userId,
      written_by_name: ctx.actor.name,
      written_at: now,
    })
    .execute();
  const meetingDay = osloDate(new Date(meeting.starts_at));
  const tasks = input.tasks.map((t, position) => ({ meeting_id: meeting.id, version, position, owner: t.owner, text: t.text.trim(), due_on: t.dueOn ?? addWorkingDays(meetingDay, DEFAULT_TASK_WORKING_DAYS) }));
  if (tasks.length > 0) await tx.insertInto('meeting_minutes_task').values(tasks).execute();
  for (const a of input.attendance) await tx.updateTable('meeting_participant').set({ attended: a.attended }).where('id', '=', a.participantId).execute();

  await tx.updateTable('case_task').set({ status: 'cancelled' }).where('meeting_id', '=', meeting.id).where('status', 'in', ['open', 'taken']).execute();
  const gp = participants.find((p) => p.role === 'gp');
  if (tasks.length > 0) {
    await tx
      .insertInto('case_task')
      .values(
        tasks.map((t) => ({
          case_id: meeting.case_id,
          note_id: null,
          kind: 'meeting_task',
          owner_kind: t.owner === 'nav' ? ('nav_office' as const) : t.owner === 'employee' ? ('patient' as const) : t.owner,
          owner_org_id: t.owner === 'nav' ? meeting.nav_office_id : t.owner === 'employer' ? meeting.employer_id : null,
          owner_person_id: t.owner === 'gp' ? (gp?.person_id ?? null) : null,
          due_on: t.due_on,
          meeting_id: meeting.id,
          text: t.text,
        })),
      )
      .execute();
  }

  if (gp && meeting.conversation_id) {
    const parties = await meetingParties(tx, meeting);
    const attendance = participants.map((p) => ({ name: p.name, role: p.role, attended: input.attendance.find((a) => a.participantId === p.id)?.attended ?? false }));
    const letter = minutesLetter({
      ...letterFactsFor(meeting, parties, gp),
      minutes: {
        version,
        situation: input.situation.trim(),
        conclusion: input.conclusion.trim(),
        medicalInformation: input.medicalInformation?.trim() || null,
        tasks: tasks.map((t) => ({ owner: t.owner, text: t.text, dueOn: t.due_on })),
        attendance,
        otherParticipants: input.otherParticipants?.trim() || null,
        correctionReason: version > 1 ? input.correctionReason!.trim() : null,
      },
    });
    const gpOffice = (await tx.selectFrom('conversation').where('id', '=', meeting.conversation_id).select('gp_office_id').executeTakeFirst())?.gp_office_id ?? null;
    await writeToGp(tx, ctx.actor, meeting, gp, gpOffice, { codeSystem: 8127, code: MINUTES_CODE.code, subject: `${gpLetterSubject(meeting.kind, 'minutes')}${version > 1 ? ` (rettet, versjon ${version})` : ''}`, text: letterText(letter) }, now);
  }
  await tellUsers(tx, ctx, meeting.id, version > 1 ? 'minutes_corrected' : 'minutes', [
    ...participants.filter((p) => p.user_id !== ctx.actor.userId).map((p) => p.user_id),
    ...(gp?.person_id ? await usersActingAs(tx, gp.person_id, 'gp') : []),
  ]);
}

/** Minutes written at or after the start complete the meeting; meeting 2 held settles its milestones. */
export async function completeMeeting(db: Db, ctx: MinutesCtx, meetingId: string, input: MinutesInput) {
  requireNavOwner(ctx.actor);
  const loaded = await loadMeeting(db, meetingId);
  await viewerOf(db, ctx, loaded.meeting, loaded.participants);
  return db.transaction().execute(async (tx) => {
    const { meeting, participants } = await loadMeeting(tx, meetingId, true);
    const now = ctx.clock.now();
    const next = nextStatus(meeting.status, 'complete', { now, startsAt: new Date(meeting.starts_at) });
    if (!next.ok) throw new AppError(next.code);
    checkMinutes(input, participants, meeting);
    await tx.updateTable('dialogue_meeting').set({ status: next.status, completed_at: now, updated_at: now }).where('id', '=', meeting.id).execute();
    await writeMinutes(tx, ctx, meeting, participants, input, 1, now);
    if (meeting.kind === 'dm2') {
      await tx.insertInto('case_event').values({ case_id: meeting.case_id, kind: 'dialogue_meeting_2_held', occurred_on: osloDate(new Date(meeting.starts_at)), detail: null, recorded_by: ctx.actor.userId }).execute();
      await refreshCaseDeadlines(tx, [meeting.case_id], now, ctx.rules);
    }
    await recordAudit(tx, ctx, { action: 'create', citizenId: meeting.citizen_id, objectType: 'meeting_minutes', objectId: meeting.id, purpose: 'sick_leave_follow_up', detail: { version: 1, tasks: input.tasks.length } });
    return { meetingId: meeting.id };
  });
}

/** A correction after completion is a new version with its reason; participants are told. */
export async function correctMinutes(db: Db, ctx: MinutesCtx, meetingId: string, input: MinutesInput) {
  requireNavOwner(ctx.actor);
  if (!input.correctionReason?.trim()) refuse({ code: 'MEETING_CORRECTION_REASON_MISSING', field: 'correctionReason' });
  const loaded = await loadMeeting(db, meetingId);
  await viewerOf(db, ctx, loaded.meeting, loaded.participants);
  return db.transaction().execute(async (tx) => {
    const { meeting, participants } = await loadMeeting(tx, meetingId, true);
    const now = ctx.clock.now();
    const next = nextStatus(meeting.status, 'correct_minutes', { now, startsAt: new Date(meeting.starts_at) });
    if (!next.ok) throw new AppError(next.code);
    checkMinutes(input, participants, meeting);
    const latest = await tx.selectFrom('meeting_minutes').where('meeting_id', '=', meeting.id).select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
    const version = Number(latest?.version ?? 0) + 1;
    await tx.updateTable('dialogue_meeting').set({ updated_at: now }).where('id', '=', meeting.id).execute();
    await writeMinutes(tx, ctx, meeting, participants, input, version, now);
    await recordAudit(tx, ctx, { action: 'update', citizenId: meeting.citizen_id, objectType: 'meeting_minutes', objectId: meeting.id, purpose: 'sick_leave_follow_up', detail: { version } });
    return { meetingId: meeting.id };
  });
}
