import type { FastifyInstance } from 'fastify';
import { forumMeetingRoutes } from './routes-meetings.js';
import { forumRecommendationRoutes } from './routes-recommendations.js';
import { forumSubmissionRoutes } from './routes-submissions.js';
import { publicForumRoutes } from './public/body.js';
import { forumAttachmentRoutes } from './submissions/attachments/routes.js';
import { installForumReminders } from './reminders.js';

/**
 * Collaboration forums and committees (issue 9, docs/adr/0005-forums.md). Each part registers its
 * own routes: bodies and submissions (routes-submissions.ts), assessment and recommendations
 * (routes-recommendations.ts, with the public pages and feed), meetings (routes-meetings.ts), the body's public page (public/body.ts).
 */
export async function forumRoutes(app: FastifyInstance) {
  await app.register(forumMeetingRoutes);
  await app.register(forumRecommendationRoutes);
  await app.register(forumSubmissionRoutes);
  await app.register(publicForumRoutes);
  await app.register(forumAttachmentRoutes);
  installForumReminders(app);
}
