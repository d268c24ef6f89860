/**
 * Writing `arena_session` rows for the outreach kinds (joint meetings, meeting places, case
 * slots), so the core's calendar, reminders and .ics files see them like any other session.
 * Ordinals follow time order (ADR 0006): a session added before others renumbers them.
 */
import { sql } from 'kysely';
import type { ArenaAgendaItem } from '../../../platform/db/schema-arenas.js';
import type { Tx } from '../visits/outreach-access.js';

export interface NewSession {
  startsAt: Date;
  endsAt: Date;
  title?: string;
  location?: string;
  agenda?: ArenaAgendaItem[];
}

/** Adds sessions to an arena and renumbers all its sessions 1, 2, 3 … by start time; returns the new ids in the order given. */
export async function addSessions(tx: Tx, arenaId: string, sessions: readonly NewSession[], now: Date): Promise<string[]> {
  const existing = await tx.selectFrom('arena_session').where('arena_id', '=', arenaId).select(['id', 'ordinal']).execute();
  // New rows go in above every ordinal in use, then all are renumbered, so the unique (arena, ordinal) never clashes.
  const base = existing.reduce((max, s) => Math.max(max, s.ordinal), 0) + existing.length + 1;
  const inserted = await tx
    .insertInto('arena_session')
    .values(
      sessions.map((s, i) => ({
        arena_id: arenaId,
        ordinal: base + i,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        title: s.title?.trim() ?? '',
        location: s.location?.trim() ?? '',
        agenda: JSON.stringify(s.agenda ?? []),
        created_at: now,
      })),
    )
    .returning('id')
    .execute();
  await renumber(tx, arenaId);
  return inserted.map((r) => r.id);
}

async function renumber(tx: Tx, arenaId: string): Promise<void> {
  // Two steps, so no row ever takes an ordinal another still holds: first far above, then down.
  const offset = 100_000;
  await sql`update arena_session s set ordinal = ${offset} + r.n
            from (select id, row_number() over (order by starts_at, id) as n from arena_session where arena_id = ${arenaId}) r
            where s.id = r.id`.execute(tx);
  await tx.updateTable('arena_session').set((eb) => ({ ordinal: eb('ordinal', '-', offset) })).where('arena_id', '=', arenaId).execute();
}
