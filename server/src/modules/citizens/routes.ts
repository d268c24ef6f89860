import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { authorizeCitizen, purposeOf } from '../../platform/access/guard.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { auditContext, requireActor } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { checkIdentityNumber } from '../../platform/identifiers.js';
import * as queries from './queries.js';
import { CitizenDetail, CitizenListQuery, CitizenSummary, LookupHeaders, LookupResult } from './schemas.js';

export async function citizenRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['citizens'];

  app.get<{ Querystring: Static<typeof CitizenListQuery> }>(
    '/api/citizens',
    { schema: { tags, querystring: CitizenListQuery, response: { 200: Type.Array(CitizenSummary) } } },
    async (request) => {
      const actor = requireActor(request);
      const citizens = await queries.listVisibleCitizens(db, actor, request.query.q, request.query.limit ?? 200);
      await recordAudit(
        db,
        auditContext(request, clock),
        citizens.map((c) => ({ action: 'list' as const, citizenId: c.id, objectType: 'citizen', objectId: c.id, purpose: purposeOf(actor) })),
      );
      return citizens;
    },
  );

  // The fødselsnummer comes in a header, so it never lands in URLs, proxies' logs or browser history.
  app.post<{ Headers: Static<typeof LookupHeaders> }>(
    '/api/citizens/lookup',
    { schema: { tags, headers: LookupHeaders, response: { 200: LookupResult } } },
    async (request) => {
      const actor = requireActor(request);
      const raw = request.headers['nav-personident'];
      if (!raw) throw new AppError('FNR_MISSING');
      const check = checkIdentityNumber(raw, { allowSynthetic: config.demoMode });
      if (!check.ok) throw new AppError('FNR_INVALID', { reason: check.reason });
      const id = await queries.findCitizenIdByFnr(db, check.value.fnr);
      if (!id) throw new AppError('CITIZEN_NOT_FOUND');
      const ctx = { ...auditContext(request, clock), actor };
      await authorizeCitizen(db, ctx, id, 'citizen.read', 'citizen');
      await recordAudit(db, ctx, { action: 'search', citizenId: id, objectType: 'citizen', objectId: id, purpose: purposeOf(actor) });
      return { id };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/citizens/:id',
    { schema: { tags, params: Type.Object({ id: Type.String({ format: 'uuid' }) }), response: { 200: CitizenDetail } } },
    async (request) => {
      const actor = requireActor(request);
      const ctx = { ...auditContext(request, clock), actor };
      const decision = await authorizeCitizen(db, ctx, request.params.id, 'citizen.read', 'citizen');
      const citizen = await queries.getCitizen(db, request.params.id, decision.addressVisible);
      await recordAudit(db, ctx, {
        action: 'read',
        citizenId: citizen.id,
        objectType: 'citizen',
        objectId: citizen.id,
        purpose: purposeOf(actor),
        detail: { basis: decision.basis },
      });
      return citizen;
    },
  );
}
