/**
 * Issue figures for the catalogue (issue 11): search across the knowledge base grown to 5,000
 * published entries (the shipped ones plus generated models, measures and articles), at 50
 * concurrent users without sign-in: p95 < 30 ms, on PostgreSQL and PGlite. The model list with
 * typology filters and facet counts is measured beside it. Each is run twice: as deployed, with
 * the few-second answer cache of the public routes, and with the cache off, where every request
 * is a query (the figure that shows the query cost). Entries are made with set-based SQL from
 * Norwegian vocabulary, so search has real stems (and inflected forms) to match.
 */
import { sql, type Kysely } from 'kysely';
import { seedDemoDataIfEmpty } from '../src/demo/seed.js';
import { systemClock } from '../src/platform/clock.js';
import type { DatabaseHandle } from '../src/platform/db/database.js';
import { migrate } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/schema.js';
import { DOMAINS, GP_ROLE_INTENSITIES, LEVELS, MODEL_STATUSES, RELATIONSHIP_TYPES, STEERING } from '../src/modules/catalogue/domain/model.js';
import { syncShippedCatalogue } from '../src/modules/catalogue/shipped/sync.js';
import { onBenchDatabases, runLoad, startServer, stopServer } from './server-process.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ENTRIES = 5_000;
const USERS = 50;
const TARGET_MS = 30;

const TOPICS = ['sykmelding', 'dialogmøte', 'legevakt', 'fastlege', 'sykehus', 'hjemmetjeneste', 'rehabilitering', 'arbeidsgiver', 'oppfølgingsplan', 'aktivitetskrav', 'epikrise', 'praksiskonsulent', 'kommuneoverlege', 'samarbeidsavtale', 'sykestue', 'demens', 'diabetes', 'kreftkoordinator', 'arbeidsavklaringspenger', 'jobbspesialist'];
const ACTIONS = ['avklares', 'følges opp', 'planlegges', 'vurderes', 'koordineres', 'dokumenteres', 'evalueres', 'avtales', 'formidles', 'organiseres'];
const PARTIES = ['fastlegen', 'NAV-veilederen', 'kommunen', 'helseforetaket', 'arbeidsgiveren', 'pasienten', 'rådgivende lege', 'legekontoret', 'hjemmesykepleien', 'teamet'];
const PLACES = ['i små kommuner', 'mellom kommuner', 'ved utskrivning', 'før dialogmøtet', 'i legevakten', 'på sykestua', 'med telemedisin', 'i faste møter', 'etter åtte uker', 'med skriftlige rutiner'];
const COUNTIES = ['Finnmark', 'Troms', 'Nordland', 'Trøndelag', 'Vestland', 'Rogaland', 'Agder', 'Vestfold', 'Innlandet', 'Akershus', 'Oslo'];
// Inflected and compound forms, as people type them: the stems must find the base forms.
const SEARCHES = ['sykmeldinger', 'dialogmøtene', 'legevakter', 'fastlegens rolle', 'sykehusene', 'aktivitetskravet', 'epikriser', 'praksiskonsulenter', 'kommuneoverlegen', 'samarbeidsavtalene', 'sykestuer', 'demens hjemmetjenesten', 'diabetes fastlegen', '"følges opp"', 'arbeidsgiveren dialogmøte', 'jobbspesialisten', 'rehabilitering -sykehus', 'oppfølgingsplanen', 'telemedisin', 'små kommuner'];
const FILTERS = ['', 'level=3', 'level=3&gpRole=active', 'gpRole=passive', 'domain=legevakt,emergency_medicine', 'steering=doctor&relationship=collaboration', 'county=Finnmark,Troms', 'status=established&level=1', 'q=fastlegen', 'q=sykmeldinger&level=2'];

const arrayText = (list: readonly string[]) => `array[${list.map((w) => `'${w.replace(/'/g, "''")}'`).join(', ')}]`;
/** A word of the list for row `n` and a salt: deterministic, spread by hash. */
const pick = (list: readonly string[], salt: number) => sql.raw(`(${arrayText(list)})[1 + abs(hashtext(n::text || '${salt}')) % ${list.length}]`);
const sentence = (salt: number) => sql`initcap(${pick(TOPICS, salt)}) || ' ' || ${pick(ACTIONS, salt + 1)} || ' av ' || ${pick(PARTIES, salt + 2)} || ' ' || ${pick(PLACES, salt + 3)}`;

/** The catalogue grown to `ENTRIES` published entries: a third models (with typology), the rest measures and articles. */
export async function growCatalogue(db: Kysely<Database>): Promise<void> {
  await syncShippedCatalogue(db, systemClock);
  const existing = (await sql<{ n: number }>`select count(*)::int as n from catalogue_document`.execute(db)).rows[0]!.n;
  const grow = ENTRIES - existing;
  await sql`
    insert into catalogue_entry (kind, slug, status, published_version, working_version, title, status_changed_at, status_changed_by, created_at, updated_at)
    select (array['model', 'measure', 'article'])[1 + n % 3], 'benk-' || n, 'published', 1, 1, ${sentence(1)}, now(), 'Benk', now(), now()
      from generate_series(1, ${grow}) as n`.execute(db);
  await sql`
    insert into catalogue_version (entry_id, version, content, title, author_name, reviewer_name, published_at, created_at)
    select e.id, 1, jsonb_build_object('slug', e.slug, 'title', e.title), e.title, 'Benk', 'Benk', now(), now()
      from catalogue_entry e where e.slug like 'benk-%'`.execute(db);
  await sql`
    insert into catalogue_document (entry_id, kind, slug, version, title, summary, body, category, levels, domains, gp_role_intensity, steering, relationship_type, gp_office_kind, model_status, counties, published_at)
    select e.id, e.kind, e.slug, 1, e.title,
           ${sentence(11)} || E'\n' || ${sentence(15)},
           ${sentence(21)} || '. ' || ${sentence(25)} || '. ' || ${sentence(29)} || '. ' || ${sentence(33)} || '. ' || ${sentence(37)} || '. ' || ${sentence(41)} || '.',
           case when e.kind = 'measure' then 'sick_leave_option' when e.kind = 'article' then 'rules' end,
           case when e.kind = 'model' then array[${pick(LEVELS, 51)}] else '{}' end,
           case when e.kind = 'model' then array[${pick(DOMAINS, 52)}, ${pick(DOMAINS, 53)}] else '{}' end,
           case when e.kind = 'model' then ${pick(GP_ROLE_INTENSITIES, 54)} end,
           case when e.kind = 'model' then array[${pick(STEERING, 55)}] else '{}' end,
           case when e.kind = 'model' then ${pick(RELATIONSHIP_TYPES, 56)} end,
           case when e.kind = 'model' then 'private' end,
           case when e.kind = 'model' then ${pick(MODEL_STATUSES, 57)} end,
           case when e.kind = 'model' then array[${pick(COUNTIES, 58)}] else '{}' end,
           now()
      from (select e.*, row_number() over (order by e.slug) as n from catalogue_entry e where e.slug like 'benk-%') e`.execute(db);
}

async function prepare(label: string, handle: DatabaseHandle): Promise<void> {
  try {
    await migrate(handle);
    await seedDemoDataIfEmpty(handle.db, systemClock);
    const started = performance.now();
    await growCatalogue(handle.db);
    const c = (await sql<{ d: number; m: number }>`select count(*)::int as d, count(*) filter (where kind = 'model')::int as m from catalogue_document`.execute(handle.db)).rows[0]!;
    console.log(`${label}: catalogue grown to ${c.d} published entries (${c.m} models) in ${Math.round(performance.now() - started)} ms`);
    await sql`vacuum analyze`.execute(handle.db);
    if (handle.kind === 'postgres') await sql`checkpoint`.execute(handle.db);
  } finally {
    await handle.close();
  }
}

interface Figure {
  database: string;
  measure: string;
  p50: number;
  p95: number;
  rps: number;
  errors: number;
}

const RUNS = [
  { measure: 'Search across everything (norwegian, snippets)', paths: SEARCHES.map((q) => `/api/public/catalogue/search?q=${encodeURIComponent(q)}`), target: true },
  { measure: 'Search, one kind, page 2', paths: SEARCHES.map((q, i) => `/api/public/catalogue/search?q=${encodeURIComponent(q)}&kind=${['model', 'measure', 'article'][i % 3]}&page=2`), target: true },
  { measure: 'Models: filters + facet counts', paths: FILTERS.map((f) => `/api/public/catalogue/models${f ? `?${f}` : ''}`), target: false },
];

async function load(databaseLabel: string, env: Record<string, string>, cacheOff = false): Promise<Figure[]> {
  const figures: Figure[] = [];
  const database = `${databaseLabel}${cacheOff ? ', answer cache off' : ''}`;
  const server = await startServer(cacheOff ? { ...env, CASE_LIST_CACHE_SECONDS: '0' } : env);
  try {
    const probe = (await (await fetch(`http://127.0.0.1:${env.PORT}/api/public/catalogue/search?q=sykmeldinger`)).json()) as { total: number };
    console.log(`${database}: a search for "sykmeldinger" finds ${probe.total} entries`);
    for (const run of RUNS) {
      await runLoad(env.PORT!, '', run.paths, 3, USERS);
      const r = await runLoad(env.PORT!, '', run.paths, SECONDS, USERS);
      const verdict = !run.target ? 'reference' : cacheOff ? `${r.p95 < TARGET_MS ? 'met' : 'not met'} — every request a query` : r.p95 < TARGET_MS ? 'met' : 'NOT MET';
      console.log(`${database} — ${run.measure}, ${USERS} users: p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)} req/s, ${r.errors} errors (target p95 < ${TARGET_MS} ms: ${verdict})`);
      figures.push({ database, measure: run.measure, p50: r.p50, p95: r.p95, rps: r.rps, errors: r.errors });
    }
  } finally {
    await stopServer(server.child);
  }
  return figures;
}

export async function benchCatalogue() {
  const figures: Figure[] = [];
  await onBenchDatabases({ postgres: '3951', pglite: '3952' }, async ({ kind, label, open, env }) => {
    await prepare(kind === 'postgres' ? 'PostgreSQL' : 'PGlite', await open());
    figures.push(...(await load(label, env)));
    figures.push(...(await load(label, env, true)));
  });
  console.log(`\nCatalogue: public search and model filters over HTTP, ${ENTRIES} entries, ${USERS} users (ms); "answer cache off" rows: every request a query`);
  console.table(
    figures.map((f) => ({
      measure: f.measure,
      database: f.database,
      p50: Number(f.p50.toFixed(1)),
      p95: Number(f.p95.toFixed(1)),
      'req/s': Math.round(f.rps),
      errors: f.errors,
      target: RUNS.find((r) => r.measure === f.measure)?.target ? `p95 < ${TARGET_MS}` : '—',
    })),
  );
}
