import { sql } from 'kysely';
import { auditSurvey, loadSurvey, requireOrganiser, todayIn, type Db, type Executor, type SurveyCtx } from './access.js';
import { effectiveStatus } from './domain/composition.js';
import type { SurveyAudience } from './domain/question-bank.js';
import { compareWithHistory, MIN_RESPONDENTS, summariseRound, type AnswerCount, type EarlierRound, type RoundData } from './domain/results.js';

/** How many earlier rounds of the same area are shown beside a round. */
const EARLIER_ROUNDS = 4;

type RoundMeta = { id: string; question_keys: string[]; audiences: SurveyAudience[] };

/** The answers of several rounds, grouped: respondents per audience and counts per option. Two aggregate reads in all. */
async function loadRounds(db: Executor, rounds: readonly RoundMeta[]): Promise<Map<string, RoundData>> {
  const ids = rounds.map((r) => r.id);
  const byId = new Map<string, RoundData>(rounds.map((r) => [r.id, { questionKeys: r.question_keys, audiences: r.audiences, respondents: {}, counts: [] }]));
  if (ids.length === 0) return byId;
  const [sizes, counts] = await Promise.all([
    db
      .selectFrom('survey_answer')
      .where('survey_id', 'in', ids)
      .groupBy(['survey_id', 'audience'])
      .select(['survey_id', 'audience', sql<number>`count(distinct response_id)::int`.as('n')])
      .execute(),
    db
      .selectFrom('survey_answer')
      .where('survey_id', 'in', ids)
      .groupBy(['survey_id', 'audience', 'question_key', 'answer'])
      .select(['survey_id', 'audience', 'question_key', 'answer', sql<number>`count(*)::int`.as('n')])
      .execute(),
  ]);
  for (const s of sizes) (byId.get(s.survey_id)!.respondents as Record<string, number>)[s.audience] = s.n;
  for (const c of counts) {
    const count: AnswerCount = { audience: c.audience, questionKey: c.question_key, answer: c.answer, count: c.n };
    (byId.get(c.survey_id)!.counts as AnswerCount[]).push(count);
  }
  return byId;
}

/**
 * A round's results beside report 001 and the area's earlier rounds (closed rounds of the same
 * area that opened before this one). Groups under five are suppressed in every round shown.
 */
export async function surveyResults(db: Db, ctx: SurveyCtx, id: string) {
  requireOrganiser(ctx.actor);
  const survey = await loadSurvey(db, id);
  const today = todayIn(ctx.clock);
  const earlier = survey.opened_at
    ? await db
        .selectFrom('survey')
        .where('area_key', '=', survey.area_key)
        .where('id', '!=', survey.id)
        .where('status', '!=', 'draft')
        .where('opened_at', '<', survey.opened_at)
        .select(['id', 'title', 'status', 'closes_on', 'question_keys', 'audiences'])
        .orderBy('opened_at', 'desc')
        .limit(EARLIER_ROUNDS)
        .execute()
    : [];
  const closedEarlier = earlier.filter((r) => effectiveStatus(r, today) === 'closed');
  const data = await loadRounds(db, [survey, ...closedEarlier]);
  const history: EarlierRound[] = closedEarlier.map((r) => ({ surveyId: r.id, title: r.title, closesOn: r.closes_on, summary: summariseRound(data.get(r.id)!) }));
  const audiences = compareWithHistory(summariseRound(data.get(survey.id)!), history);
  await auditSurvey(db, ctx, 'read', 'survey_results', id, { suppressed: audiences.filter((a) => a.suppressed).map((a) => a.audience) });
  return { surveyId: survey.id, status: effectiveStatus(survey, today), minRespondents: MIN_RESPONDENTS, audiences };
}
