import type { FastifyInstance } from 'fastify';
import { courseRoutes } from './routes-courses.js';
import { teamEvaluationRoutes } from './routes-evaluation.js';
import { teamReferralRoutes } from './routes-referrals.js';

/**
 * Teams and referrals (issue 8, docs/adr/0004-teams.md). Each part registers its own routes:
 * teams and referrals (routes-referrals.ts), courses (routes-courses.ts), evaluation
 * (routes-evaluation.ts).
 */
export async function teamRoutes(app: FastifyInstance) {
  await app.register(teamEvaluationRoutes);
  await app.register(teamReferralRoutes);
  await app.register(courseRoutes);
}
