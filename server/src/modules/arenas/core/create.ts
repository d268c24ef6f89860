import type { ArenaAgendaItem, ArenaKind } from '../../../platform/db/schema-arenas.js';
import { AppError } from '../../../platform/errors.js';
import { auditArena, requireCreator, type ArenaCtx, type Db, type Tx } from '../access.js';
import { normaliseArea } from '../domain/area.js';
import { findOverlap, sessionTimeValid } from '../domain/series.js';

/**
 * Creating an arena of any kind with its sessions, in one transaction (the series and courses
 * shape their input into this; the outreach parts may too). Checks the area, each session's times
 * and that no two sessions overlap before anything is written.
 */
export interface NewSession {
  startsAt: Date;
  endsAt: Date;
  title?: string;
  location?: string;
  agenda: ArenaAgendaItem[];
}

export interface NewArena {
  kind: ArenaKind;
  title: string;
  description?: string;
  location?: string;
  capacity?: number | null;
  signupDeadline?: string | null;
  municipalityNumbers: string[];
  countyNumber?: string;
  status?: 'draft' | 'open';
  settings: Record<string, unknown>;
}

/** The sessions' own checks: at least one, each a valid span, none overlapping another. */
export function checkSessions(sessions: readonly NewSession[]): void {
  if (sessions.length === 0) throw new AppError('ARENA_SESSIONS_MISSING');
  const bad = sessions.findIndex((s) => !sessionTimeValid(s));
  if (bad !== -1) throw new AppError('ARENA_SESSION_TIME_INVALID', { session: bad + 1 });
  const overlap = findOverlap(sessions);
  if (overlap) throw new AppError('ARENA_SESSIONS_OVERLAP', { sessions: [overlap[0] + 1, overlap[1] + 1] });
}

/** Writes the arena and its sessions (ordinals in time order); returns the arena's id. */
export async function insertArena(tx: Tx, ctx: ArenaCtx, input: NewArena, sessions: readonly NewSession[]): Promise<string> {
  const area = normaliseArea(input.municipalityNumbers, input.countyNumber);
  if (!area.ok) throw new AppError('ARENA_AREA_INVALID');
  checkSessions(sessions);
  const now = ctx.clock.now();
  const arena = await tx
    .insertInto('arena')
    .values({
      kind: input.kind,
      title: input.title.trim(),
      description: input.description?.trim() ?? '',
      organiser_user_id: ctx.actor.userId,
      host_organisation_id: ctx.actor.organisationId,
      municipality_numbers: area.municipalities,
      county_number: area.county,
      location: input.location?.trim() ?? '',
      capacity: input.capacity ?? null,
      signup_deadline: input.signupDeadline ?? null,
      status: input.status ?? 'open',
      settings: JSON.stringify(input.settings),
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  await tx
    .insertInto('arena_session')
    .values(
      ordered.map((s, i) => ({
        arena_id: arena.id,
        ordinal: i + 1,
        starts_at: s.startsAt,
        ends_at: s.endsAt,
        title: s.title?.trim() ?? '',
        location: s.location?.trim() ?? '',
        agenda: JSON.stringify(s.agenda),
        created_at: now,
      })),
    )
    .execute();
  await auditArena(tx, ctx, { action: 'create', objectType: 'arena', objectId: arena.id, detail: { kind: input.kind, sessions: sessions.length } });
  return arena.id;
}

/** Creates the arena in its own transaction, for a creator role; `after` adds kind-specific rows in the same transaction. */
export async function createArena(db: Db, ctx: ArenaCtx, input: NewArena, sessions: readonly NewSession[], after?: (tx: Tx, arenaId: string) => Promise<void>): Promise<string> {
  requireCreator(ctx.actor);
  if (input.title.trim() === '') throw new AppError('VALIDATION_FAILED', [{ field: 'body.title', message: 'empty' }]);
  return db.transaction().execute(async (tx) => {
    const id = await insertArena(tx, ctx, input, sessions);
    if (after) await after(tx, id);
    return id;
  });
}
