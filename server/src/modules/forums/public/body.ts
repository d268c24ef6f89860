import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import { Nullable } from '../../../platform/http/schema-types.js';
import { osloToday, termIsCurrent } from '../access.js';
import { publishedAnnualDocuments } from '../annual/documents.js';
import { upcomingOpenMeetings } from '../meetings/queries.js';
import { PublicMeetingSchema } from '../meetings/schemas.js';

const PublicForumSchema = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  mandate: Type.String(),
  owner: Type.String(),
  members: Type.Array(Type.Object({ name: Type.String(), represents: Type.String(), region: Nullable(Type.String()), role: Type.String() })),
  annualDocuments: Type.Array(Type.Object({ year: Type.Integer(), kind: Type.String(), text: Type.String(), publishedAt: Type.String() })),
  openMeetings: Type.Array(PublicMeetingSchema),
});

/**
 * What anyone may see of a body without signing in (issue 9): its mandate and owner, who sits in
 * it and whom they represent (a body's legitimacy is that clinicians know who speaks for them),
 * its published annual plans and reports, and its upcoming open thematic meetings.
 */
export async function publicForum(db: Kysely<Database>, slug: string, now: Date, today: string) {
  const body = await db.selectFrom('forum_body').where('slug', '=', slug).where('active', '=', true).select(['id', 'slug', 'name', 'kind', 'mandate', 'owner']).executeTakeFirst();
  if (!body) throw new AppError('FORUM_BODY_NOT_FOUND');
  const [members, annualDocuments, openMeetings] = await Promise.all([
    db.selectFrom('forum_member').where('body_id', '=', body.id).select(['name', 'represents', 'region', 'role', 'term_start', 'term_end']).orderBy('role').orderBy('name').execute(),
    publishedAnnualDocuments(db, body.id),
    upcomingOpenMeetings(db, now, body.id),
  ]);
  return {
    slug: body.slug,
    name: body.name,
    kind: body.kind,
    mandate: body.mandate,
    owner: body.owner,
    members: members.filter((m) => termIsCurrent(m, today)).map((m) => ({ name: m.name, represents: m.represents, region: m.region, role: m.role })),
    annualDocuments,
    openMeetings,
  };
}

export async function publicForumRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  app.get<{ Params: { slug: string } }>(
    '/api/public/forums/:slug',
    {
      config: { access: 'public' },
      schema: { tags: ['forums'], params: Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) }), response: { 200: PublicForumSchema } },
    },
    async (request) => publicForum(db, request.params.slug, clock.now(), osloToday(clock)),
  );
}
