/**
 * Turning a case gone through in a slot into a dialogue meeting: the meetings module's own
 * convening command does the work (checks, invitations, the GP's national message, calendar
 * e-mails, audit), with the slot's GP invited for the whole meeting. The slot's case row then
 * points to the meeting. The meeting commits in its own transaction first; should the link fail
 * afterwards, the meeting still stands and shows on the case like any other.
 */
import { conveneMeeting, type MeetingCtx } from '../../meetings/commands/convene.js';
import type { MeetingPlace } from '../../meetings/domain/checks.js';
import type { ConvenedKind } from '../../meetings/domain/kinds.js';
import { AppError } from '../../../platform/errors.js';
import { auditArena, type Db } from '../visits/outreach-access.js';
import { gpUserIdOf, requireSlotAdviser } from './access.js';
import { loadSlotCase } from './cases.js';

export interface ToMeetingInput {
  kind: ConvenedKind;
  startsAt: string;
  durationMinutes: number;
  place: MeetingPlace;
  purpose?: string;
  agenda?: string;
  confirmOverlap?: boolean;
}

export async function slotCaseToMeeting(db: Db, ctx: MeetingCtx, slotCaseId: string, input: ToMeetingInput) {
  const { row, arena } = await loadSlotCase(db, slotCaseId);
  requireSlotAdviser(ctx.actor, arena);
  if (row.status === 'to_meeting') throw new AppError('ARENA_CASE_SLOT_CASE_STATE');
  const gp = await db.selectFrom('app_user').where('id', '=', gpUserIdOf(arena)).select('person_id').executeTakeFirst();
  const result = await conveneMeeting(db, ctx, row.case_id, {
    ...input,
    gp: { invite: true, part: { kind: 'whole' }, ...(gp?.person_id ? { personId: gp.person_id } : {}) },
  });
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('arena_case_slot_case').set({ status: 'to_meeting', dialogue_meeting_id: result.meetingId, updated_at: ctx.clock.now() }).where('id', '=', slotCaseId).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_case_slot_case', objectId: slotCaseId, citizenId: row.citizen_id, detail: { dialogueMeetingId: result.meetingId } });
  });
  return { id: slotCaseId, dialogueMeetingId: result.meetingId };
}
