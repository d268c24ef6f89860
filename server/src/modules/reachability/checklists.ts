import { sql, type Kysely } from 'kysely';
import type { Actor } from '../../platform/access/actor.js';
import { recordAudit, type AuditContext } from '../../platform/audit/audit.js';
import type { ChecklistItem, Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { personName } from '../../platform/names.js';
import { normaliseChecklistItems } from './domain/checklist.js';
import type { ChecklistVersionInputDto } from './schemas.js';

type Db = Kysely<Database>;
const iso = (value: Date | string) => new Date(value).toISOString();
const itemsOut = (items: ChecklistItem[]) => items.map((i) => ({ nb: i.text_nb, en: i.text_en }));

async function checklistOrThrow(db: Db, key: string) {
  const row = await db.selectFrom('checklist').where('key', '=', key).selectAll().executeTakeFirst();
  if (!row) throw new AppError('CHECKLIST_NOT_FOUND');
  return row;
}

/** Every checklist with its current (newest published) and latest version numbers. */
export async function listChecklists(db: Db) {
  const rows = await db
    .selectFrom('checklist as c')
    .select((eb) => [
      'c.key',
      'c.audience',
      'c.title_nb',
      'c.title_en',
      eb.selectFrom('checklist_version as v').whereRef('v.checklist_key', '=', 'c.key').where('v.published', '=', true).select(sql<number>`max(v.version)`.as('m')).as('current_version'),
      eb.selectFrom('checklist_version as v').whereRef('v.checklist_key', '=', 'c.key').select(sql<number>`max(v.version)`.as('m')).as('latest_version'),
    ])
    .orderBy('c.key')
    .execute();
  return rows.map((r) => ({
    key: r.key,
    audience: r.audience,
    title: { nb: r.title_nb, en: r.title_en },
    currentVersion: r.current_version === null ? null : Number(r.current_version),
    latestVersion: Number(r.latest_version ?? 0),
  }));
}

/** The version shown beside request and answer forms: the newest published one. */
export async function currentChecklist(db: Db, key: string) {
  const checklist = await checklistOrThrow(db, key);
  const version = await db
    .selectFrom('checklist_version')
    .where('checklist_key', '=', key)
    .where('published', '=', true)
    .orderBy('version', 'desc')
    .selectAll()
    .executeTakeFirst();
  if (!version) throw new AppError('CHECKLIST_NOT_FOUND');
  return {
    key,
    audience: checklist.audience,
    title: { nb: checklist.title_nb, en: checklist.title_en },
    version: version.version,
    createdAt: iso(version.created_at),
    items: itemsOut(version.items),
  };
}

export async function checklistVersions(db: Db, key: string) {
  await checklistOrThrow(db, key);
  const rows = await db
    .selectFrom('checklist_version as v')
    .leftJoin('app_user as u', 'u.id', 'v.created_by')
    .leftJoin('person as p', 'p.id', 'u.person_id')
    .where('v.checklist_key', '=', key)
    .select(['v.version', 'v.published', 'v.created_at', 'v.items', 'v.created_by', 'p.given_name', 'p.family_name'])
    .orderBy('v.version', 'desc')
    .execute();
  return rows.map((r) => ({
    version: r.version,
    published: r.published,
    createdAt: iso(r.created_at),
    createdBy: r.created_by ? personName(r.given_name, r.family_name) || null : null,
    items: itemsOut(r.items),
  }));
}

/** A new version; the earlier ones stay as they were (the database refuses to change them). */
export async function addChecklistVersion(db: Db, ctx: AuditContext & { actor: Actor }, key: string, input: ChecklistVersionInputDto) {
  const normalised = normaliseChecklistItems(input.items.map((i) => ({ text_nb: i.nb, text_en: i.en })));
  if ('problem' in normalised) throw new AppError(normalised.problem);
  const published = input.published ?? true;
  return db.transaction().execute(async (tx) => {
    // Locking the checklist makes two administrators saving at once get versions n+1 and n+2.
    const checklist = await tx.selectFrom('checklist').where('key', '=', key).select('key').forUpdate().executeTakeFirst();
    if (!checklist) throw new AppError('CHECKLIST_NOT_FOUND');
    const latest = await tx.selectFrom('checklist_version').where('checklist_key', '=', key).select(sql<number>`coalesce(max(version), 0)`.as('v')).executeTakeFirstOrThrow();
    const version = Number(latest.v) + 1;
    const now = ctx.clock.now();
    await tx
      .insertInto('checklist_version')
      .values({ checklist_key: key, version, items: JSON.stringify(normalised.items), created_by: ctx.actor.userId, created_at: now, published })
      .execute();
    await recordAudit(tx, ctx, { action: 'create', objectType: 'checklist_version', objectId: `${key}/${version}`, purpose: 'directory_administration', detail: { items: normalised.items.length, published } });
    return { key, version, published, createdAt: now.toISOString() };
  });
}
