/**
 * Issue figures for forums (issue 9): the public recommendations page and its full-text search
 * (PostgreSQL, `norwegian` configuration) over 2,000 published recommendations and 20,000 cases,
 * at 50 concurrent readers without sign-in: p95 < 50 ms. Data made with set-based SQL
 * (generate_series) from Norwegian collaboration vocabulary, so search has real stems to match.
 * Target on a durable PostgreSQL; PGlite printed beside.
 */
import { sql, type Kysely } from 'kysely';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/schema.js';
import { onBenchDatabases, runLoad, startServer, stopServer, type LoadTarget } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RECOMMENDATIONS = 2_000;
const SUBMISSIONS = 20_000;
const READERS = 50;
const TARGET_MS = 50;

// Vocabulary of collaboration deviations and recommendations; words are drawn per row by hash.
const SUBJECTS = ['epikrise', 'henvisning', 'legemiddelliste', 'multidose', 'prøvesvar', 'poliklinikk', 'utskrivning', 'innleggelse', 'legevakt', 'hjemmetjeneste', 'sykehjem', 'røntgensvar', 'blodprøver', 'kontrolltime', 'pakkeforløp', 'sykmelding', 'individuell plan', 'koordinator', 'dialogmelding', 'timebestilling'];
const VERBS = ['sendes', 'mangler', 'kommer for sent', 'følges opp', 'oppdateres', 'avklares', 'overføres', 'bestilles', 'journalføres', 'sjekkes'];
const PARTIES = ['fastlegen', 'sykehuset', 'kommunen', 'avdelingen', 'pasienten', 'pårørende', 'hjemmesykepleien', 'legekontoret', 'spesialisthelsetjenesten', 'kommuneoverlegen'];
const QUALIFIERS = ['samme dag', 'innen tre virkedager', 'ved helg', 'før utskrivning', 'etter kontroll', 'uten forsinkelse', 'i ferietiden', 'ved overflytting', 'etter avtale', 'med kopi til fastlegen'];
const THEMES = ['referrals', 'discharge_summaries', 'medication_lists', 'multidose', 'test_results', 'tasks_moved', 'other'];
const SEARCHES = ['epikrise', 'legemiddellisten', 'multidose fastlegen', 'prøvesvar følges opp', 'henvisninger', '"samme dag"', 'utskrivning -helg', 'hjemmetjenesten', 'kontrolltimer sykehuset', 'pakkeforløp', 'dialogmeldinger', 'blodprøvene', 'sykehjem legevakt', 'timebestilling poliklinikk', 'koordinator individuell plan'];

/** A constant text array (the lists above are ours, quoted here). */
const arrayText = (list: readonly string[]) => `array[${list.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
const words = (list: readonly string[]) => sql.raw(arrayText(list));
/** A word of the list for row `n` (a column name) and a salt: deterministic, spread by hash. */
const pick = (list: readonly string[], n: string, salt: number) => sql.raw(`(${arrayText(list)})[1 + abs(hashtext(${n}::text || '${salt}')) % ${list.length}]`);

export async function growForums(db: Kysely<Database>): Promise<void> {
  const now = new Date();
  const body = await db
    .insertInto('forum_body')
    .values({ kind: 'committee', name: 'Benk samarbeidsutvalg', slug: 'benk-samarbeidsutvalg', mandate: 'Benk', owner: 'Benk overordnet samarbeidsutvalg', created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const sentence = (n: string, salt: number) => sql`${pick(SUBJECTS, n, salt)} || ' ' || ${pick(VERBS, n, salt + 1)} || ' av ' || ${pick(PARTIES, n, salt + 2)} || ' ' || ${pick(QUALIFIERS, n, salt + 3)}`;
  await sql`
    insert into forum_submission (body_id, kind, status, title, fields, themes, submitter_name, submitter_role, outcome, outcome_at, search_text, created_at, updated_at)
    select ${body.id}, case when j % 3 = 0 then 'proposal' else 'deviation' end,
           (array['received', 'accepted', 'in_assessment', 'assessed', 'answered', 'answered', 'answered', 'rejected'])[1 + j % 8],
           initcap(${sentence('j', 1)}),
           jsonb_build_object('whatHappened', ${sentence('j', 5)} || '. ' || ${sentence('j', 9)} || '.'),
           array[(${words(THEMES)})[1 + j % ${THEMES.length}]], 'Benk Lege', 'gp',
           case when j % 8 between 4 and 6 then 'Besvart med en anbefaling' end,
           case when j % 8 between 4 and 6 then now() - (j % 700) * interval '1 day' + interval '30 days' end,
           initcap(${sentence('j', 1)}) || E'\n' || ${sentence('j', 5)} || '. ' || ${sentence('j', 9)},
           now() - (j % 730) * interval '1 day', now()
      from generate_series(1, ${SUBMISSIONS}) as j`.execute(db);
  await sql`
    insert into forum_recommendation (body_id, slug, status, owner, administrator, themes, published_version, search_text, created_at, updated_at)
    select ${body.id}, 'benk-anbefaling-' || n, 'published', 'Benk overordnet samarbeidsutvalg', 'Praksiskonsulentordningen',
           array[(${words(THEMES)})[1 + n % ${THEMES.length}], (${words(THEMES)})[1 + (n * 3) % ${THEMES.length}]], 1,
           initcap(${sentence('n', 21)}) || E'\n' || ${sentence('n', 25)} || E'\n' || ${sentence('n', 29)} || '. ' || ${sentence('n', 33)} || '. ' || ${sentence('n', 37)} || '.',
           now() - (n % 700) * interval '1 day', now() - (n % 700) * interval '1 day'
      from generate_series(1, ${RECOMMENDATIONS}) as n`.execute(db);
  await sql`
    insert into forum_recommendation_version (recommendation_id, version, title, summary, text, published_at, approved_at, created_by_name, created_at)
    select r.id, 1, split_part(r.search_text, E'\n', 1), split_part(r.search_text, E'\n', 2), split_part(r.search_text, E'\n', 3), r.created_at, r.created_at, 'Benk', r.created_at
      from forum_recommendation r where r.slug like 'benk-anbefaling-%'`.execute(db);
  // Each recommendation answers five cases.
  await sql`
    with recs as (select id, row_number() over (order by slug) as n from forum_recommendation where slug like 'benk-anbefaling-%'),
         subs as (select id, row_number() over (order by created_at, id) as n from forum_submission where body_id = ${body.id})
    insert into forum_recommendation_case (recommendation_id, submission_id)
    select recs.id, subs.id from recs join subs on (subs.n - 1) / 5 + 1 = recs.n`.execute(db);
}

async function prepare(label: string, handle: DatabaseHandle): Promise<void> {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    await growForums(handle.db);
    const c = (await sql<{ r: number; s: number }>`select (select count(*)::int from forum_recommendation) as r, (select count(*)::int from forum_submission) as s`.execute(handle.db)).rows[0]!;
    console.log(`${label}: ${c.r} recommendations, ${c.s} cases grown in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
    if (handle.kind === 'postgres') await sql`checkpoint`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

export interface ForumFigure {
  database: string;
  measure: string;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

const RUNS: Array<{ measure: string; paths: LoadTarget[] }> = [
  { measure: 'Public list, pages 1–5', paths: [1, 2, 3, 4, 5].map((p) => `/api/public/recommendations?page=${p}`) },
  { measure: 'Full-text search (norwegian)', paths: SEARCHES.map((q) => `/api/public/recommendations?q=${encodeURIComponent(q)}`) },
  { measure: 'Search + theme + page 2', paths: SEARCHES.map((q, i) => `/api/public/recommendations?q=${encodeURIComponent(q)}&theme=${THEMES[i % THEMES.length]}&page=2`) },
  { measure: 'One recommendation with versions and cases', paths: [1, 17, 250, 999, 1500, 1999].map((n) => `/api/public/recommendations/benk-anbefaling-${n}`) },
  { measure: 'Atom feed (50 newest)', paths: ['/api/public/recommendations.atom'] },
];

/** The public reads at 50 readers; with the few-second answer cache (as deployed) or with it off (every read a query). */
async function load(databaseLabel: string, env: Record<string, string>, cacheOff = false): Promise<ForumFigure[]> {
  const figures: ForumFigure[] = [];
  const label = `${databaseLabel}${cacheOff ? ', answer cache off' : ''}`;
  const server = await startServer(cacheOff ? { ...env, CASE_LIST_CACHE_SECONDS: '0' } : env);
  try {
    const probe = (await (await fetch(`http://127.0.0.1:${env.PORT}/api/public/recommendations?q=epikrise`)).json()) as { total: number };
    console.log(`${label}: a search for "epikrise" finds ${probe.total} recommendations`);
    for (const run of RUNS) {
      await runLoad(env.PORT!, '', run.paths, 3, READERS);
      const r = await runLoad(env.PORT!, '', run.paths, SECONDS, READERS);
      const verdict = cacheOff ? 'reference: every read a query' : env.DATABASE_URL ? (r.p95 < TARGET_MS ? 'met' : 'NOT MET') : 'for PostgreSQL';
      console.log(`${label} — ${run.measure}, ${READERS} readers: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors (target p95 < ${TARGET_MS} ms: ${verdict})`);
      figures.push({ database: label, measure: run.measure, p50: r.p50, p95: r.p95, rps: r.rps, errors: r.errors });
    }
  } finally {
    await stopServer(server.child);
  }
  return figures;
}

export async function benchForums() {
  const figures: ForumFigure[] = [];
  await onBenchDatabases({ postgres: '3931', pglite: '3932' }, async ({ kind, label, open, env }) => {
    await prepare(kind === 'postgres' ? 'PostgreSQL' : 'PGlite', await open());
    figures.push(...(await load(label, env)));
    if (kind === 'postgres') figures.push(...(await load(label, env, true)));
  });
  console.log('\nForums: public recommendations over HTTP, 50 readers (ms)');
  console.table(
    figures.map((f) => ({
      measure: f.measure,
      database: f.database,
      p50: Number(f.p50.toFixed(1)),
      p95: Number(f.p95.toFixed(1)),
      'req/s': Math.round(f.rps),
      errors: f.errors,
      target: `p95 < ${TARGET_MS}`,
      verdict: f.database === 'PostgreSQL' ? (f.p95 < TARGET_MS ? 'met' : 'NOT MET') : f.p95 < TARGET_MS ? '(met)' : '(not met)',
    })),
  );
}
