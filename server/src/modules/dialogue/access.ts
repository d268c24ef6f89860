import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen } from '../../platform/access/guard.js';
import type { AuditContext } from '../../platform/audit/audit.js';
import type { Database, DialogueSide } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';

export type Ctx = AuditContext & { actor: Actor };
export type Db = Kysely<Database>;
export type Executor = Db | Transaction<Database>;

/** Which side of the dialogue the actor writes for. Advisory physicians advise; they do not own threads. */
export function sideOf(actor: Actor): DialogueSide | null {
  if (actor.role === 'gp') return 'gp';
  if (actor.role === 'nav_adviser' || actor.role === 'nav_manager') return 'nav';
  return null;
}

export function requireSide(actor: Actor, wanted?: DialogueSide): DialogueSide {
  const side = sideOf(actor);
  if (!side || (wanted && side !== wanted)) throw new AppError('ACCESS_DENIED_ROLE');
  return side;
}

export async function loadConversation(db: Executor, id: string) {
  return db.selectFrom('conversation').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ConversationRow = NonNullable<Awaited<ReturnType<typeof loadConversation>>>;

/**
 * A thread is the GP's when they are its GP party, and a NAV office's when it is the office's;
 * the access module then decides about the person it concerns (protection, shielding). Someone
 * outside the thread gets "not found", so ids reveal nothing.
 */
export async function authorizeConversation(db: Db, ctx: Ctx, conversation: ConversationRow | undefined): Promise<{ conversation: ConversationRow; side: DialogueSide }> {
  const side = sideOf(ctx.actor);
  if (!conversation || !side) throw new AppError('CONVERSATION_NOT_FOUND');
  const party = side === 'gp' ? conversation.gp_person_id === ctx.actor.personId : conversation.nav_office_id === ctx.actor.organisationId;
  if (!party) throw new AppError('CONVERSATION_NOT_FOUND');
  await authorizeCitizen(db, ctx, conversation.citizen_id, 'citizen.read', 'conversation');
  return { conversation, side };
}

export async function conversationFor(db: Db, ctx: Ctx, id: string) {
  return authorizeConversation(db, ctx, await loadConversation(db, id));
}
