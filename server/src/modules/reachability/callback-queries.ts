import type { Kysely, Transaction } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen, purposeOf } from '../../platform/access/guard.js';
import { recordAudit, recordSubjectSet, type AuditContext } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { loadCase } from '../sickleave/case-rows.js';
import { callableFrom, compareQueue, OPEN_STATUSES } from './domain/callback.js';
import { areaOf, onCallAt, type Area } from './physicians.js';
import { PHYSICIAN_ROLES } from './policies.js';

type Db = Kysely<Database> | Transaction<Database>;
type Ctx = AuditContext & { actor: Actor };
const iso = (value: Date | string) => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null) => (value ? iso(value) : null);

function requestQuery(db: Db) {
  return db
    .selectFrom('callback_request as r')
    .innerJoin('citizen as c', 'c.id', 'r.citizen_id')
    .innerJoin('person as rp', 'rp.id', 'r.requester_person_id')
    .leftJoin('organisation as go', 'go.id', 'r.gp_office_id')
    .leftJoin('organisation as nav', 'nav.id', 'r.nav_office_id')
    .leftJoin('app_user as cu', 'cu.id', 'r.claimed_by')
    .leftJoin('person as cp', 'cp.id', 'cu.person_id')
    .selectAll('r')
    .select([
      'c.given_name as citizen_given',
      'c.family_name as citizen_family',
      'c.protection',
      'c.shielded',
      'rp.given_name as requester_given',
      'rp.family_name as requester_family',
      'go.name as gp_office_name',
      'nav.name as nav_office_name',
      'cp.given_name as claimer_given',
      'cp.family_name as claimer_family',
    ]);
}
export type RequestRow = Awaited<ReturnType<ReturnType<typeof requestQuery>['execute']>>[number];

export async function loadRequest(db: Db, id: string): Promise<RequestRow | undefined> {
  return requestQuery(db).where('r.id', '=', id).executeTakeFirst();
}

/**
 * Advisory physicians are not granted the patient by the case rules; a call-back is the GP
 * consulting them, so they see whom it is about, except a person whose address is strictly
 * confidential or who is shielded, unless they hold that grant.
 */
function citizenNameFor(actor: Actor, row: RequestRow): string | null {
  if (PHYSICIAN_ROLES.has(actor.role)) {
    if (row.shielded && !actor.grants.has('shielded')) return null;
    if (row.protection === 'strengt_fortrolig' && !actor.grants.has('protected_address')) return null;
  }
  return personName(row.citizen_given, row.citizen_family);
}

async function historyOf(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, { status: RequestRow['status']; at: string; by: string | null }[]>();
  const rows = await db
    .selectFrom('callback_request_event as e')
    .leftJoin('app_user as u', 'u.id', 'e.by_user_id')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('e.request_id', 'in', ids)
    .select(['e.request_id', 'e.status', 'e.at', 'p.given_name', 'p.family_name'])
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  const byRequest = new Map<string, { status: RequestRow['status']; at: string; by: string | null }[]>();
  for (const r of rows) {
    const list = byRequest.get(r.request_id) ?? [];
    list.push({ status: r.status, at: iso(r.at), by: r.given_name || r.family_name ? personName(r.given_name, r.family_name) : null });
    byRequest.set(r.request_id, list);
  }
  return byRequest;
}

export async function toViews(db: Db, actor: Actor, rows: RequestRow[]) {
  const history = await historyOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    caseId: r.case_id,
    citizen: { id: r.citizen_id, name: citizenNameFor(actor, r) },
    requester: { userId: r.requested_by, name: personName(r.requester_given, r.requester_family), officeName: r.gp_office_name },
    phone: r.phone,
    reason: r.reason,
    urgency: r.urgency,
    preferredTimes: r.preferred_times,
    preferredNote: r.preferred_note,
    status: r.status,
    claimedBy: r.claimed_by ? { userId: r.claimed_by, name: personName(r.claimer_given, r.claimer_family) } : null,
    claimedAt: isoOrNull(r.claimed_at),
    outcome: r.outcome,
    noAnswerCount: r.no_answer_count,
    county: r.county,
    navOffice: r.nav_office_id ? { id: r.nav_office_id, name: r.nav_office_name ?? '' } : null,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
    closedAt: isoOrNull(r.closed_at),
    history: history.get(r.id) ?? [],
  }));
}
export type CallbackViewDto = Awaited<ReturnType<typeof toViews>>[number];

export const serves = (area: Area, row: Pick<RequestRow, 'county' | 'nav_office_id'>) =>
  (area.county !== null && row.county === area.county) || (row.nav_office_id !== null && area.navOfficeIds.includes(row.nav_office_id));

/**
 * Who may see or act on one request: the GP who asked; a GP or NAV adviser who may see the
 * patient (the platform's guard, which audits a denial); a physician serving the request's area.
 */
export async function authorizeRequest(db: Db, ctx: Ctx, row: RequestRow): Promise<void> {
  const { actor } = ctx;
  if (actor.role === 'gp' && row.requested_by === actor.userId) return;
  if (PHYSICIAN_ROLES.has(actor.role)) {
    if (serves(await areaOf(db, actor.personId), row)) return;
    await recordAudit(db, ctx, {
      action: 'read',
      outcome: 'denied',
      citizenId: row.citizen_id,
      objectType: 'callback_request',
      objectId: row.id,
      purpose: purposeOf(actor),
      detail: { reason: 'ACCESS_DENIED_NO_RELATIONSHIP' },
    });
    throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  }
  if (actor.role === 'gp' || actor.role === 'nav_adviser' || actor.role === 'nav_manager') {
    await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'callback_request');
    return;
  }
  throw new AppError('ACCESS_DENIED_ROLE');
}

export async function getRequest(db: Kysely<Database>, ctx: Ctx, id: string) {
  const row = await loadRequest(db, id);
  if (!row) throw new AppError('CALLBACK_NOT_FOUND');
  await authorizeRequest(db, ctx, row);
  await recordAudit(db, ctx, { action: 'read', citizenId: row.citizen_id, objectType: 'callback_request', objectId: id, purpose: purposeOf(ctx.actor) });
  const [view] = await toViews(db, ctx.actor, [row]);
  return view!;
}

/** A list read is one audit entry naming everyone shown. */
async function auditList(db: Kysely<Database>, ctx: Ctx, rows: RequestRow[]) {
  const citizenIds = [...new Set(rows.map((r) => r.citizen_id))];
  if (citizenIds.length === 0) return;
  const subjectSetId = await recordSubjectSet(db, citizenIds);
  await recordAudit(db, ctx, { action: 'list', subjectSetId, objectType: 'callback_request', purpose: purposeOf(ctx.actor), detail: { rows: rows.length } });
}

/** The GP's own requests, newest first. */
export async function myRequests(db: Kysely<Database>, ctx: Ctx) {
  const rows = await requestQuery(db).where('r.requested_by', '=', ctx.actor.userId).orderBy('r.created_at', 'desc').limit(100).execute();
  await auditList(db, ctx, rows);
  return toViews(db, ctx.actor, rows);
}

/** The requests about one case, for those who may see the case. */
export async function caseRequests(db: Kysely<Database>, ctx: Ctx, caseId: string) {
  const row = await loadCase(db, caseId);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'callback_request');
  const rows = await requestQuery(db).where('r.case_id', '=', caseId).orderBy('r.created_at', 'desc').execute();
  if (rows.length > 0) await recordAudit(db, ctx, { action: 'list', citizenId: row.citizen_id, objectType: 'callback_request', objectId: caseId, purpose: purposeOf(ctx.actor) });
  return toViews(db, ctx.actor, rows);
}

/**
 * The physicians' queue: the open requests of their area (county and NAV offices), most urgent
 * first, then the soonest callable, then the oldest; with who of the area is on call now.
 */
export async function queue(db: Kysely<Database>, ctx: Ctx) {
  const now = ctx.clock.now();
  const area = await areaOf(db, ctx.actor.personId);
  const inArea = area.county !== null || area.navOfficeIds.length > 0;
  const rows = inArea
    ? await requestQuery(db)
        .where('r.status', 'in', OPEN_STATUSES)
        .where((eb) =>
          eb.or([
            ...(area.county ? [eb('r.county', '=', area.county)] : []),
            ...(area.navOfficeIds.length ? [eb('r.nav_office_id', 'in', area.navOfficeIds)] : []),
          ]),
        )
        .limit(500)
        .execute()
    : [];
  rows.sort((a, b) => compareQueue(now)(entryOf(a), entryOf(b)));
  await auditList(db, ctx, rows);
  const [views, onCall, offices] = await Promise.all([
    toViews(db, ctx.actor, rows),
    inArea ? onCallAt(db, now, { county: area.county }) : [],
    area.navOfficeIds.length ? db.selectFrom('organisation').where('id', 'in', area.navOfficeIds).select(['id', 'name']).orderBy('name').execute() : [],
  ]);
  return {
    items: views.map((v, i) => ({ ...v, callableFrom: new Date(callableFrom(rows[i]!.preferred_times, now)).toISOString() })),
    onCall,
    youAreOnCall: onCall.some((o) => o.personId === ctx.actor.personId),
    area: { county: area.county, navOffices: offices },
  };
}

const entryOf = (r: RequestRow) => ({ urgency: r.urgency, preferredTimes: r.preferred_times, createdAt: new Date(r.created_at) });
