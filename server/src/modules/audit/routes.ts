import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../platform/http/schema-types.js';
import { concernsCitizen, recordAudit } from '../../platform/audit/audit.js';
import { auditContext, requireActor } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';


const AuditQuery = Type.Object(
  {
    citizenId: Type.Optional(Type.String({ format: 'uuid' })),
    actorUserId: Type.Optional(Type.String({ format: 'uuid' })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    beforeId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  requestId: Nullable(Type.String()),
  actorUserId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  actorRole: Nullable(Type.String()),
  actorOrganisationName: Nullable(Type.String()),
  action: Type.String(),
  outcome: Type.String(),
  citizenId: Nullable(Type.String()),
  /** Set on list reads: everyone the list showed. */
  citizenIds: Nullable(Type.Array(Type.String())),
  citizenName: Nullable(Type.String()),
  objectType: Type.String(),
  objectId: Nullable(Type.String()),
  purpose: Type.String(),
});

/**
 * Audit search for administrators. The log is read-only through the API: there is no route that
 * changes or deletes an entry, and the database refuses UPDATE, DELETE and TRUNCATE on it.
 */
export async function auditRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;

  app.get<{ Querystring: Static<typeof AuditQuery> }>(
    '/api/audit',
    { schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Type.Array(AuditEntry) } } },
    async (request) => {
      const actor = requireActor(request);
      if (actor.role !== 'admin') throw new AppError('ACCESS_DENIED_ROLE');
      const { citizenId, actorUserId, from, to, limit, beforeId } = request.query;
      let qb = db
        .selectFrom('audit_log as a')
        .leftJoin('citizen as c', 'c.id', 'a.citizen_id')
        .leftJoin('audit_subject_set as subjects', 'subjects.id', 'a.subject_set_id')
        .select([
          'a.id',
          'a.at',
          'a.request_id',
          'a.actor_user_id',
          'a.actor_name',
          'a.actor_role',
          'a.actor_org_name',
          'a.action',
          'a.outcome',
          'a.citizen_id',
          'subjects.citizen_ids',
          'c.given_name',
          'c.family_name',
          'a.object_type',
          'a.object_id',
          'a.purpose',
        ])
        .orderBy('a.id', 'desc')
        .limit(limit ?? 200);
      if (citizenId) qb = qb.where(concernsCitizen(citizenId, 'a'));
      if (actorUserId) qb = qb.where('a.actor_user_id', '=', actorUserId);
      if (from) qb = qb.where('a.at', '>=', new Date(from));
      if (to) qb = qb.where('a.at', '<=', new Date(to));
      if (beforeId) qb = qb.where('a.id', '<', String(beforeId));
      const rows = await qb.execute();
      // Reviewing the log is itself recorded: who searched for whom.
      await recordAudit(db, auditContext(request, clock), {
        action: 'search',
        citizenId: citizenId ?? null,
        objectType: 'audit_log',
        purpose: 'audit_review',
        detail: { citizenId, actorUserId, from, to },
      });
      return rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at).toISOString(),
        requestId: r.request_id,
        actorUserId: r.actor_user_id,
        actorName: r.actor_name,
        actorRole: r.actor_role,
        actorOrganisationName: r.actor_org_name,
        action: r.action,
        outcome: r.outcome,
        citizenId: r.citizen_id,
        citizenIds: r.citizen_ids,
        citizenName: r.given_name ? `${r.given_name} ${r.family_name}` : null,
        objectType: r.object_type,
        objectId: r.object_id,
        purpose: r.purpose,
      }));
    },
  );
}
