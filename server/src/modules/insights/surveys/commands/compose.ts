import { AppError } from '../../../../platform/errors.js';
import { auditSurvey, requireOrganiser, type Db, type SurveyCtx } from '../access.js';
import { organisationsInArea } from '../area-query.js';
import { normaliseSurveyArea } from '../domain/area.js';
import { checkAudiences, checkQuestions, type Checked } from '../domain/composition.js';

export interface ComposeInput {
  title: string;
  questionKeys: string[];
  audiences: string[];
  municipalityNumbers?: string[] | undefined;
  countyNumber?: string | null | undefined;
}

function valueOf<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new AppError(checked.code);
  return checked.value;
}

/** Composes a draft round from the question bank. Nothing is sent until it is opened. */
export async function composeSurvey(db: Db, ctx: SurveyCtx, input: ComposeInput): Promise<string> {
  requireOrganiser(ctx.actor);
  const questionKeys = valueOf(checkQuestions(input.questionKeys));
  const audiences = valueOf(checkAudiences(input.audiences));
  const area = normaliseSurveyArea({ municipalityNumbers: input.municipalityNumbers ?? [], countyNumber: input.countyNumber ?? null });
  if (!area) throw new AppError('SURVEY_AREA_INVALID');
  const known = await organisationsInArea(db, area).select('o.id').limit(1).executeTakeFirst();
  if (!known) throw new AppError('SURVEY_AREA_UNKNOWN');

  return db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('survey')
      .values({
        title: input.title.trim(),
        municipality_numbers: area.municipalities,
        county_number: area.county,
        area_key: area.key,
        audiences,
        question_keys: questionKeys,
        created_by: ctx.actor.userId,
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await auditSurvey(tx, ctx, 'create', 'survey', row.id, { questions: questionKeys.length, audiences, area: area.key });
    return row.id;
  });
}
