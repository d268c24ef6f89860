import type { Static } from '@sinclair/typebox';
import { AppError } from '../../../platform/errors.js';
import type { Role } from '../../../platform/access/roles.js';
import { CREATOR_ROLES, minutesBetween, type ArenaCtx, type Db } from '../access.js';
import { checkSessions, createArena, type NewSession } from '../core/create.js';
import { agendaProblem, sessionAgenda, withNavMeasures } from '../domain/agenda.js';
import { generateSeries } from '../domain/series.js';
import { DEFAULT_FEE, DEFAULT_REMINDER_HOURS, type SeriesSettings } from '../domain/settings.js';
import type { CreateSeriesBody } from '../schemas.js';

/**
 * A small-group series (Fredrikstad, report 001 §4): sessions from a rule (or listed), at most
 * `capacity` GPs (10 by default), the agenda template copied into every session with the guests
 * taking turns, and — when named — the municipal physician as co-organiser, through whom the
 * invitations go. One transaction.
 */
export type CreateSeriesInput = Static<typeof CreateSeriesBody>;
export const DEFAULT_SERIES_CAPACITY = 10;

function plannedSessions(input: CreateSeriesInput): Array<{ startsAt: Date; endsAt: Date; title?: string; location?: string; agenda?: NewSession['agenda'] }> {
  if (input.rule && input.sessions?.length) throw new AppError('ARENA_SETTINGS_INVALID', { field: 'rule', reason: 'give either a rule or sessions' });
  if (input.rule) {
    const result = generateSeries({ ...input.rule, holidays: input.holidays ?? 'move' });
    if (!result.ok) {
      const { code, ...details } = result.problem;
      throw new AppError(code, code === 'ARENA_SESSIONS_OVERLAP' ? { sessions: [(details as { first: number }).first, (details as { second: number }).second] } : details);
    }
    return result.sessions;
  }
  return (input.sessions ?? []).map((s) => ({ ...s, startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }));
}

export async function createSeries(db: Db, ctx: ArenaCtx, input: CreateSeriesInput): Promise<string> {
  const template = withNavMeasures(input.agendaTemplate ?? []);
  const guests = input.guests ?? [];
  const sessions: NewSession[] = plannedSessions(input).map((s, i) => ({ ...s, agenda: s.agenda ?? sessionAgenda(template, guests, i + 1) }));
  checkSessions(sessions);
  for (const s of sessions) {
    const problem = agendaProblem(s.agenda, minutesBetween(s.startsAt, s.endsAt), true);
    if (problem) throw new AppError(problem);
  }
  const settings: SeriesSettings = {
    holidays: input.holidays ?? 'move',
    fee: input.fee ?? DEFAULT_FEE,
    agendaTemplate: template,
    guests,
    reminderHours: input.reminderHours ?? DEFAULT_REMINDER_HOURS,
    rule: input.rule ? { ...input.rule } : null,
  };
  return createArena(
    db,
    ctx,
    {
      kind: 'small_group_series',
      title: input.title,
      description: input.description,
      location: input.location,
      capacity: input.capacity === undefined ? DEFAULT_SERIES_CAPACITY : input.capacity,
      signupDeadline: input.signupDeadline ?? null,
      municipalityNumbers: input.municipalityNumbers,
      countyNumber: input.countyNumber,
      status: input.status,
      settings: settings as unknown as Record<string, unknown>,
    },
    sessions,
    async (tx, arenaId) => {
      if (!input.municipalPhysicianUserId) return;
      const user = await tx.selectFrom('app_user').where('id', '=', input.municipalPhysicianUserId).where('active', '=', true).select(['id', 'role', 'organisation_id']).executeTakeFirst();
      if (!user || user.role !== 'municipal_physician' || !CREATOR_ROLES.has(user.role as Role)) throw new AppError('ARENA_USER_INVALID', { field: 'municipalPhysicianUserId' });
      const now = ctx.clock.now();
      const org = user.organisation_id ? await tx.selectFrom('organisation').where('id', '=', user.organisation_id).select('municipality_number').executeTakeFirst() : undefined;
      await tx
        .insertInto('arena_participant')
        .values({ arena_id: arenaId, user_id: user.id, part: 'co_organiser', status: 'signed_up', organisation_id: user.organisation_id, municipality_number: org?.municipality_number ?? null, signed_up_at: now, updated_at: now })
        .execute();
    },
  );
}
