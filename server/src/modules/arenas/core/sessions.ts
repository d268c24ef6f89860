import type { ArenaAgendaItem } from '../../../platform/db/schema-arenas.js';
import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { ACTIVE_STATUSES, auditArena, loadSession, minutesBetween, requireManager, requireNotCancelled, type Db, type Tx } from '../access.js';
import { agendaProblem } from '../domain/agenda.js';
import { findOverlap, sessionTimeValid } from '../domain/series.js';
import { tellArena, type NoticeDeps } from '../notices.js';
import type { ArenaCtx } from '../access.js';

/** Adding a session, setting its agenda, cancelling it (ADR 0006 "Core"). */
type Deps = ArenaCtx & NoticeDeps;

/** Renumbers the arena's sessions in time order (after one is added between others). */
async function renumber(tx: Tx, arenaId: string): Promise<void> {
  const sessions = await tx.selectFrom('arena_session').where('arena_id', '=', arenaId).select(['id', 'starts_at']).orderBy('starts_at').orderBy('id').execute();
  // Two passes so the unique (arena_id, ordinal) never sees a duplicate mid-way.
  for (const [i, s] of sessions.entries()) await tx.updateTable('arena_session').set({ ordinal: 10_000 + i }).where('id', '=', s.id).execute();
  for (const [i, s] of sessions.entries()) await tx.updateTable('arena_session').set({ ordinal: i + 1 }).where('id', '=', s.id).execute();
}

export async function addSession(db: Db, deps: Deps, arenaId: string, input: { startsAt: string; endsAt: string; title?: string; location?: string; agenda?: ArenaAgendaItem[] }): Promise<string> {
  const span = { startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt) };
  if (!sessionTimeValid(span)) throw new AppError('ARENA_SESSION_TIME_INVALID');
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, arenaId, true);
    requireNotCancelled(arena);
    const agenda = input.agenda ?? [];
    const problem = agendaProblem(agenda, minutesBetween(span.startsAt, span.endsAt), arena.kind === 'small_group_series' && agenda.length > 0);
    if (problem) throw new AppError(problem);
    const others = await tx.selectFrom('arena_session').where('arena_id', '=', arena.id).where('status', '<>', 'cancelled').select(['ordinal', 'starts_at', 'ends_at']).execute();
    const overlap = findOverlap([...others.map((o) => ({ startsAt: new Date(o.starts_at), endsAt: new Date(o.ends_at) })), span]);
    if (overlap) throw new AppError('ARENA_SESSIONS_OVERLAP', { with: others[Math.min(overlap[0], overlap[1])]?.ordinal });
    const row = await tx
      .insertInto('arena_session')
      .values({ arena_id: arena.id, ordinal: 1_000 + others.length, starts_at: span.startsAt, ends_at: span.endsAt, title: input.title?.trim() ?? '', location: input.location?.trim() ?? '', agenda: JSON.stringify(agenda), created_at: deps.clock.now() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await renumber(tx, arena.id);
    await auditArena(tx, deps, { action: 'create', objectType: 'arena_session', objectId: row.id, detail: { arenaId } });
    return row.id;
  });
}

export async function setAgenda(db: Db, deps: Deps, sessionId: string, items: ArenaAgendaItem[]): Promise<string> {
  const session = await loadSession(db, sessionId);
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, session.arena_id, true);
    requireNotCancelled(arena);
    if (session.status === 'cancelled') throw new AppError('ARENA_SESSION_NOT_PLANNED');
    const problem = agendaProblem(items, minutesBetween(session.starts_at, session.ends_at), arena.kind === 'small_group_series');
    if (problem) throw new AppError(problem);
    await tx.updateTable('arena_session').set({ agenda: JSON.stringify(items) }).where('id', '=', session.id).execute();
    await auditArena(tx, deps, { action: 'update', objectType: 'arena_session', objectId: session.id, detail: { agendaItems: items.length } });
    return arena.id;
  });
}

/** Cancels one session; everyone signed up, waiting or co-organising is told. */
export async function cancelSession(db: Db, deps: Deps, sessionId: string, reason: string): Promise<string> {
  if (reason.trim() === '') throw new AppError('ARENA_REASON_MISSING');
  const session = await loadSession(db, sessionId);
  return db.transaction().execute(async (tx) => {
    const { arena } = await requireManager(tx, deps, session.arena_id, true);
    requireNotCancelled(arena);
    if (session.status !== 'planned') throw new AppError('ARENA_SESSION_NOT_PLANNED');
    await tx.updateTable('arena_session').set({ status: 'cancelled', cancel_reason: reason.trim() }).where('id', '=', session.id).execute();
    const told = await tx
      .selectFrom('arena_participant')
      .where('arena_id', '=', arena.id)
      .where((eb) => eb.or([eb('status', 'in', [...ACTIVE_STATUSES]), eb('part', '<>', 'participant')]))
      .select('user_id')
      .execute();
    const when = osloDate(session.starts_at).split('-').reverse().join('.');
    await tellArena(tx, deps, 'session_cancelled', told.map((p) => p.user_id).filter((id) => id !== deps.actor.userId), arena, { when, reason });
    await auditArena(tx, deps, { action: 'update', objectType: 'arena_session', objectId: session.id, detail: { status: 'cancelled', told: told.length } });
    return arena.id;
  });
}
