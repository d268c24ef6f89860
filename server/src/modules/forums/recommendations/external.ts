import { recordAudit } from '../../../platform/audit/audit.js';
import { AppError } from '../../../platform/errors.js';
import { osloDate } from '../../../platform/oslo-date.js';
import { requireAdmin, type Db, type ForumCtx } from '../access.js';
import { searchTextOf, slugify, uniqueSlug } from '../domain/recommendation-versions.js';
import { unknownThemes } from '../domain/submission-state.js';
import { FORUM_AUDIT_PURPOSE } from '../meetings/load.js';
import { checkTexts } from './draft.js';

export interface ExternalInput {
  sourceName: string;
  sourceUrl: string;
  title: string;
  summary: string;
  themes?: string[];
  /** The day the source issued it (yyyy-mm-dd): its publication date here, so lists order it truly. */
  issuedOn?: string;
}

/** Noon on the day in Norway, so the date reads the same in every time zone the page is shown in. */
function issuedInstant(issuedOn: string | undefined, now: Date): Date {
  if (!issuedOn) return now;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(issuedOn) || Number.isNaN(Date.parse(issuedOn))) throw new AppError('VALIDATION_FAILED', { field: 'issuedOn', reason: 'not a date' });
  if (issuedOn > osloDate(now)) throw new AppError('VALIDATION_FAILED', { field: 'issuedOn', reason: 'in the future' });
  return new Date(`${issuedOn}T12:00:00+01:00`);
}

function checkUrl(value: string): string {
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'https:') return url.toString();
  } catch {
    // falls through to the refusal
  }
  throw new AppError('FORUM_SOURCE_URL_INVALID');
}

/**
 * Registers a recommendation made elsewhere (e.g. the Norwegian College of General Practice's on
 * GP–hospital collaboration) as a source: published at once, owned by its source, no body.
 */
export async function registerExternal(db: Db, ctx: ForumCtx, input: ExternalInput): Promise<string> {
  requireAdmin(ctx.actor);
  const texts = checkTexts({ title: input.title, summary: input.summary, owner: input.sourceName }, ['title', 'owner']);
  const sourceUrl = checkUrl(input.sourceUrl);
  const themes = [...new Set(input.themes ?? [])];
  const issuedAt = issuedInstant(input.issuedOn, ctx.clock.now());
  if (unknownThemes(themes).length > 0) throw new AppError('FORUM_THEME_UNKNOWN', { themes: unknownThemes(themes) });
  return db.transaction().execute(async (tx) => {
    const base = slugify(texts.title!);
    const taken = await tx.selectFrom('forum_recommendation').where('slug', 'like', `${base}%`).select('slug').execute();
    const now = ctx.clock.now();
    const version = { title: texts.title!, summary: texts.summary!, text: texts.summary! };
    const row = await tx
      .insertInto('forum_recommendation')
      .values({
        body_id: null,
        slug: uniqueSlug(base, new Set(taken.map((t) => t.slug))),
        status: 'published',
        external: true,
        source_name: texts.owner!,
        source_url: sourceUrl,
        owner: texts.owner!,
        administrator: texts.owner!,
        themes,
        published_version: 1,
        search_text: searchTextOf(version, themes, [texts.owner!]),
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('forum_recommendation_version').values({ recommendation_id: row.id, version: 1, ...version, published_at: issuedAt, created_by_name: ctx.actor.name, created_at: now }).execute();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'forum_recommendation', objectId: row.id, purpose: FORUM_AUDIT_PURPOSE, detail: { external: true } });
    return row.id;
  });
}
