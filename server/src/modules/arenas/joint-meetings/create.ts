/**
 * Setting up an annual joint meeting or a PKO-NAV meeting place (issue 10 point 4; report 000,
 * Ytre Søre Sunnmøre): an arena of kind 'joint_meeting' or 'meeting_place' with its sessions,
 * whether evening slots are allowed, and whether it counts towards GP specialisation.
 */
import { AppError } from '../../../platform/errors.js';
import { requireCreator } from '../access.js';
import { auditArena, refuse, type Db, type OutreachCtx } from '../visits/outreach-access.js';
import { loadJointMeeting, requireJointManager, requireJointOpen } from './access.js';
import { checkSessions, jointMeetingSettings, type JointMeetingSettings } from './domain/sessions.js';
import { addSessions } from './session-rows.js';

export interface SessionInput {
  startsAt: string;
  endsAt: string;
  title?: string;
  location?: string;
}

export interface JointMeetingInput {
  kind: 'joint_meeting' | 'meeting_place';
  title: string;
  description?: string;
  municipalityNumbers: string[];
  countyNumber?: string;
  hostOrganisationId?: string | null;
  location?: string;
  capacity?: number | null;
  signupDeadline?: string | null;
  eveningSlots?: boolean;
  countsTowardsSpecialisation?: boolean;
  specialisationNote?: string;
  sessions: SessionInput[];
}

const times = (s: SessionInput) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) });

function areaOf(input: Pick<JointMeetingInput, 'municipalityNumbers' | 'countyNumber'>) {
  const numbers = [...new Set(input.municipalityNumbers)];
  const county = input.countyNumber ?? numbers[0]?.slice(0, 2);
  if (!county || numbers.some((n) => !n.startsWith(county))) throw new AppError('ARENA_AREA_INVALID');
  return { numbers, county };
}

export async function createJointMeeting(db: Db, ctx: OutreachCtx, input: JointMeetingInput): Promise<{ id: string }> {
  requireCreator(ctx.actor);
  const { numbers, county } = areaOf(input);
  const settings: JointMeetingSettings = {
    eveningSlots: input.eveningSlots ?? false,
    countsTowardsSpecialisation: input.countsTowardsSpecialisation ?? false,
    specialisationNote: input.specialisationNote?.trim() ?? '',
  };
  const sessions = input.sessions.map(times);
  const problem = checkSessions(sessions, settings);
  if (problem) refuse(problem);
  const host = input.hostOrganisationId ?? ctx.actor.organisationId;
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const arena = await tx
      .insertInto('arena')
      .values({
        kind: input.kind,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        organiser_user_id: ctx.actor.userId,
        host_organisation_id: host,
        municipality_numbers: numbers,
        county_number: county,
        location: input.location?.trim() ?? '',
        capacity: input.capacity ?? null,
        // `as never`: schema-arenas.ts types this column as Nullable<Timestamp>, a ColumnType inside a ColumnType.
        signup_deadline: (input.signupDeadline ? new Date(input.signupDeadline) : null) as never,
        status: 'open',
        settings: JSON.stringify(settings),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await addSessions(tx, arena.id, sessions.map((s) => ({ ...s, location: s.location ?? input.location })), now);
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena', objectId: arena.id, detail: { kind: input.kind, sessions: sessions.length } });
    return { id: arena.id };
  });
}

/** Adds a session; it may not overlap the arena's planned sessions, nor be in the evening unless allowed. */
export async function addJointSession(db: Db, ctx: OutreachCtx, arenaId: string, input: SessionInput): Promise<{ id: string }> {
  const arena = await loadJointMeeting(db, arenaId);
  await requireJointManager(db, ctx.actor, arena);
  requireJointOpen(arena);
  const existing = await db.selectFrom('arena_session').where('arena_id', '=', arenaId).where('status', '!=', 'cancelled').select(['starts_at', 'ends_at']).execute();
  const candidate = times(input);
  // The new session is checked with the others; its index in the problem is the last one.
  const problem = checkSessions([...existing.map((s) => ({ startsAt: s.starts_at, endsAt: s.ends_at })), candidate], jointMeetingSettings(arena.settings));
  if (problem) refuse(problem);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const [id] = await addSessions(tx, arenaId, [{ ...candidate, location: input.location ?? arena.location }], now);
    await tx.updateTable('arena').set({ updated_at: now, version: arena.version + 1 }).where('id', '=', arenaId).execute();
    await auditArena(tx, ctx, { action: 'create', objectType: 'arena_session', objectId: id!, detail: { arenaId } });
    return { id: id! };
  });
}

/** Changes the evening and specialisation settings; forbidding evenings is refused while an evening session is planned. */
export async function updateJointSettings(db: Db, ctx: OutreachCtx, arenaId: string, changes: Partial<JointMeetingSettings>) {
  const arena = await loadJointMeeting(db, arenaId);
  await requireJointManager(db, ctx.actor, arena);
  requireJointOpen(arena);
  const next = { ...jointMeetingSettings(arena.settings), ...changes };
  if (changes.specialisationNote !== undefined) next.specialisationNote = changes.specialisationNote.trim();
  if (!next.eveningSlots) {
    const planned = await db.selectFrom('arena_session').where('arena_id', '=', arenaId).where('status', '=', 'planned').select(['starts_at', 'ends_at']).execute();
    const problem = checkSessions(planned.map((s) => ({ startsAt: s.starts_at, endsAt: s.ends_at })), { eveningSlots: false });
    if (problem?.code === 'ARENA_EVENING_NOT_ALLOWED') refuse(problem);
  }
  const now = ctx.clock.now();
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('arena')
      .set({ settings: JSON.stringify({ ...arena.settings, ...next }), version: arena.version + 1, updated_at: now })
      .where('id', '=', arenaId)
      .execute();
    await auditArena(tx, ctx, { action: 'update', objectType: 'arena', objectId: arenaId, detail: { settings: Object.keys(changes) } });
  });
  return next;
}
