/**
 * Who takes part in case slots: the adviser who booked them (the arena's organiser) and the one
 * GP they are with (its only participant). Nobody else, admins included: the slots list sick-leave
 * cases, and an admin is no clinician. A case may be listed only when both the adviser and the GP
 * may see it, by the platform's one access rule (platform/access/citizen-access.ts).
 */
import type { Actor } from '../../../platform/access/actor.js';
import { decideCitizenAccess } from '../../../platform/access/citizen-access.js';
import { loadCitizenFacts } from '../../../platform/access/citizen-facts.js';
import { AppError } from '../../../platform/errors.js';
import { loadActor } from '../../../platform/session/session-store.js';
import { loadArena } from '../access.js';
import type { ArenaRow, Db, Executor } from '../visits/outreach-access.js';

export type SlotStanding = 'adviser' | 'gp';

export async function loadCaseSlots(db: Executor, arenaId: string): Promise<ArenaRow> {
  const arena = await loadArena(db, arenaId);
  if (arena.kind !== 'case_slots') throw new AppError('ARENA_NOT_CASE_SLOTS');
  return arena;
}

/** The GP's user id, from the arena's settings (also their participant row). */
export function gpUserIdOf(arena: ArenaRow): string {
  const id = arena.settings.gpUserId;
  if (typeof id !== 'string') throw new AppError('ARENA_SETTINGS_INVALID', { field: 'gpUserId' });
  return id;
}

export function slotStanding(actor: Actor, arena: ArenaRow): SlotStanding | null {
  if (arena.organiser_user_id === actor.userId) return 'adviser';
  if (gpUserIdOf(arena) === actor.userId && actor.role === 'gp') return 'gp';
  return null;
}

export function requireSlotStanding(actor: Actor, arena: ArenaRow): SlotStanding {
  const standing = slotStanding(actor, arena);
  if (!standing) throw new AppError('ARENA_NOT_VISIBLE');
  return standing;
}

export function requireSlotAdviser(actor: Actor, arena: ArenaRow): void {
  if (slotStanding(actor, arena) !== 'adviser') throw new AppError('ARENA_NOT_ORGANISER');
}

/** Whether the slots' GP may see this citizen now (the GP's own actor, the same rule as everywhere). */
export async function gpMaySee(db: Db, arena: ArenaRow, citizenId: string): Promise<boolean> {
  const [gp, facts] = await Promise.all([loadActor(db, gpUserIdOf(arena)), loadCitizenFacts(db, citizenId)]);
  if (!gp || !facts) return false;
  return decideCitizenAccess(gp, 'citizen.read', facts).allowed;
}
