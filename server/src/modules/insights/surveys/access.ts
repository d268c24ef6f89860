import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';
import type { Role } from '../../../platform/access/roles.js';
import { recordAudit, type AuditAction, type AuditContext } from '../../../platform/audit/audit.js';
import type { Database, SurveyTable } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import type { Clock } from '../../../platform/clock.js';

/**
 * Who may do what with pulse surveys (ADR 0008 "Pulse surveys"): the roles that lead collaboration
 * in an area compose, open and read results; only the survey's maker (or an admin) opens and closes
 * it. Respondents need no role at all — their single-use link is their only credential.
 */
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
export type Executor = Db | Tx;
export type SurveyCtx = AuditContext & { actor: Actor };
export type SurveyRow = Selectable<SurveyTable>;

export const ORGANISER_ROLES: ReadonlySet<Role> = new Set<Role>([
  'advisory_physician',
  'coordinating_physician',
  'nav_manager',
  'municipal_physician',
  'practice_consultant',
  'forum_secretary',
  'admin',
]);

export function requireOrganiser(actor: Actor): void {
  if (!ORGANISER_ROLES.has(actor.role)) throw new AppError('ACCESS_DENIED_ROLE');
}

export const canManage = (actor: Actor, survey: Pick<SurveyRow, 'created_by'>) => actor.role === 'admin' || survey.created_by === actor.userId;

export function requireManager(actor: Actor, survey: Pick<SurveyRow, 'created_by'>): void {
  if (!canManage(actor, survey)) throw new AppError('SURVEY_NOT_YOURS');
}

export async function loadSurvey(db: Executor, id: string): Promise<SurveyRow> {
  const survey = await db.selectFrom('survey').where('id', '=', id).selectAll().executeTakeFirst();
  if (!survey) throw new AppError('SURVEY_NOT_FOUND');
  return survey;
}

/** Today's date in Norway: rounds open and close on days. */
export const todayIn = (clock: Clock) => osloDate(clock.now());

/** Organisers' actions and result reads are audited; what a respondent answered never is (it is not known). */
export function auditSurvey(executor: Executor, ctx: AuditContext, action: AuditAction, objectType: 'survey' | 'survey_results', surveyId: string, detail?: Record<string, unknown>) {
  return recordAudit(executor, ctx, { action, objectType, objectId: surveyId, purpose: 'pulse_survey', ...(detail ? { detail } : {}) });
}
