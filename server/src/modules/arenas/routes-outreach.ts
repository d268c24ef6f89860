import type { FastifyInstance } from 'fastify';
import { caseSlotRoutes } from './case-slots/routes.js';
import { consultantRoutes } from './consultants/routes.js';
import { jointMeetingRoutes } from './joint-meetings/routes.js';
import { visitRoutes } from './visits/routes.js';

/**
 * The arenas that reach out (issue 10 points 3–5; docs/adr/0006-arenas.md, section "Outreach"):
 * visit rounds to GP offices, annual joint meetings and PKO-NAV meeting places, practice
 * consultants, and an adviser's case slots with one GP. Each part registers its own routes.
 */
export async function arenaOutreachRoutes(app: FastifyInstance) {
  await app.register(visitRoutes);
  await app.register(jointMeetingRoutes);
  await app.register(consultantRoutes);
  await app.register(caseSlotRoutes);
}
