import { sql } from 'kysely';
import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { loadBody, requireBodyManager, type Db, type Executor, type ForumCtx, type Tx } from '../access.js';
import { findPersonalData } from '../domain/identifier-detector.js';
import { refusal, slugify, uniqueSlug } from '../domain/recommendation-versions.js';
import { unknownThemes } from '../domain/submission-state.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { latestVersion, loadRecommendation, requireRecommendationAccess, stateOf } from './load.js';

export const LIMITS = { title: 300, summary: 2000, text: 50_000, owner: 300, administrator: 300, changeNote: 2000 } as const;

export interface VersionInput {
  title: string;
  summary: string;
  text: string;
}

export interface RecommendationInput extends VersionInput {
  submissionIds: string[];
  themes: string[];
  owner: string;
  administrator: string;
}

export interface RevisionInput extends VersionInput {
  changeNote?: string;
  submissionIds?: string[];
  themes?: string[];
}

/** Trimmed texts, refused when empty, too long, or carrying what looks like patient data: these texts will be public. */
export function checkTexts(texts: Record<string, string | undefined>, required: readonly string[]): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [field, value] of Object.entries(texts)) {
    const text = (value ?? '').trim();
    if (required.includes(field) && text === '') throw new AppError('FORUM_TEXT_EMPTY', { field });
    const max = LIMITS[field as keyof typeof LIMITS] ?? LIMITS.summary;
    if (text.length > max) throw new AppError('FORUM_TEXT_TOO_LONG', { field, max });
    clean[field] = text;
  }
  const findings = findPersonalData(clean);
  if (findings.length > 0) throw new AppError('FORUM_PERSONAL_DATA', { findings });
  return clean;
}

function checkThemes(themes: readonly string[]): string[] {
  const unknown = unknownThemes(themes);
  if (unknown.length > 0) throw new AppError('FORUM_THEME_UNKNOWN', { themes: unknown });
  return [...new Set(themes)];
}

const ANSWERABLE = ['accepted', 'in_assessment', 'assessed', 'answered', 'forwarded'] as const;

/** The cases a recommendation answers must be the body's own, and past triage (not rejected or merged away). */
async function checkCases(db: Executor, bodyId: string, submissionIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(submissionIds)];
  if (unique.length === 0) return [];
  const rows = await db.selectFrom('forum_submission').where('id', 'in', unique).where('body_id', '=', bodyId).where('status', 'in', ANSWERABLE).select('id').execute();
  if (rows.length !== unique.length) throw new AppError('FORUM_RECOMMENDATION_CASES_INVALID');
  return unique;
}

async function freeSlug(tx: Tx, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await tx.selectFrom('forum_recommendation').where(sql<boolean>`slug = ${base} or slug like ${`${base}-%`}`).select('slug').execute();
  return uniqueSlug(base, new Set(taken.map((t) => t.slug)));
}

/** A new recommendation drafted from one or more of the body's cases: version 1, a draft. */
export async function createRecommendation(db: Db, ctx: ForumCtx, bodyId: string, input: RecommendationInput): Promise<string> {
  await loadBody(db, bodyId);
  await requireBodyManager(db, ctx, bodyId);
  const texts = checkTexts({ title: input.title, summary: input.summary, text: input.text, owner: input.owner, administrator: input.administrator }, ['title', 'text']);
  const themes = checkThemes(input.themes);
  return db.transaction().execute(async (tx) => {
    const cases = await checkCases(tx, bodyId, input.submissionIds);
    const now = ctx.clock.now();
    // Two drafts with the same title at once: the unique index refuses the second; it is a rare clash, so no retry.
    const slug = await freeSlug(tx, texts.title!);
    const row = await tx
      .insertInto('forum_recommendation')
      .values({ body_id: bodyId, slug, status: 'draft', owner: texts.owner!, administrator: texts.administrator!, themes, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('forum_recommendation_version')
      .values({ recommendation_id: row.id, version: 1, title: texts.title!, summary: texts.summary!, text: texts.text!, change_note: null, created_by_name: ctx.actor.name, created_at: now })
      .execute();
    if (cases.length > 0) await tx.insertInto('forum_recommendation_case').values(cases.map((submission_id) => ({ recommendation_id: row.id, submission_id }))).execute();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_recommendation', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { bodyId, cases: cases.length } });
    return row.id;
  });
}

/**
 * A revision: a new draft version with a note of what changed. The published version stays
 * public until this one is approved and published. New cases may be added; none are removed.
 */
export async function reviseRecommendation(db: Db, ctx: ForumCtx, id: string, input: RevisionInput): Promise<void> {
  const row = await loadRecommendation(db, id);
  await requireRecommendationAccess(db, ctx, row, true);
  const texts = checkTexts({ title: input.title, summary: input.summary, text: input.text, changeNote: input.changeNote }, ['title', 'text']);
  if (!texts.changeNote) throw new AppError('FORUM_CHANGE_NOTE_MISSING');
  const themes = input.themes === undefined ? undefined : checkThemes(input.themes);
  await db.transaction().execute(async (tx) => {
    const locked = await loadRecommendation(tx, id, true);
    const refused = refusal(stateOf(locked), 'revise');
    if (refused) throw new AppError(refused);
    const cases = await checkCases(tx, locked.body_id!, input.submissionIds ?? []);
    const latest = await latestVersion(tx, id);
    const now = ctx.clock.now();
    await tx
      .insertInto('forum_recommendation_version')
      .values({ recommendation_id: id, version: latest.version + 1, title: texts.title!, summary: texts.summary!, text: texts.text!, change_note: texts.changeNote, created_by_name: ctx.actor.name, created_at: now })
      .execute();
    await tx.updateTable('forum_recommendation').set({ status: 'draft', updated_at: now, ...(themes ? { themes } : {}) }).where('id', '=', id).execute();
    if (cases.length > 0) {
      await tx.insertInto('forum_recommendation_case').values(cases.map((submission_id) => ({ recommendation_id: id, submission_id }))).onConflict((oc) => oc.doNothing()).execute();
    }
    await recordAudit(tx, ctx, { action: 'update', objectType: 'forum_recommendation', objectId: id, purpose: FORUM_AUDIT_PURPOSE, detail: { version: latest.version + 1 } });
  });
}
