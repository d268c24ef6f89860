/**
 * Agenda proposals for a joint meeting from both sides (issue 10 point 4): GPs (and PKO,
 * municipal physicians) propose for the GP side, NAV staff for the NAV side; the organiser
 * accepts one into a session's agenda or declines it. Texts pass the same personal-identifier
 * check as forum submissions: an agenda is no place for a patient.
 */
import type { ArenaAgendaItem } from '../../../platform/db/schema-arenas.js';
import type { ProposalSide } from '../../../platform/db/schema-arena-outreach.js';
import { AppError } from '../../../platform/errors.js';
import type { Config } from '../../../platform/config.js';
import { notify } from '../../../platform/notify/notify.js';
import { findPersonalData } from '../../forums/domain/identifier-detector.js';
import { auditArena, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { loadJointMeeting, requireJointManager, requireJointOpen, requireVisibleJoint } from './access.js';
import { sideOf } from './domain/sessions.js';

export interface ProposalInput {
  title: string;
  description?: string;
  /** Only an organiser may say which side a proposal is for (entering one on someone's behalf). */
  side?: ProposalSide;
}

export interface DecisionInput {
  accept: boolean;
  sessionId?: string;
  minutes?: number;
  note?: string;
}

const PROPOSER_ROLES = new Set(['gp', 'nav_adviser', 'nav_manager', 'advisory_physician', 'coordinating_physician', 'municipal_physician', 'practice_consultant']);
const SIDE_LABEL: Record<ProposalSide, string> = { gp: 'Fastlegene', nav: 'NAV' };

export async function propose(db: Db, ctx: OutreachCtx, arenaId: string, input: ProposalInput): Promise<{ id: string }> {
  const arena = await loadJointMeeting(db, arenaId);
  const standing = await requireVisibleJoint(db, ctx.actor, arena);
  requireJointOpen(arena);
  if (!standing.manager && !PROPOSER_ROLES.has(ctx.actor.role)) throw new AppError('ARENA_PROPOSE_ROLE');
  const title = input.title.trim();
  const description = input.description?.trim() ?? '';
  const findings = findPersonalData({ title, description });
  if (findings.length > 0) throw new AppError('ARENA_PERSONAL_DATA', { field: findings[0]!.field, kind: findings[0]!.kind });
  const side = standing.manager && input.side ? input.side : sideOf(ctx.actor.role);
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('arena_agenda_proposal')
      .values({ arena_id: arenaId, side, title, description, proposed_by: ctx.actor.userId, created_at: ctx.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_agenda_proposal', objectId: row.id, detail: { arenaId, side } });
    return { id: row.id };
  });
}

/** The organiser's decision; an accepted proposal becomes an item on the chosen session's agenda, and the proposer is told. */
export async function decideProposal(db: Db, ctx: OutreachCtx & { config: Pick<Config, 'publicUrl'> }, proposalId: string, input: DecisionInput) {
  const proposal = await db.selectFrom('arena_agenda_proposal').where('id', '=', proposalId).selectAll().executeTakeFirst();
  if (!proposal) throw new AppError('ARENA_PROPOSAL_NOT_FOUND');
  const arena = await loadJointMeeting(db, proposal.arena_id);
  await requireJointManager(db, ctx.actor, arena);
  requireJointOpen(arena);
  if (input.accept && !input.sessionId) throw new AppError('VALIDATION_FAILED', { field: 'sessionId' });
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const current = await tx.selectFrom('arena_agenda_proposal').where('id', '=', proposalId).forUpdate().select('status').executeTakeFirstOrThrow();
    if (current.status !== 'proposed') throw new AppError('ARENA_PROPOSAL_DECIDED');
    if (input.accept) {
      const session = await tx.selectFrom('arena_session').where('id', '=', input.sessionId!).forUpdate().selectAll().executeTakeFirst();
      if (!session || session.arena_id !== arena.id || session.status !== 'planned') throw new AppError('ARENA_PROPOSAL_SESSION_INVALID');
      const item: ArenaAgendaItem = { kind: 'other', title: proposal.title, minutes: input.minutes ?? 15, by: SIDE_LABEL[proposal.side] };
      const agenda = [...session.agenda, item];
      const sessionMinutes = (session.ends_at.getTime() - session.starts_at.getTime()) / 60_000;
      if (agenda.reduce((sum, a) => sum + a.minutes, 0) > sessionMinutes) throw new AppError('ARENA_AGENDA_TOO_LONG');
      await tx.updateTable('arena_session').set({ agenda: JSON.stringify(agenda) }).where('id', '=', session.id).execute();
    }
    await tx
      .updateTable('arena_agenda_proposal')
      .set({ status: input.accept ? 'accepted' : 'declined', session_id: input.accept ? input.sessionId! : null, decision_note: input.note?.trim() || null, decided_by: ctx.actor.userId, decided_at: now })
      .where('id', '=', proposalId)
      .execute();
    if (proposal.proposed_by !== ctx.actor.userId) {
      // Notification titles hold 200 characters; a long proposal title is shortened to fit.
      const named = proposal.title.length > 120 ? `${proposal.title.slice(0, 119)}…` : proposal.title;
      const title = input.accept
        ? { nb: `Forslaget ditt «${named}» er satt på programmet`, en: `Your proposal “${named}” is on the programme` }
        : { nb: `Forslaget ditt «${named}» ble ikke tatt med`, en: `Your proposal “${named}” was not taken up` };
      const body = (input.note?.trim() || arena.title).slice(0, 1000);
      await notify(tx, ctx.clock, { userIds: [proposal.proposed_by], event: 'arena_update', title, body: { nb: body, en: body }, link: `/moteplasser/fellesmoter/${arena.id}` }, ctx.config);
    }
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena_agenda_proposal', objectId: proposalId, detail: { accept: input.accept } });
    return { id: proposalId, status: input.accept ? 'accepted' : 'declined' };
  });
}
