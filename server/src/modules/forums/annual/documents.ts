import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import type { ForumAnnualKind } from '../../../platform/db/schema-forums.js';
import { requireBodyManager, requireBodyMember, type Db, type Executor, type ForumCtx } from '../access.js';
import { annualPlanText, annualReportText } from '../domain/annual-document.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { annualFacts } from './facts.js';
import { osloDate } from '../../../platform/oslo-date.js';

export interface AnnualKey {
  bodyId: string;
  year: number;
  kind: ForumAnnualKind;
}

async function generatedText(db: Executor, key: AnnualKey, today: string): Promise<string> {
  const facts = await annualFacts(db, key.bodyId, key.year, today);
  return key.kind === 'plan' ? annualPlanText(facts) : annualReportText(facts);
}

const stored = (db: Executor, key: AnnualKey) =>
  db.selectFrom('forum_annual_document').where('body_id', '=', key.bodyId).where('year', '=', key.year).where('kind', '=', key.kind).selectAll().executeTakeFirst();

/**
 * The document as saved, or (none saved yet) a draft generated from the data. The freshly
 * generated text always comes along, so the secretary can start over from today's figures.
 */
export async function readAnnual(db: Db, ctx: ForumCtx, key: AnnualKey) {
  await requireBodyMember(db, ctx, key.bodyId);
  const [saved, generated] = await Promise.all([stored(db, key), generatedText(db, key, osloDate(ctx.clock.now()))]);
  await recordAudit(db, ctx, { action: 'read', objectType: 'forum_annual_document', objectId: key.bodyId, purpose: FORUM_AUDIT_PURPOSE, detail: { year: key.year, kind: key.kind } });
  return {
    year: key.year,
    kind: key.kind,
    text: saved?.text ?? generated,
    generatedText: generated,
    saved: saved !== undefined,
    publishedAt: saved?.published_at ? new Date(saved.published_at).toISOString() : null,
    updatedBy: saved?.updated_by_name ?? null,
  };
}

async function upsert(db: Db, ctx: ForumCtx, key: AnnualKey, text: string | null, publish: boolean) {
  await requireBodyManager(db, ctx, key.bodyId);
  return db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('forum_annual_document').where('body_id', '=', key.bodyId).where('year', '=', key.year).where('kind', '=', key.kind).selectAll().forUpdate().executeTakeFirst();
    if (existing?.published_at) throw new AppError('FORUM_ANNUAL_PUBLISHED');
    const now = ctx.clock.now();
    const body = text ?? existing?.text ?? (await generatedText(tx, key, osloDate(now)));
    if (!body.trim()) throw new AppError('FORUM_TEXT_EMPTY', { field: 'text' });
    const values = { text: body, updated_by_name: ctx.actor.name, updated_at: now, published_at: publish ? now : null };
    if (existing) await tx.updateTable('forum_annual_document').set(values).where('id', '=', existing.id).execute();
    else await tx.insertInto('forum_annual_document').values({ body_id: key.bodyId, year: key.year, kind: key.kind, created_at: now, ...values }).execute();
    await recordAudit(tx, ctx, { action: existing ? 'update' : 'create', objectType: 'forum_annual_document', objectId: key.bodyId, purpose: FORUM_AUDIT_PURPOSE, detail: { year: key.year, kind: key.kind, published: publish } });
    return { year: key.year, kind: key.kind, publishedAt: publish ? now.toISOString() : null };
  });
}

/** Saves the edited text; a published document stays as published. */
export const saveAnnual = (db: Db, ctx: ForumCtx, key: AnnualKey, text: string) => upsert(db, ctx, key, text, false);

/** Publishes the saved text (or, if nothing was saved, the generated draft as it stands). */
export const publishAnnual = (db: Db, ctx: ForumCtx, key: AnnualKey) => upsert(db, ctx, key, null, true);

/** Published annual documents of a body, for the public page (no sign-in). */
export async function publishedAnnualDocuments(db: Executor, bodyId: string) {
  const rows = await db
    .selectFrom('forum_annual_document')
    .where('body_id', '=', bodyId)
    .where('published_at', 'is not', null)
    .select(['year', 'kind', 'text', 'published_at'])
    .orderBy('year', 'desc')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ year: r.year, kind: r.kind, text: r.text, publishedAt: new Date(r.published_at!).toISOString() }));
}

/** One published document by the body's public short name, or 404. */
export async function publicAnnualDocument(db: Executor, slug: string, year: number, kind: ForumAnnualKind) {
  const row = await db
    .selectFrom('forum_annual_document as d')
    .innerJoin('forum_body as b', 'b.id', 'd.body_id')
    .where('b.slug', '=', slug)
    .where('d.year', '=', year)
    .where('d.kind', '=', kind)
    .where('d.published_at', 'is not', null)
    .select(['b.name', 'd.year', 'd.kind', 'd.text', 'd.published_at'])
    .executeTakeFirst();
  if (!row) throw new AppError('FORUM_ANNUAL_NOT_FOUND');
  return { body: { name: row.name, slug }, year: row.year, kind: row.kind, text: row.text, publishedAt: new Date(row.published_at!).toISOString() };
}
