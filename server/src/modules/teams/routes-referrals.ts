import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { ListReadAudit } from '../../platform/audit/audit.js';
import { actorContext } from '../../platform/context.js';
import { idempotencyKeyFrom } from '../dialogue/idempotency.js';
import type { TeamDeps } from './access.js';
import { acceptReferral } from './referrals/accept.js';
import { changeConsent, withdrawConsent } from './referrals/consent-change.js';
import { createReferral } from './referrals/create.js';
import { approveReferral, declineReferral, waitlistReferral, withdrawReferral } from './referrals/decisions.js';
import { referralDraft } from './referrals/draft.js';
import { gpReferrals, intake, markUpdateRead, myTeamCourses, readReferral } from './referrals/reads.js';
import * as S from './referrals/schemas.js';
import { listTeams, memberCandidates, teamDetail } from './referrals/team-view.js';
import { createTeam, requireAdmin, setMembers, updateTeam } from './teams-admin.js';

type Id = { Params: Static<typeof S.IdParams> };

/**
 * Teams, referrals, intake and consent (issue 8; ADR 0004's API contract). Thin: schemas in, one
 * call to a use case, schemas out.
 */
export async function teamReferralRoutes(app: FastifyInstance) {
  const { db, clock, config } = app.platform;
  const tags = ['teams'];
  const listReads = new ListReadAudit(db);
  const depsOf = (request: FastifyRequest): TeamDeps => ({ ...actorContext(request, clock), config });

  // Teams
  app.get('/api/teams', { schema: { tags, response: { 200: Type.Array(S.TeamSummarySchema) } } }, async (request) => listTeams(db, depsOf(request).actor));
  app.get('/api/teams/member-candidates', { schema: { tags, response: { 200: S.CandidatesSchema } } }, async (request) => {
    requireAdmin(depsOf(request).actor);
    return memberCandidates(db);
  });
  app.get<Id>('/api/teams/:id', { schema: { tags, params: S.IdParams, response: { 200: S.TeamDetailSchema } } }, async (request) => teamDetail(db, depsOf(request).actor, request.params.id));
  app.post<{ Body: Static<typeof S.TeamBody> }>('/api/teams', { schema: { tags, body: S.TeamBody, response: { 201: S.TeamDetailSchema } } }, async (request, reply) => {
    const deps = depsOf(request);
    const id = await createTeam(db, deps, request.body);
    return reply.code(201).send(await teamDetail(db, deps.actor, id));
  });
  app.put<Id & { Body: Static<typeof S.TeamBody> }>('/api/teams/:id', { schema: { tags, params: S.IdParams, body: S.TeamBody, response: { 200: S.TeamDetailSchema } } }, async (request) => {
    const deps = depsOf(request);
    await updateTeam(db, deps, request.params.id, request.body);
    return teamDetail(db, deps.actor, request.params.id);
  });
  app.put<Id & { Body: Static<typeof S.MembersBody> }>('/api/teams/:id/members', { schema: { tags, params: S.IdParams, body: S.MembersBody, response: { 200: S.TeamDetailSchema } } }, async (request) => {
    const deps = depsOf(request);
    await setMembers(db, deps, request.params.id, request.body.members);
    return teamDetail(db, deps.actor, request.params.id);
  });

  // Referral
  app.get<{ Querystring: Static<typeof S.DraftQuery> }>('/api/teams/referral-draft', { schema: { tags, querystring: S.DraftQuery, response: { 200: S.DraftSchema } } }, async (request) =>
    referralDraft(db, depsOf(request), request.query.citizenId, request.query.caseId),
  );
  app.post<{ Body: Static<typeof S.ReferralBody> }>(
    '/api/team-referrals',
    { schema: { tags, body: S.ReferralBody, response: { 200: S.ReferralCreatedSchema, 201: S.ReferralCreatedSchema } } },
    async (request, reply) => {
      const key = idempotencyKeyFrom(request.headers['idempotency-key']);
      const created = await createReferral(db, depsOf(request), request.body, key);
      return reply.code(created.replayed ? 200 : 201).send(created);
    },
  );
  app.get<Id>('/api/team-referrals/:id', { schema: { tags, params: S.IdParams, response: { 200: S.ReferralViewSchema } } }, async (request) => readReferral(db, depsOf(request), request.params.id));
  app.post<Id>('/api/team-referrals/:id/gp-approval', { schema: { tags, params: S.IdParams, response: { 200: S.PlacementSchema } } }, async (request) =>
    approveReferral(db, depsOf(request), request.params.id),
  );
  app.post<Id>('/api/team-referrals/:id/withdraw', { schema: { tags, params: S.IdParams, response: { 200: S.PlacementSchema } } }, async (request) => {
    await withdrawReferral(db, depsOf(request), request.params.id);
    return { status: 'withdrawn' as const, waitingPosition: null, expectedStart: null };
  });

  // Intake
  app.get<Id>('/api/teams/:id/intake', { schema: { tags, params: S.IdParams, response: { 200: S.IntakeSchema } } }, async (request) => intake(db, depsOf(request), request.params.id, listReads));
  app.post<Id & { Body: Static<typeof S.AcceptBody> }>('/api/team-referrals/:id/accept', { schema: { tags, params: S.IdParams, body: S.AcceptBody, response: { 201: S.AcceptedSchema } } }, async (request, reply) =>
    reply.code(201).send(await acceptReferral(db, depsOf(request), request.params.id, request.body)),
  );
  app.post<Id & { Body: Static<typeof S.DecisionBody> }>('/api/team-referrals/:id/waitlist', { schema: { tags, params: S.IdParams, body: S.DecisionBody, response: { 200: S.PlacementSchema } } }, async (request) =>
    waitlistReferral(db, depsOf(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof S.DecisionBody> }>('/api/team-referrals/:id/decline', { schema: { tags, params: S.IdParams, body: S.DecisionBody, response: { 200: S.ReferralViewSchema } } }, async (request) => {
    await declineReferral(db, depsOf(request), request.params.id, request.body);
    return readReferral(db, depsOf(request), request.params.id);
  });

  // Consent
  app.put<Id & { Body: Static<typeof S.ConsentBody> }>('/api/team-referrals/:id/consent', { schema: { tags, params: S.IdParams, body: S.ConsentBody, response: { 200: S.ConsentChangedSchema } } }, async (request) =>
    changeConsent(db, depsOf(request), request.params.id, request.body),
  );
  app.post<Id>('/api/team-referrals/:id/consent/withdraw', { schema: { tags, params: S.IdParams, response: { 200: S.ConsentChangedSchema } } }, async (request) =>
    withdrawConsent(db, depsOf(request), request.params.id),
  );

  // The GP's referrals and updates; the person's own
  app.get('/api/gp/team-referrals', { schema: { tags, response: { 200: S.GpReferralsSchema } } }, async (request) => gpReferrals(db, depsOf(request), listReads));
  app.post<Id>('/api/team-updates/:id/read', { schema: { tags, params: S.IdParams, response: { 200: S.ReadSchema } } }, async (request) => markUpdateRead(db, depsOf(request), request.params.id));
  app.get('/api/me/team-courses', { schema: { tags, response: { 200: S.MyCoursesSchema } } }, async (request) => myTeamCourses(db, depsOf(request)));
}
