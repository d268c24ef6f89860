import { randomUUID } from 'node:crypto';
import type { Clock } from '../../platform/clock.js';
import type { Config } from '../../platform/config.js';
import { loadMeeting, type Tx } from './access.js';
import { recordReply } from './commands/change.js';
import { replyFromCode } from './domain/kinds.js';
import { nextStatus } from './domain/state.js';

/**
 * What the interop module may ask of meetings: where a GP's reply to an invitation (8126) belongs
 * when it quotes nothing we know, and to apply it once it is stored in the thread.
 */

/** The GP's latest invitation to a meeting about this person that is still to be held: its thread, with what placing a message in it needs. */
export async function openInvitationThread(
  tx: Tx,
  gpPersonId: string,
  citizenId: string,
): Promise<{ conversationId: string; facts: { navOfficeId: string; assignedUserId: string | null; caseId: string | null } } | null> {
  const row = await tx
    .selectFrom('dialogue_meeting as m')
    .innerJoin('meeting_participant as p', 'p.meeting_id', 'm.id')
    .innerJoin('conversation as c', 'c.id', 'm.conversation_id')
    .where('p.role', '=', 'gp')
    .where('p.person_id', '=', gpPersonId)
    .where('m.citizen_id', '=', citizenId)
    .where('m.status', 'in', ['invited', 'new_time_place'])
    .select(['c.id', 'c.nav_office_id', 'c.assigned_user_id', 'c.case_id'])
    .orderBy('m.starts_at', 'desc')
    .executeTakeFirst();
  return row ? { conversationId: row.id, facts: { navOfficeId: row.nav_office_id, assignedUserId: row.assigned_user_id, caseId: row.case_id } } : null;
}

export type NationalReplyOutcome = 'applied' | 'not_a_meeting' | 'not_invited' | 'too_late' | 'unknown_code';

/**
 * A reply that came as a Dialogmelding and is stored in the meeting's GP thread sets the GP's
 * answer on the meeting, as if given in the platform. A reply the meeting can no longer take (after
 * the start, or to a cancelled meeting) stays a message in the thread for the adviser to read.
 */
export async function applyNationalReply(
  tx: Tx,
  deps: { clock: Clock; config: Pick<Config, 'publicUrl'> },
  reply: { conversationId: string; code: number; text: string; gpPersonId: string },
): Promise<NationalReplyOutcome> {
  const answer = replyFromCode(reply.code);
  if (!answer) return 'unknown_code';
  const thread = await tx.selectFrom('conversation').where('id', '=', reply.conversationId).select('meeting_id').executeTakeFirst();
  if (!thread?.meeting_id) return 'not_a_meeting';
  const { meeting, participants } = await loadMeeting(tx, thread.meeting_id, true);
  const gp = participants.find((p) => p.role === 'gp' && p.person_id === reply.gpPersonId) ?? participants.find((p) => p.role === 'gp');
  if (!gp) return 'not_invited';
  const now = deps.clock.now();
  if (!nextStatus(meeting.status, 'reply', { now, startsAt: new Date(meeting.starts_at) }).ok) return 'too_late';
  await recordReply(tx, { actor: null, requestId: randomUUID(), ...deps }, meeting, gp, { reply: answer, reason: reply.text.trim() || null, channel: 'dialogmelding' }, now);
  return 'applied';
}
