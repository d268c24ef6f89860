import type { Kysely, Transaction, Updateable } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { authorizeCitizen, purposeOf } from '../../platform/access/guard.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/schema.js';
import { isUniqueViolation } from '../../platform/db/errors.js';
import { AppError } from '../../platform/errors.js';
import { notify } from '../../platform/notify/notify.js';
import type { LocalisedText } from '../../platform/notify/preferences.js';
import { loadCase } from '../sickleave/case-rows.js';
import { preferredTimesProblem, transition, type CallbackAction } from './domain/callback.js';
import { normaliseNorwegianPhone } from './domain/phone.js';
import { authorizeRequest, loadRequest, toViews, type CallbackViewDto, type RequestRow } from './callback-queries.js';
import { countyOfNavOffice, onCallAt } from './physicians.js';
import { requireGp, requirePhysician } from './policies.js';
import type { CallbackInputDto } from './schemas.js';

type Db = Kysely<Database>;
type Tx = Transaction<Database>;
export type CallbackCtx = AuditContext & { actor: Actor; config: Pick<Config, 'publicUrl'> };

/**
 * The texts the GP (or the physician) is told. They say what happened to "your request", never
 * what it is about or whom: the reason may hold health data and stays inside the request.
 */
const MESSAGES: Record<Exclude<CallbackAction, 'cancel'> | 'created' | 'cancelled', { title: LocalisedText; body: LocalisedText }> = {
  created: {
    title: { nb: 'Ny forespørsel om å bli ringt opp', en: 'New call-back request' },
    body: { nb: 'En fastlege ber om å bli ringt opp av en rådgivende lege. Se ringelisten.', en: 'A GP asks to be called back by an advisory physician. See the call list.' },
  },
  claim: {
    title: { nb: 'En rådgivende lege har tatt forespørselen din', en: 'An advisory physician has taken your request' },
    body: { nb: 'Du blir ringt opp på nummeret du oppga.', en: 'You will be called on the number you gave.' },
  },
  complete: {
    title: { nb: 'Du er ringt opp av rådgivende lege', en: 'You have been called back by an advisory physician' },
    body: { nb: 'Forespørselen om å bli ringt opp er fullført.', en: 'The call-back request is completed.' },
  },
  no_answer: {
    title: { nb: 'Rådgivende lege fikk ikke svar', en: 'The advisory physician got no answer' },
    body: { nb: 'Forespørselen står i ringelisten igjen, og en rådgivende lege prøver på nytt.', en: 'The request is back on the call list, and an advisory physician will try again.' },
  },
  cancelled: {
    title: { nb: 'En forespørsel om å bli ringt opp er trukket', en: 'A call-back request was withdrawn' },
    body: { nb: 'Fastlegen har trukket forespørselen du hadde tatt.', en: 'The GP has withdrawn the request you had taken.' },
  },
};

async function viewOf(tx: Tx, actor: Actor, id: string): Promise<CallbackViewDto> {
  const row = await loadRequest(tx, id);
  const [view] = await toViews(tx, actor, [row!]);
  return view!;
}

async function userIdsOf(tx: Tx, personIds: string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const users = await tx.selectFrom('app_user').where('person_id', 'in', personIds).where('role', 'in', ['advisory_physician', 'coordinating_physician']).where('active', '=', true).select('id').execute();
  return users.map((u) => u.id);
}

/**
 * A GP asks to be called back about a case they may see. With an Idempotency-Key, the same key
 * from the same user gives back the first answer (status 200) instead of a second request.
 */
export async function createCallback(db: Db, ctx: CallbackCtx, caseId: string, input: CallbackInputDto, idempotencyKey: string | undefined): Promise<{ created: boolean; body: CallbackViewDto }> {
  requireGp(ctx.actor);
  const replay = async () => {
    if (!idempotencyKey) return null;
    const earlier = await db.selectFrom('callback_request').where('requested_by', '=', ctx.actor.userId).where('idempotency_key', '=', idempotencyKey).select('created_response').executeTakeFirst();
    return earlier ? { created: false, body: earlier.created_response as CallbackViewDto } : null;
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const row = await loadCase(db, caseId);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  await authorizeCitizen(db, ctx, row.citizen_id, 'citizen.read', 'callback_request');
  if (!ctx.actor.personId) throw new AppError('ACCESS_DENIED_NO_RELATIONSHIP');
  const reason = input.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', [{ field: 'body.reason', rule: 'minLength', message: 'reason must not be blank' }]);
  const phone = normaliseNorwegianPhone(input.phone);
  if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
  const now = ctx.clock.now();
  const preferredTimes = (input.preferredTimes ?? []).map((t) => ({ from: new Date(t.from).toISOString(), to: new Date(t.to).toISOString() }));
  const timeProblem = preferredTimesProblem(preferredTimes, now);
  if (timeProblem) throw new AppError(timeProblem, { field: 'preferredTimes' });
  const county = await countyOfNavOffice(db, row.nav_office_id);

  try {
    return await db.transaction().execute(async (tx) => {
      const { id } = await tx
        .insertInto('callback_request')
        .values({
          case_id: caseId,
          citizen_id: row.citizen_id,
          nav_office_id: row.nav_office_id,
          county,
          requested_by: ctx.actor.userId,
          requester_person_id: ctx.actor.personId!,
          gp_office_id: ctx.actor.organisationKind === 'gp_office' ? ctx.actor.organisationId : null,
          reason,
          urgency: input.urgency,
          preferred_times: JSON.stringify(preferredTimes),
          preferred_note: input.preferredNote?.trim() || null,
          phone,
          idempotency_key: idempotencyKey ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx.insertInto('callback_request_event').values({ request_id: id, status: 'requested', at: now, by_user_id: ctx.actor.userId }).execute();
      await recordAudit(tx, ctx, { action: 'create', citizenId: row.citizen_id, objectType: 'callback_request', objectId: id, purpose: purposeOf(ctx.actor), detail: { caseId, urgency: input.urgency } });
      const body = await viewOf(tx, ctx.actor, id);
      if (idempotencyKey) await tx.updateTable('callback_request').set({ created_response: JSON.stringify(body) }).where('id', '=', id).execute();
      // Those on call for the area hear of it at once; the others see it in the queue.
      const onCall = await onCallAt(tx, now, { county, navOfficeId: row.nav_office_id });
      const recipients = await userIdsOf(tx, [...new Set(onCall.map((o) => o.personId))]);
      await notify(tx, ctx.clock, { userIds: recipients, event: 'callback_update', ...MESSAGES.created, link: '/ringeliste' }, ctx.config);
      return { created: true, body };
    });
  } catch (error) {
    // The same key sent twice at once: the first insert won; answer with its result.
    if (idempotencyKey && isUniqueViolation(error)) {
      const first = await replay();
      if (first) return first;
    }
    throw error;
  }
}

/** Why a conditional update changed nothing, as the error the caller should get. */
function refusal(action: CallbackAction, row: RequestRow, actor: Actor): AppError {
  if (action === 'claim' && row.status === 'claimed') return new AppError('CALLBACK_ALREADY_CLAIMED', { claimedBy: row.claimed_by });
  if ((action === 'complete' || action === 'no_answer') && row.status === 'claimed' && row.claimed_by !== actor.userId) return new AppError('CALLBACK_NOT_YOURS');
  return new AppError('CALLBACK_STATE_INVALID', { status: row.status });
}

/**
 * One state change, race-safe: the UPDATE names the states it may leave (and, for the outcome,
 * the physician who claimed it), so of two physicians claiming at once exactly one changes a row.
 */
async function change(db: Db, ctx: CallbackCtx, id: string, action: CallbackAction, extra: { outcome?: string } = {}): Promise<CallbackViewDto> {
  const before = await loadRequest(db, id);
  if (!before) throw new AppError('CALLBACK_NOT_FOUND');
  await authorizeRequest(db, ctx, before);
  const { actor } = ctx;
  const { from, to } = transition(action);
  const now = ctx.clock.now();
  return db.transaction().execute(async (tx) => {
    const set: Updateable<Database['callback_request']> = { status: to, updated_at: now };
    if (action === 'claim') Object.assign(set, { claimed_by: actor.userId, claimed_at: now });
    if (action === 'complete') Object.assign(set, { outcome: extra.outcome, closed_at: now });
    // No answer: back in the queue for anyone to retry.
    if (action === 'no_answer') Object.assign(set, { claimed_by: null, claimed_at: null, no_answer_count: before.no_answer_count + 1 });
    if (action === 'cancel') Object.assign(set, { closed_at: now });
    let update = tx.updateTable('callback_request').set(set).where('id', '=', id).where('status', 'in', from);
    if (action === 'complete' || action === 'no_answer') update = update.where('claimed_by', '=', actor.userId);
    if (action === 'no_answer') update = update.where('no_answer_count', '=', before.no_answer_count);
    if (action === 'cancel') update = update.where('requested_by', '=', actor.userId);
    const changed = await update.returning(['id']).executeTakeFirst();
    if (!changed) {
      const current = (await loadRequest(tx, id))!;
      // Claiming what you already hold is not an error: a double click, a retried request.
      if (action === 'claim' && current.status === 'claimed' && current.claimed_by === actor.userId) return viewOf(tx, actor, id);
      throw refusal(action, current, actor);
    }
    await tx.insertInto('callback_request_event').values({ request_id: id, status: to, at: now, by_user_id: actor.userId }).execute();
    await recordAudit(tx, ctx, { action: 'update', citizenId: before.citizen_id, objectType: 'callback_request', objectId: id, purpose: purposeOf(actor), detail: { action, status: to } });
    if (action === 'cancel') {
      if (before.claimed_by && before.status === 'claimed') {
        await notify(tx, ctx.clock, { userIds: [before.claimed_by], event: 'callback_update', ...MESSAGES.cancelled, link: '/ringeliste' }, ctx.config);
      }
    } else {
      await notify(tx, ctx.clock, { userIds: [before.requested_by], event: 'callback_update', ...MESSAGES[action], link: `/saker/${before.case_id}` }, ctx.config);
    }
    return viewOf(tx, actor, id);
  });
}

export async function claimCallback(db: Db, ctx: CallbackCtx, id: string) {
  requirePhysician(ctx.actor);
  return change(db, ctx, id, 'claim');
}

export async function completeCallback(db: Db, ctx: CallbackCtx, id: string, outcome: string) {
  requirePhysician(ctx.actor);
  const text = outcome.trim();
  if (!text) throw new AppError('VALIDATION_FAILED', [{ field: 'body.outcome', rule: 'minLength', message: 'outcome must not be blank' }]);
  return change(db, ctx, id, 'complete', { outcome: text });
}

export async function noAnswerCallback(db: Db, ctx: CallbackCtx, id: string) {
  requirePhysician(ctx.actor);
  return change(db, ctx, id, 'no_answer');
}

/** Only the GP who asked may withdraw the request. */
export async function cancelCallback(db: Db, ctx: CallbackCtx, id: string) {
  requireGp(ctx.actor);
  const row = await loadRequest(db, id);
  if (!row) throw new AppError('CALLBACK_NOT_FOUND');
  if (row.requested_by !== ctx.actor.userId) {
    await authorizeRequest(db, ctx, row);
    throw new AppError('ACCESS_DENIED');
  }
  return change(db, ctx, id, 'cancel');
}
