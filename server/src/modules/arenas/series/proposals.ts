import { AppError } from '../../../platform/errors.js';
import { findPersonalData } from '../../forums/domain/identifier-detector.js';
import { auditArena, isNavRole, loadSession, minutesBetween, requireManager, requireNotCancelled, requireVisible, type ArenaCtx, type Db } from '../access.js';
import { iso } from '../core/view.js';
import { agendaProblem, withProposal } from '../domain/agenda.js';
import type { ArenaAgendaItem } from '../../../platform/db/schema-arenas.js';

/**
 * Topics (usually from NAV advisers) and anonymised cases proposed for a series' sessions. Every
 * text passes the forums' personal-identifier detector first; a refusal names the field and the
 * kind of finding, never the text. The organiser takes a proposal into a session's agenda or
 * declines it.
 */
export interface ProposalInput {
  kind: 'topic' | 'case';
  title: string;
  text?: string;
}

export async function propose(db: Db, ctx: ArenaCtx, arenaId: string, input: ProposalInput): Promise<string> {
  const title = input.title.trim();
  const text = input.text?.trim() ?? '';
  if (title === '') throw new AppError('VALIDATION_FAILED', [{ field: 'body.title', message: 'empty' }]);
  const findings = findPersonalData({ title, text });
  if (findings.length > 0) throw new AppError('ARENA_PERSONAL_DATA', { field: findings[0]!.field, kind: findings[0]!.kind, findings });
  return db.transaction().execute(async (tx) => {
    const { arena, standing } = await requireVisible(tx, ctx, arenaId);
    requireNotCancelled(arena);
    if (arena.kind !== 'small_group_series') throw new AppError('ARENA_NOT_A_SERIES');
    const may = standing.manager || (isNavRole(ctx.actor.role) && standing.inArea) || standing.participant?.status === 'signed_up';
    if (!may) throw new AppError('ARENA_PROPOSE_ROLE');
    const row = await tx
      .insertInto('arena_proposal')
      .values({ arena_id: arena.id, kind: input.kind, title, text, proposed_by: ctx.actor.userId, proposer_name: ctx.actor.name, proposer_role: ctx.actor.role, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_proposal', objectId: row.id, detail: { arenaId, kind: input.kind } });
    return row.id;
  });
}

/** Organisers see every proposal; others their own. */
export async function listProposals(db: Db, ctx: ArenaCtx, arenaId: string) {
  const { arena, standing } = await requireVisible(db, ctx, arenaId);
  let query = db.selectFrom('arena_proposal').where('arena_id', '=', arena.id).selectAll().orderBy('created_at');
  if (!standing.manager) query = query.where('proposed_by', '=', ctx.actor.userId);
  const rows = await query.execute();
  await auditArena(db, ctx, { action: 'list', objectType: 'arena_proposal', objectId: arena.id, detail: { rows: rows.length } });
  return rows.map((p) => ({
    id: p.id,
    kind: p.kind,
    title: p.title,
    text: p.text,
    proposerName: p.proposer_name,
    proposerRole: p.proposer_role,
    mine: p.proposed_by === ctx.actor.userId,
    status: p.status,
    sessionId: p.session_id,
    createdAt: iso(p.created_at)!,
  }));
}

async function loadProposal(db: Db, id: string) {
  const proposal = await db.selectFrom('arena_proposal').where('id', '=', id).selectAll().executeTakeFirst();
  if (!proposal) throw new AppError('ARENA_PROPOSAL_NOT_FOUND');
  return proposal;
}

/** Takes a proposal into a session's agenda (a topic as a talk by its proposer, a case under the cases). */
export async function acceptProposal(db: Db, ctx: ArenaCtx, proposalId: string, input: { sessionId: string; minutes?: number }): Promise<string> {
  const proposal = await loadProposal(db, proposalId);
  const session = await loadSession(db, input.sessionId);
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, ctx, proposal.arena_id, true);
    requireNotCancelled(arena);
    if (proposal.status !== 'proposed') throw new AppError('ARENA_PROPOSAL_DECIDED');
    if (session.arena_id !== arena.id) throw new AppError('ARENA_SESSION_NOT_FOUND');
    if (session.status !== 'planned') throw new AppError('ARENA_SESSION_NOT_PLANNED');
    const item: ArenaAgendaItem = proposal.kind === 'topic' ? { kind: 'talk', title: proposal.title, minutes: input.minutes ?? 15, by: proposal.proposer_name } : { kind: 'cases', title: proposal.title, minutes: input.minutes ?? 15 };
    const agenda = withProposal(session.agenda, item);
    const problem = agendaProblem(agenda, minutesBetween(session.starts_at, session.ends_at), false);
    if (problem) throw new AppError(problem);
    const now = ctx.clock.now();
    await tx.updateTable('arena_session').set({ agenda: JSON.stringify(agenda) }).where('id', '=', session.id).execute();
    await tx.updateTable('arena_proposal').set({ status: 'accepted', session_id: session.id, decided_by: ctx.actor.userId, decided_at: now }).where('id', '=', proposal.id).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_proposal', objectId: proposal.id, detail: { status: 'accepted', sessionId: session.id } });
    return arena.id;
  });
}

export async function declineProposal(db: Db, ctx: ArenaCtx, proposalId: string): Promise<string> {
  const proposal = await loadProposal(db, proposalId);
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, ctx, proposal.arena_id, true);
    if (proposal.status !== 'proposed') throw new AppError('ARENA_PROPOSAL_DECIDED');
    await tx.updateTable('arena_proposal').set({ status: 'declined', decided_by: ctx.actor.userId, decided_at: ctx.clock.now() }).where('id', '=', proposal.id).execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_proposal', objectId: proposal.id, detail: { status: 'declined' } });
    return arena.id;
  });
}
