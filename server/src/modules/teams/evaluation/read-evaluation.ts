/**
 * Reading the evaluation (issue 8, point 6): who may, over which teams, and the audit entry. The
 * figures are aggregates with small cells hidden, so they name nobody; the read is still
 * recorded (who looked at or exported which teams' figures, for which period), with no citizen.
 */
import { TZDate } from '@date-fns/tz';
import type { Kysely } from 'kysely';
import type { AnswerCache } from '../../../platform/cache/answer-cache.js';
import type { Actor } from '../../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { buildEvaluation, type Evaluation } from '../domain/evaluation.js';
import { membershipsOf } from '../access.js';
import { evaluationRows, teamsFor } from './queries.js';

export interface EvaluationQuery {
  teamId?: string;
  trialSite?: string;
  /** 'YYYY-MM-DD', Oslo days; referrals made from `from` up to, not including, `to`. */
  from?: string;
  to?: string;
}

type Ctx = AuditContext & { actor: Actor };

/**
 * Project management (admin) sees every team; a team lead the teams they lead; nobody else. A
 * lead who asks for a team they do not lead is refused (whether it exists or not: the answer
 * says nothing about other teams).
 */
async function visibleTeamIds(db: Kysely<Database>, actor: Actor, query: EvaluationQuery): Promise<{ teamIds: string[] | 'all'; scope: Evaluation['scope'] }> {
  if (actor.role === 'admin') {
    if (query.teamId && !(await db.selectFrom('team').where('id', '=', query.teamId).select('id').executeTakeFirst())) throw new AppError('TEAM_NOT_FOUND');
    return { teamIds: 'all', scope: 'all' };
  }
  const led = [...new Set((await membershipsOf(db, actor.userId)).filter((m) => m.role === 'team_lead').map((m) => m.team_id))];
  if (led.length === 0) throw new AppError('TEAM_EVALUATION_FORBIDDEN');
  if (query.teamId && !led.includes(query.teamId)) throw new AppError('TEAM_EVALUATION_FORBIDDEN');
  return { teamIds: led, scope: 'own_teams' };
}

/** Midnight in Oslo of a 'YYYY-MM-DD' day (TZDate reads a date-time string as UTC, so the parts are passed). */
function osloMidnight(day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, date, 'Europe/Oslo').getTime());
}

/**
 * The evaluation for the actor. The figures (aggregates only) may come from `cache`: the same
 * question within a few seconds is answered once, and identical questions arriving together wait
 * for the same answer. Access is decided and the read audited on every request all the same.
 */
export async function readEvaluation(db: Kysely<Database>, ctx: Ctx, query: EvaluationQuery, format: 'json' | 'csv', cache?: AnswerCache<Evaluation>): Promise<Evaluation> {
  if (query.from && query.to && query.from >= query.to) throw new AppError('TEAM_EVALUATION_PERIOD_INVALID');
  const { teamIds, scope } = await visibleTeamIds(db, ctx.actor, query);
  const key = JSON.stringify([teamIds === 'all' ? 'all' : [...teamIds].sort(), query.teamId ?? null, query.trialSite ?? null, query.from ?? null, query.to ?? null]);
  const load = () => computeEvaluation(db, teamIds, scope, query);
  const evaluation = cache ? await cache.get(key, load) : await load();
  await recordAudit(db, ctx, {
    action: 'read',
    objectType: 'team_evaluation',
    objectId: query.teamId ?? null,
    // No purpose fits aggregated statistics exactly; this is the administrative one (no person is shown).
    purpose: 'directory_administration',
    detail: { format, scope, teams: evaluation.groups.filter((g) => g.level === 'team').length, from: query.from ?? null, to: query.to ?? null, trialSite: query.trialSite ?? null },
  });
  return evaluation;
}

async function computeEvaluation(db: Kysely<Database>, teamIds: string[] | 'all', scope: Evaluation['scope'], query: EvaluationQuery): Promise<Evaluation> {
  const teams = await teamsFor(db, { teamIds, teamId: query.teamId, trialSite: query.trialSite });
  const rows = await evaluationRows(db, {
    teamIds: teams.map((t) => t.id),
    from: query.from ? osloMidnight(query.from) : null,
    to: query.to ? osloMidnight(query.to) : null,
  });
  return buildEvaluation({ teams, ...rows, period: { from: query.from ?? null, to: query.to ?? null }, scope });
}
