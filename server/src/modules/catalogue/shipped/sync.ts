import { isDeepStrictEqual } from 'node:util';
import { sql } from 'kysely';
import type { Clock } from '../../../platform/clock.js';
import type { Db, Tx } from '../access.js';
import { titleOf } from '../domain/search-document.js';
import { documentRow, writeDocument } from '../repository.js';
import { shippedEntries, type ShippedEntry } from './content.js';

/**
 * Loads the shipped catalogue on every start (not only with demo data), after the migrations:
 * entries missing by kind and slug are inserted as published version 1, attributed to the
 * platform. An entry someone has edited is never touched; one only the platform has written is
 * brought up to date when the shipped content changed (a correction in a new release). One
 * transaction, batch inserts, and a check-first fast path, so an unchanged start costs two reads.
 * Several instances starting at once take turns on an advisory lock.
 */
export const PLATFORM_AUTHOR = 'Samhandling (levert med plattformen)';
const SYNC_LOCK_KEY = 72_616_017;

export interface SyncResult {
  inserted: number;
  updated: number;
}

type Existing = { id: string; kind: string; slug: string; status: string; working_version: number; published_version: number | null; platform_only: boolean; content: Record<string, unknown> | null };

async function existingEntries(db: Db | Tx): Promise<Existing[]> {
  // platform_only: every version written by the platform; content: the newest one (only then needed).
  const rows = await sql<Existing>`
    select e.id, e.kind, e.slug, e.status, e.working_version, e.published_version,
           not exists (select 1 from catalogue_version v where v.entry_id = e.id and v.author_user_id is not null) as platform_only,
           (select v.content from catalogue_version v where v.entry_id = e.id and v.version = e.working_version) as content
      from catalogue_entry e
     where e.shipped`.execute(db);
  const all = await db.selectFrom('catalogue_entry').select(['id', 'kind', 'slug']).execute();
  const shipped = new Map(rows.rows.map((r) => [r.id, r]));
  return all.map((r) => shipped.get(r.id) ?? { ...r, status: '', working_version: 0, published_version: null, platform_only: false, content: null });
}

function plan(shipped: ShippedEntry[], existing: Existing[]) {
  const byKey = new Map(existing.map((e) => [`${e.kind}/${e.slug}`, e]));
  const missing = shipped.filter((s) => !byKey.has(`${s.kind}/${s.slug}`));
  const stale = shipped.flatMap((s) => {
    const e = byKey.get(`${s.kind}/${s.slug}`);
    const untouched = e && e.platform_only && e.status === 'published' && e.published_version === e.working_version;
    return untouched && !isDeepStrictEqual(e.content, s.content) ? [{ entry: e, shipped: s }] : [];
  });
  return { missing, stale };
}

async function insertMissing(tx: Tx, missing: ShippedEntry[], now: Date): Promise<void> {
  if (missing.length === 0) return;
  const entries = await tx
    .insertInto('catalogue_entry')
    .values(missing.map((s) => ({ kind: s.kind, slug: s.slug, status: 'published' as const, published_version: 1, working_version: 1, title: titleOf(s.content), shipped: true, status_changed_at: now, status_changed_by: PLATFORM_AUTHOR, created_at: now, updated_at: now })))
    .returning(['id', 'kind', 'slug'])
    .execute();
  const contentOf = new Map(missing.map((s) => [`${s.kind}/${s.slug}`, s.content]));
  const withContent = entries.map((e) => ({ ...e, content: contentOf.get(`${e.kind}/${e.slug}`)! }));
  await tx
    .insertInto('catalogue_version')
    .values(withContent.map((e) => ({ entry_id: e.id, version: 1, content: JSON.stringify(e.content), title: titleOf(e.content), author_user_id: null, author_name: PLATFORM_AUTHOR, change_note: null, reviewer_name: PLATFORM_AUTHOR, published_at: now, created_at: now })))
    .execute();
  await tx.insertInto('catalogue_document').values(withContent.map((e) => documentRow(e, 1, e.content, now))).execute();
}

async function refreshStale(tx: Tx, stale: ReturnType<typeof plan>['stale'], now: Date): Promise<void> {
  for (const { entry, shipped } of stale) {
    const version = entry.working_version + 1;
    await tx
      .insertInto('catalogue_version')
      .values({ entry_id: entry.id, version, content: JSON.stringify(shipped.content), title: titleOf(shipped.content), author_user_id: null, author_name: PLATFORM_AUTHOR, change_note: 'Oppdatert innhold levert med plattformen', reviewer_name: PLATFORM_AUTHOR, published_at: now, created_at: now })
      .execute();
    await tx.updateTable('catalogue_entry').set({ working_version: version, published_version: version, title: titleOf(shipped.content), updated_at: now }).where('id', '=', entry.id).execute();
    await writeDocument(tx, { id: entry.id, kind: shipped.kind, slug: shipped.slug }, version, shipped.content, now);
  }
}

export async function syncShippedCatalogue(db: Db | Tx, clock: Clock, shipped: ShippedEntry[] = shippedEntries()): Promise<SyncResult> {
  const first = plan(shipped, await existingEntries(db));
  if (first.missing.length === 0 && first.stale.length === 0) return { inserted: 0, updated: 0 };
  const work = async (tx: Tx) => {
    await sql`select pg_advisory_xact_lock(${SYNC_LOCK_KEY})`.execute(tx);
    // Another instance may have done it while this one waited: plan again under the lock.
    const { missing, stale } = plan(shipped, await existingEntries(tx));
    const now = clock.now();
    await insertMissing(tx, missing, now);
    await refreshStale(tx, stale, now);
    return { inserted: missing.length, updated: stale.length };
  };
  // The demo seed calls this inside its own transaction; the start-up hook opens one.
  return db.isTransaction ? work(db as Tx) : db.transaction().execute(work);
}
