import type { FastifyInstance } from 'fastify';

/**
 * Teams and referrals (issue 8, docs/adr/0004-teams.md). Each part registers its own routes:
 * teams and referrals (routes-referrals.ts), courses (routes-courses.ts), evaluation
 * (routes-evaluation.ts).
 */
export async function teamRoutes(app: FastifyInstance) {
  void app;
}
