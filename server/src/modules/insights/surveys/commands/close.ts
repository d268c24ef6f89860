import { sql } from 'kysely';
import { AppError } from '../../../../platform/errors.js';
import { auditSurvey, loadSurvey, requireManager, requireOrganiser, todayIn, type Db, type SurveyCtx } from '../access.js';
import { effectiveStatus } from '../domain/composition.js';

/**
 * Closes an open round today. The answers are then rewritten in random order: the rows no longer
 * sit in the order (nor carry the transaction ids) of the moments they were given, which could
 * otherwise be lined up with the order the invitations were used in by someone reading the
 * database's storage directly.
 */
export async function closeSurvey(db: Db, ctx: SurveyCtx, id: string): Promise<void> {
  requireOrganiser(ctx.actor);
  const survey = await loadSurvey(db, id);
  requireManager(ctx.actor, survey);
  const today = todayIn(ctx.clock);
  if (survey.status !== 'open') throw new AppError('SURVEY_NOT_OPEN');
  await db.transaction().execute(async (tx) => {
    // An open round whose last day passed closed then; closing it now keeps that day.
    const closesOn = effectiveStatus(survey, today) === 'closed' ? survey.closes_on! : today;
    await tx.updateTable('survey').set({ status: 'closed', closed_at: ctx.clock.now(), closes_on: closesOn }).where('id', '=', id).execute();
    await sql`with moved as (delete from survey_answer where survey_id = ${id} returning survey_id, response_id, audience, question_key, answer)
      insert into survey_answer (survey_id, response_id, audience, question_key, answer)
      select survey_id, response_id, audience, question_key, answer from moved order by random()`.execute(tx);
    await auditSurvey(tx, ctx, 'update', 'survey', id, { closed: true });
  });
}
