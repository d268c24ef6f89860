import type { Selectable } from 'kysely';
import type { AssessmentTemplateDefinition, ForumAssessmentTemplateTable } from '../../../platform/db/schema-forums.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { loadBody, requireBodyManager, requireBodyMember, type Db, type Executor, type ForumCtx } from '../access.js';
import { DEFAULT_ASSESSMENT_TEMPLATE, templateProblems } from '../domain/assessment-template.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';

export type TemplateRow = Selectable<ForumAssessmentTemplateTable>;

export interface TemplateView {
  id: string;
  bodyId: string | null;
  version: number;
  /** True for the shipped default (SUFF's approach), which a body has not replaced yet. */
  shipped: boolean;
  definition: AssessmentTemplateDefinition;
  createdByName: string | null;
  createdAt: string;
}

export const templateView = (row: TemplateRow): TemplateView => ({
  id: row.id,
  bodyId: row.body_id,
  version: row.version,
  shipped: row.body_id === null,
  definition: row.definition,
  createdByName: row.created_by_name,
  createdAt: new Date(row.created_at).toISOString(),
});

/** The shipped default as a row (version 1, no body), stored on first use so assessments can point at it. */
async function shippedTemplate(db: Executor, now: Date): Promise<TemplateRow> {
  const find = () => db.selectFrom('forum_assessment_template').where('body_id', 'is', null).selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  const existing = await find();
  if (existing) return existing;
  // Two first uses at once: the unique index keeps one row, and both read it back.
  await db
    .insertInto('forum_assessment_template')
    .values({ body_id: null, version: 1, definition: JSON.stringify(DEFAULT_ASSESSMENT_TEMPLATE), created_by_name: null, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return (await find())!;
}

/** The body's newest template version, or the shipped default when it has saved none. */
export async function currentTemplate(db: Executor, bodyId: string, now: Date): Promise<TemplateRow> {
  const own = await db.selectFrom('forum_assessment_template').where('body_id', '=', bodyId).selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
  return own ?? shippedTemplate(db, now);
}

export async function readTemplate(db: Db, ctx: ForumCtx, bodyId: string): Promise<TemplateView> {
  await requireBodyMember(db, ctx, bodyId);
  return templateView(await currentTemplate(db, bodyId, ctx.clock.now()));
}

/** Saves the body's template as a new version; assessments already begun keep theirs. */
export async function saveTemplate(db: Db, ctx: ForumCtx, bodyId: string, definition: AssessmentTemplateDefinition): Promise<TemplateView> {
  await loadBody(db, bodyId);
  await requireBodyManager(db, ctx, bodyId);
  const problems = templateProblems(definition);
  if (problems.length > 0) throw new AppError('FORUM_TEMPLATE_INVALID', { problems });
  return db.transaction().execute(async (tx) => {
    // Serialises saves of one body's template, so two saves never claim the same version.
    await tx.selectFrom('forum_body').where('id', '=', bodyId).select('id').forUpdate().execute();
    const latest = await tx.selectFrom('forum_assessment_template').where('body_id', '=', bodyId).select(({ fn }) => fn.max('version').as('version')).executeTakeFirst();
    const row = await tx
      .insertInto('forum_assessment_template')
      .values({ body_id: bodyId, version: (latest?.version ?? 0) + 1, definition: JSON.stringify(definition), created_by_name: ctx.actor.name, created_at: ctx.clock.now() })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_assessment_template', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { bodyId, version: row.version } });
    return templateView(row);
  });
}
