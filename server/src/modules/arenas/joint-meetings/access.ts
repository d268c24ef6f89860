/**
 * How an actor stands to a joint meeting or meeting place: the arenas core decides it
 * (arenas/access.ts, ADR 0006 "Core") — organisers manage; participants and staff of the area see
 * it unless it is a draft; admins see all. Here only what is particular to these two kinds.
 */
import type { Actor } from '../../../platform/access/actor.js';
import { AppError } from '../../../platform/errors.js';
import { arenaStanding, loadArena, type ArenaRow, type Executor, type Standing } from '../access.js';

export const JOINT_KINDS: readonly string[] = ['joint_meeting', 'meeting_place'];

/** The joint meeting or meeting place; another kind of arena is refused as not one. */
export async function loadJointMeeting(db: Executor, arenaId: string): Promise<ArenaRow> {
  const arena = await loadArena(db, arenaId);
  if (!JOINT_KINDS.includes(arena.kind)) throw new AppError('ARENA_NOT_A_JOINT_MEETING');
  return arena;
}

export async function requireVisibleJoint(db: Executor, actor: Actor, arena: ArenaRow): Promise<Standing> {
  const standing = await arenaStanding(db, actor, arena);
  if (!standing.canSee) throw new AppError('ARENA_NOT_VISIBLE');
  return standing;
}

export async function requireJointManager(db: Executor, actor: Actor, arena: ArenaRow): Promise<Standing> {
  const standing = await arenaStanding(db, actor, arena);
  if (!standing.manager) throw new AppError('ARENA_NOT_ORGANISER');
  return standing;
}

/** Nothing but reading once an arena is cancelled or completed. */
export function requireJointOpen(arena: ArenaRow): void {
  if (arena.status === 'cancelled') throw new AppError('ARENA_CANCELLED');
  if (arena.status === 'completed') throw new AppError('ARENA_STATUS_INVALID', { status: arena.status });
}
