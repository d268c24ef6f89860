import { AppError } from '../../../platform/errors.js';
import type { Executor } from '../access.js';
import { INTERVIEW_GUIDE } from '../data/interview-guide.js';
import { COMPARE_MAX, COMPARE_MIN, compareModels } from '../domain/compare.js';

/** `?m=a,b`: the distinct model addresses asked for, in the order given. */
export function comparedSlugs(m: string): string[] {
  return [...new Set(m.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** 2–4 published models side by side along the interview guide's dimensions. */
export async function compare(db: Executor, m: string) {
  const slugs = comparedSlugs(m);
  if (slugs.length < COMPARE_MIN || slugs.length > COMPARE_MAX) throw new AppError('CATALOGUE_COMPARE_COUNT', { count: slugs.length, min: COMPARE_MIN, max: COMPARE_MAX });
  const rows = await db
    .selectFrom('catalogue_document as d')
    .innerJoin('catalogue_version as v', (join) => join.onRef('v.entry_id', '=', 'd.entry_id').onRef('v.version', '=', 'd.version'))
    .where('d.kind', '=', 'model')
    .where('d.slug', 'in', slugs)
    .select(['d.slug', 'd.title', 'd.version', 'v.content'])
    .execute();
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  const missing = slugs.filter((slug) => !bySlug.has(slug));
  if (missing.length > 0) throw new AppError('CATALOGUE_ENTRY_NOT_FOUND', { missing });
  const models = slugs.map((slug) => bySlug.get(slug)!);
  return {
    models: models.map((r) => ({ slug: r.slug, title: r.title, version: r.version })),
    sections: compareModels(INTERVIEW_GUIDE, models.map((r) => r.content)),
  };
}
