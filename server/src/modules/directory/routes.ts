import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { actorContext } from '../../platform/context.js';
import * as commands from './commands.js';
import { importOrganisations, importPeople } from './import.js';
import * as queries from './queries.js';
import { DirectorySearchCache } from './search-cache.js';
import {
  ContactRoleInput,
  Created,
  IdParams,
  ImportResult,
  OrganisationInput,
  OrganisationPatch,
  OrgDetail,
  PersonDetail,
  PersonInput,
  PersonPatch,
  PositionInput,
  PositionPatch,
  SearchQuery,
  SearchResult,
} from './schemas.js';

type Id = { Params: Static<typeof IdParams> };

export async function directoryRoutes(app: FastifyInstance) {
  const { db, clock } = app.platform;
  const tags = ['directory'];
  const adminCtx = (request: FastifyRequest) => actorContext(request, clock);
  const searchCache = new DirectorySearchCache(app.platform.config.directoryCacheSeconds);
  // Every successful write through this instance makes cached answers stale.
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && reply.statusCode < 300) searchCache.clear();
    return payload;
  });

  // CSV arrives as text; it is parsed by the import, never by Fastify.
  app.addContentTypeParser('text/csv', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.get<{ Querystring: Static<typeof SearchQuery> }>(
    '/api/directory/search',
    { schema: { tags, querystring: SearchQuery, response: { 200: SearchResult } } },
    async (request, reply) => {
      // Serialised through the route's response schema once, then served as text.
      const body = await searchCache.get(request.query, async () => String(reply.serialize(await queries.searchDirectory(db, request.query))));
      return reply.type('application/json; charset=utf-8').send(body);
    },
  );
  app.get<Id>('/api/directory/organisations/:id', { schema: { tags, params: IdParams, response: { 200: OrgDetail } } }, async (request) =>
    queries.getOrganisation(db, request.params.id),
  );
  app.get<Id>('/api/directory/people/:id', { schema: { tags, params: IdParams, response: { 200: PersonDetail } } }, async (request) =>
    queries.getPerson(db, request.params.id),
  );

  app.post<{ Body: Static<typeof OrganisationInput> }>(
    '/api/directory/organisations',
    { schema: { tags, body: OrganisationInput, response: { 201: Created } } },
    async (request, reply) => reply.code(201).send(await commands.createOrganisation(db, adminCtx(request), request.body)),
  );
  app.patch<Id & { Body: Static<typeof OrganisationPatch> }>(
    '/api/directory/organisations/:id',
    { schema: { tags, params: IdParams, body: OrganisationPatch, response: { 200: Created } } },
    async (request) => commands.updateOrganisation(db, adminCtx(request), request.params.id, request.body),
  );
  app.post<{ Body: Static<typeof PersonInput> }>(
    '/api/directory/people',
    { schema: { tags, body: PersonInput, response: { 201: Created } } },
    async (request, reply) => reply.code(201).send(await commands.createPerson(db, adminCtx(request), request.body)),
  );
  app.patch<Id & { Body: Static<typeof PersonPatch> }>(
    '/api/directory/people/:id',
    { schema: { tags, params: IdParams, body: PersonPatch, response: { 200: Created } } },
    async (request) => commands.updatePerson(db, adminCtx(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof PositionInput> }>(
    '/api/directory/people/:id/positions',
    { schema: { tags, params: IdParams, body: PositionInput, response: { 201: Created } } },
    async (request, reply) => reply.code(201).send(await commands.addPosition(db, adminCtx(request), request.params.id, request.body)),
  );
  app.patch<Id & { Body: Static<typeof PositionPatch> }>(
    '/api/directory/positions/:id',
    { schema: { tags, params: IdParams, body: PositionPatch, response: { 200: Created } } },
    async (request) => commands.updatePosition(db, adminCtx(request), request.params.id, request.body),
  );
  app.post<Id & { Body: Static<typeof ContactRoleInput> }>(
    '/api/directory/organisations/:id/contact-roles',
    { schema: { tags, params: IdParams, body: ContactRoleInput, response: { 201: Created } } },
    async (request, reply) => reply.code(201).send(await commands.addContactRole(db, adminCtx(request), request.params.id, request.body)),
  );
  app.delete<Id>('/api/directory/contact-roles/:id', { schema: { tags, params: IdParams, response: { 204: Type.Null() } } }, async (request, reply) => {
    await commands.removeContactRole(db, adminCtx(request), request.params.id);
    return reply.code(204).send();
  });

  const csvBody = Type.String({ description: 'CSV with a header row' });
  app.post<{ Body: string }>(
    '/api/directory/import/organisations',
    { bodyLimit: 10 * 1024 * 1024, schema: { tags, body: csvBody, consumes: ['text/csv'], response: { 200: ImportResult } } },
    async (request) => importOrganisations(db, adminCtx(request), request.body),
  );
  app.post<{ Body: string }>(
    '/api/directory/import/people',
    { bodyLimit: 10 * 1024 * 1024, schema: { tags, body: csvBody, consumes: ['text/csv'], response: { 200: ImportResult } } },
    async (request) => importPeople(db, adminCtx(request), request.body),
  );
}
