import type { FastifyInstance } from 'fastify';

/**
 * Collaboration forums and committees (issue 9, docs/adr/0005-forums.md). Each part registers its
 * own routes: bodies and submissions (routes-submissions.ts), assessment and recommendations
 * (routes-recommendations.ts, with the public pages and feed), meetings (routes-meetings.ts).
 */
export async function forumRoutes(app: FastifyInstance) {
  void app;
}
