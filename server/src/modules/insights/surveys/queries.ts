import { sql } from 'kysely';
import { personName } from '../../../platform/names.js';
import { findBaseline } from '../baselines.js';
import { canManage, requireOrganiser, todayIn, type Db, type Executor, type SurveyCtx, type SurveyRow } from './access.js';
import { areaNames } from './area-query.js';
import { effectiveStatus } from './domain/composition.js';
import { ANSWER_SCALES, SURVEY_AUDIENCES, SURVEY_QUESTIONS, type SurveyAudience } from './domain/question-bank.js';
import { invitationCounts, MIN_RESPONDENTS } from './domain/results.js';

/** The question bank as the compose page needs it: scales, questions worded per audience, and report 001's figure for each. */
export function questionBank(ctx: SurveyCtx) {
  requireOrganiser(ctx.actor);
  return {
    scales: Object.values(ANSWER_SCALES),
    questions: SURVEY_QUESTIONS.map((q) => ({
      key: q.key,
      topic: q.topic,
      scale: q.scale,
      wording: q.wording,
      baselines: Object.fromEntries(
        SURVEY_AUDIENCES.flatMap((audience) => {
          const baseline = q.baselineKeys[audience] ? findBaseline(q.baselineKeys[audience]) : undefined;
          return baseline ? [[audience, baseline]] : [];
        }),
      ),
    })),
    minRespondents: MIN_RESPONDENTS,
  };
}

async function invitationRows(db: Executor, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .selectFrom('survey_invitation')
    .where('survey_id', 'in', surveyIds)
    .groupBy(['survey_id', 'audience'])
    .select(['survey_id', 'audience', sql<number>`count(*)::int`.as('invited'), sql<number>`count(*) filter (where used)::int`.as('answered')])
    .execute();
}

async function creatorNames(db: Executor, userIds: readonly string[]) {
  if (userIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('app_user as u')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('u.id', 'in', [...new Set(userIds)])
    .select(['u.id', 'p.given_name', 'p.family_name', 'u.description'])
    .execute();
  return new Map(rows.map((r) => [r.id, personName(r.given_name, r.family_name) || (r.description ?? '')]));
}

async function present(db: Executor, ctx: SurveyCtx, surveys: readonly SurveyRow[]) {
  const [counts, names] = await Promise.all([invitationRows(db, surveys.map((s) => s.id)), creatorNames(db, surveys.map((s) => s.created_by))]);
  const today = todayIn(ctx.clock);
  return Promise.all(
    surveys.map(async (s) => {
      const area = { municipalities: s.municipality_numbers, county: s.county_number };
      const rows = s.audiences.map((audience: SurveyAudience) => {
        const row = counts.find((c) => c.survey_id === s.id && c.audience === audience);
        return { audience, invited: row?.invited ?? 0, answered: row?.answered ?? 0 };
      });
      return {
        id: s.id,
        title: s.title,
        status: effectiveStatus(s, today),
        area: { key: s.area_key, municipalityNumbers: s.municipality_numbers, countyNumber: s.county_number, names: await areaNames(db, area) },
        audiences: s.audiences,
        questionKeys: s.question_keys,
        opensOn: s.opens_on,
        closesOn: s.closes_on,
        createdAt: new Date(s.created_at).toISOString(),
        createdBy: names.get(s.created_by) ?? '',
        canManage: canManage(ctx.actor, s),
        invitations: invitationCounts(rows),
      };
    }),
  );
}

/** Every round, newest first: surveys hold aggregate figures only, so all organisers may follow them. */
export async function listSurveys(db: Db, ctx: SurveyCtx) {
  requireOrganiser(ctx.actor);
  const surveys = await db.selectFrom('survey').selectAll().orderBy('created_at', 'desc').limit(200).execute();
  return present(db, ctx, surveys);
}

export async function surveyDetail(db: Db, ctx: SurveyCtx, survey: SurveyRow) {
  requireOrganiser(ctx.actor);
  return (await present(db, ctx, [survey]))[0]!;
}
