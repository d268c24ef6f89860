import { sql } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { Db } from '../access.js';
import { FORUM_AUDIT_PURPOSE, loadMeeting } from './load.js';

export interface RegistrationInput {
  name?: string;
  email?: string;
  organisation?: string;
}

/** Who registers: the signed-in user, or a name and an e-mail address given by someone without an account. */
function registrant(actor: Actor | null, input: RegistrationInput) {
  if (actor) return { user_id: actor.userId, name: actor.name, email: input.email?.trim().toLowerCase() || null, organisation: input.organisation?.trim() || actor.organisationName };
  const name = input.name?.trim();
  const email = input.email?.trim().toLowerCase();
  if (!name || !email) throw new AppError('FORUM_REGISTRATION_CONTACT_MISSING', { field: !name ? 'name' : 'email' });
  return { user_id: null, name, email, organisation: input.organisation?.trim() || null };
}

/**
 * Registration for an open thematic meeting, signed in or not. The meeting row is locked while
 * seats are counted, so two people cannot take the last seat at once; the same user or e-mail
 * address registering twice is refused.
 */
export async function registerForMeeting(db: Db, ctx: AuditContext, meetingId: string, input: RegistrationInput) {
  const who = registrant(ctx.actor, input);
  return db.transaction().execute(async (tx) => {
    const meeting = await loadMeeting(tx, meetingId, true);
    const now = ctx.clock.now();
    if (meeting.kind !== 'open_thematic' || meeting.status !== 'planned' || new Date(meeting.starts_at).getTime() <= now.getTime()) {
      throw new AppError('FORUM_REGISTRATION_CLOSED');
    }
    const taken = await tx
      .selectFrom('forum_meeting_registration')
      .where('meeting_id', '=', meetingId)
      .select([
        (eb) => eb.fn.countAll<string>().as('count'),
        sql<boolean>`bool_or(${who.user_id ? sql`user_id = ${who.user_id}` : sql`false`} or ${who.email ? sql`lower(email) = ${who.email}` : sql`false`})`.as('duplicate'),
      ])
      .executeTakeFirstOrThrow();
    if (taken.duplicate) throw new AppError('FORUM_REGISTRATION_DUPLICATE');
    if (meeting.capacity !== null && Number(taken.count) >= meeting.capacity) throw new AppError('FORUM_MEETING_FULL');
    const row = await tx
      .insertInto('forum_meeting_registration')
      .values({ meeting_id: meetingId, ...who, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_meeting_registration', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { meetingId, signedIn: who.user_id !== null } });
    const spotsLeft = meeting.capacity === null ? null : meeting.capacity - Number(taken.count) - 1;
    return { id: row.id, spotsLeft };
  });
}
