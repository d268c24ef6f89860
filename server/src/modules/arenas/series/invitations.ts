import { AppError } from '../../../platform/errors.js';
import { auditArena, requireManager, type Db } from '../access.js';
import { userNames } from '../core/view.js';
import { tellArena } from '../notices.js';
import type { PlaceDeps } from '../signup/place.js';
import { areaGpQuery } from '../signup/nominations.js';

/**
 * Invitations go out through the municipal physician (report 001 §4, Fredrikstad): a notification
 * to every active GP of the area not already taking part, naming the municipal physician as
 * sender and linking to the arena with the invitation's id. Stored, so the page shows who
 * invited and how many were reached.
 */
export async function sendInvitation(db: Db, deps: PlaceDeps, arenaId: string, message?: string) {
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
    if (arena.status !== 'open') throw new AppError('ARENA_SIGNUP_CLOSED');
    const coOrganisers = await tx
      .selectFrom('arena_participant as p')
      .innerJoin('app_user as u', 'u.id', 'p.user_id')
      .where('p.arena_id', '=', arena.id)
      .where('p.part', '=', 'co_organiser')
      .where('p.status', '=', 'signed_up')
      .select(['u.id', 'u.role'])
      .execute();
    // The actor themself when they are the municipal physician, else the series' municipal physician.
    const via = deps.actor.role === 'municipal_physician' ? { id: deps.actor.userId } : coOrganisers.find((c) => c.role === 'municipal_physician');
    if (arena.kind === 'small_group_series' && !via) throw new AppError('ARENA_INVITATION_NEEDS_MUNICIPAL_PHYSICIAN');
    const viaId = via?.id ?? deps.actor.userId;
    const viaName = `${(await userNames(tx, [viaId])).get(viaId)?.name ?? deps.actor.name}${via ? ', kommuneoverlege' : ''}`;
    const taken = tx.selectFrom('arena_participant').where('arena_id', '=', arena.id).where('status', 'in', ['signed_up', 'waiting', 'nominated']).select('user_id');
    const recipients = (await areaGpQuery(tx, arena).where('u.id', 'not in', taken).select('u.id').execute()).map((r) => r.id);
    const now = deps.clock.now();
    const invitation = await tx
      .insertInto('arena_invitation')
      .values({ arena_id: arena.id, sent_by_user_id: deps.actor.userId, via_user_id: viaId, via_name: viaName, message: message?.trim() ?? '', recipient_count: recipients.length, sent_at: now })
      .returning(['id', 'sent_at'])
      .executeTakeFirstOrThrow();
    await tellArena(tx, deps, 'invitation', recipients, arena, { via: viaName, query: `invitasjon=${invitation.id}` });
    await auditArena(tx, deps, { action: 'create', objectType: 'arena_invitation', objectId: invitation.id, detail: { arenaId, recipients: recipients.length } });
    return { id: invitation.id, viaName, recipientCount: recipients.length, sentAt: new Date(invitation.sent_at).toISOString() };
  });
}
