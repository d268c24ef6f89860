import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLLABORATION_MODELS } from '../src/modules/catalogue/data/models.js';
import { FACETS } from '../src/modules/catalogue/domain/facets.js';
import { shippedEntries } from '../src/modules/catalogue/shipped/content.js';
import { PLATFORM_AUTHOR, syncShippedCatalogue } from '../src/modules/catalogue/shipped/sync.js';
import { fixtureMeasure, fixtureModel, publishNew } from './catalogue-fixtures.js';
import { DB_KINDS, startTestApp, type TestApp, type TestClient } from './test-app.js';

type FacetCounts = Record<string, Array<{ value: string; count: number }>>;
type ModelList = { items: Array<{ slug: string; levels: string[]; gpRoleIntensity: string | null }>; total: number; facets: FacetCounts };

describe.each(DB_KINDS)('public catalogue (%s)', (kind) => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;

  const get = (url: string) => t.request({ method: 'GET', url });
  const models = async (query: string) => {
    const res = await get(`/api/public/catalogue/models${query ? `?${query}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as ModelList;
  };

  beforeAll(async () => {
    t = await startTestApp({ db: kind });
    author = await t.signIn('practice_consultant');
    reviewer = await t.signIn('forum_secretary');
    await publishNew(author, reviewer, 'model', 'fiks-a', fixtureModel('fiks-a'));
    await publishNew(author, reviewer, 'model', 'fiks-b', fixtureModel('fiks-b', { levels: ['gp_hospital', 'within_municipality'], gpRole: { intensity: 'passive', description: 'Henviser' }, steering: ['doctor'], sites: [{ municipality: 'Nordby', county: 'Nordfylke', population: 800, distanceToHospitalKm: 300, travelTimeToHospitalMinutes: 240 }] }));
    await publishNew(author, reviewer, 'measure', 'fiks-tiltak', fixtureMeasure('fiks-tiltak', { whatItIs: ['Brukes blant annet i fiskeoppdrett.'] }));
  });
  afterAll(async () => t?.close());

  it('loads all 23 shipped models on start, published and public, and the rest of the shipped knowledge', async () => {
    expect(COLLABORATION_MODELS).toHaveLength(23);
    const rows = await t.database.db.selectFrom('catalogue_entry').where('shipped', '=', true).select(['kind', 'slug', 'status']).execute();
    expect(rows.filter((r) => r.kind === 'model')).toHaveLength(23);
    expect(rows.length).toBe(shippedEntries().length);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['published']));
    const list = await models('');
    for (const model of COLLABORATION_MODELS) expect(list.items.map((i) => i.slug).concat((await models('page=2')).items.map((i) => i.slug))).toContain(model.slug);
    const page = (await get(`/api/public/catalogue/models/${COLLABORATION_MODELS[0]!.slug}`)).json();
    expect(page).toMatchObject({ version: 1, versions: [{ version: 1, authorName: PLATFORM_AUTHOR }], content: { title: COLLABORATION_MODELS[0]!.title } });
  });

  it('loads the shipped content once: a second start inserts nothing and never overwrites an edited entry', async () => {
    expect(await syncShippedCatalogue(t.database.db, t.clock)).toEqual({ inserted: 0, updated: 0 });
    const [edited, untouched] = COLLABORATION_MODELS.slice(0, 2);
    const entry = await t.database.db.selectFrom('catalogue_entry').where('kind', '=', 'model').where('slug', '=', edited!.slug).select('id').executeTakeFirstOrThrow();
    const saved = await author.request({ method: 'PUT', url: `/api/catalogue/entries/${entry.id}`, payload: { baseVersion: 1, content: { ...edited, purpose: 'Redigert av redaktør' } } });
    expect(saved.statusCode, saved.body).toBe(200);
    // A new release corrects both models' purpose: only the one nobody edited follows.
    const release = shippedEntries().map((s) => (s.slug === edited!.slug || s.slug === untouched!.slug ? { ...s, content: { ...s.content, purpose: 'Rettet i ny versjon' } } : s));
    expect(await syncShippedCatalogue(t.database.db, t.clock, release)).toEqual({ inserted: 0, updated: 1 });
    expect((await get(`/api/public/catalogue/models/${untouched!.slug}`)).json()).toMatchObject({ version: 2, content: { purpose: 'Rettet i ny versjon' } });
    const editedNow = (await author.request({ method: 'GET', url: `/api/catalogue/entries/${entry.id}` })).json();
    expect(editedNow).toMatchObject({ workingVersion: 2, content: { purpose: 'Redigert av redaktør' } });
    expect((await get(`/api/public/catalogue/models/${edited!.slug}`)).json().content.purpose).toBe(edited!.purpose);
  });

  it('gives facet counts that match the rows each value would show', async () => {
    const all = await models('');
    expect(all.total).toBeGreaterThanOrEqual(25);
    for (const facet of FACETS) {
      for (const { value, count } of all.facets[facet.key] ?? []) {
        const filtered = await models(`${facet.key}=${encodeURIComponent(value)}`);
        expect(filtered.total, `${facet.key}=${value}`).toBe(count);
      }
    }
  });

  it('counts each dimension with the other dimensions filtered, and combines dimensions', async () => {
    const level3 = await models('level=3');
    expect(level3.items.every((i) => i.levels.includes('gp_hospital'))).toBe(true);
    // The level group still shows every level's count; the GP-role group counts within level 3.
    expect(level3.facets.level!.map((f) => f.value)).toContain('within_municipality');
    const active = level3.facets.gpRole!.find((f) => f.value === 'active')!;
    const both = await models('level=3&gpRole=active');
    expect(both.total).toBe(active.count);
    expect(both.items.every((i) => i.levels.includes('gp_hospital') && i.gpRoleIntensity === 'active')).toBe(true);
    const either = await models('gpRole=active,passive');
    const sum = (await models('')).facets.gpRole!.filter((f) => f.value === 'active' || f.value === 'passive').reduce((n, f) => n + f.count, 0);
    expect(either.total).toBe(sum);
    expect((await models('county=Nordfylke')).items.map((i) => i.slug)).toEqual(['fiks-b']);
  });

  it('refuses an unknown filter value with a code', async () => {
    const res = await get('/api/public/catalogue/models?level=7&gpRole=loud');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'CATALOGUE_FILTER_INVALID', details: { invalid: ['level=7', 'gpRole=loud'] } });
  });

  it('finds inflected forms with Norwegian stemming, with the matches marked as data', async () => {
    // The measure says "sykmelding" and "fiskeoppdrett"; the search asks for "sykmeldinger" and "fiskeoppdrettet".
    const res = await get(`/api/public/catalogue/search?q=${encodeURIComponent('sykmeldinger fiskeoppdrettet')}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.items.map((i: { slug: string }) => i.slug)).toEqual(['fiks-tiltak']);
    const marked = body.items[0].snippet.filter((p: { mark: boolean }) => p.mark).map((p: { text: string }) => p.text.toLowerCase());
    expect(marked.some((m: string) => m.startsWith('fiskeoppdrett') || m.startsWith('sykmelding'))).toBe(true);
    expect(body.kinds).toEqual([{ kind: 'measure', count: 1 }]);
  });

  it('searches across kinds, filters by kind, and answers an empty query with nothing', async () => {
    const all = (await get('/api/public/catalogue/search?q=sykmeldinger')).json();
    expect(all.total).toBeGreaterThan(0);
    const onlyModels = (await get('/api/public/catalogue/search?q=sykmeldinger&kind=model')).json();
    expect(onlyModels.items.every((i: { kind: string }) => i.kind === 'model')).toBe(true);
    expect((await get('/api/public/catalogue/search?q=')).json()).toMatchObject({ items: [], total: 0 });
    expect((await get('/api/public/catalogue/search?q=qwxzyv')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('never shows drafts in search, lists or pages', async () => {
    const created = await author.request({ method: 'POST', url: '/api/catalogue/entries', payload: { kind: 'measure', slug: 'hemmelig-utkast', content: fixtureMeasure('hemmelig-utkast', { summary: 'Snøscooterkjøring er et utkast.' }) } });
    expect(created.statusCode).toBe(201);
    expect((await get('/api/public/catalogue/search?q=snøscooterkjøring')).json().total).toBe(0);
    expect((await get('/api/public/catalogue/measures')).json().items.map((i: { slug: string }) => i.slug)).not.toContain('hemmelig-utkast');
    expect((await get('/api/public/catalogue/measures/hemmelig-utkast')).statusCode).toBe(404);
    expect((await get('/api/public/catalogue/models/faste-moter-fastleger-og-nav-larvik')).statusCode).toBe(404);
  });

  it('compares two to four models along the interview guide, and refuses one or five', async () => {
    const res = await get('/api/public/catalogue/compare?m=fiks-a,fiks-b');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.models.map((m: { slug: string }) => m.slug)).toEqual(['fiks-a', 'fiks-b']);
    const rows = body.sections.flatMap((s: { rows: Array<{ field: string; values: unknown[] }> }) => s.rows);
    expect(rows.find((r: { field: string }) => r.field === 'gpRole.intensity').values).toEqual(['active', 'passive']);
    expect(rows.every((r: { values: unknown[] }) => r.values.length === 2)).toBe(true);
    const slugs = COLLABORATION_MODELS.slice(0, 5).map((m) => m.slug);
    for (const m of ['fiks-a', 'fiks-a,fiks-a', slugs.join(',')]) {
      const refused = await get(`/api/public/catalogue/compare?m=${m}`);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().code).toBe('CATALOGUE_COMPARE_COUNT');
    }
    expect((await get(`/api/public/catalogue/compare?m=${slugs.slice(0, 4).join(',')}`)).json().models).toHaveLength(4);
    const unknown = await get('/api/public/catalogue/compare?m=fiks-a,finnes-ikke');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'CATALOGUE_ENTRY_NOT_FOUND', details: { missing: ['finnes-ikke'] } });
  });

  it('lists and shows measures, articles, checklists and templates without sign-in', async () => {
    for (const path of ['measures', 'articles', 'checklists', 'templates']) {
      const list = await get(`/api/public/catalogue/${path}`);
      expect(list.statusCode, path).toBe(200);
    }
    const measure = (await get('/api/public/catalogue/measures/fiks-tiltak')).json();
    expect(measure).toMatchObject({ kind: 'measure', slug: 'fiks-tiltak', content: { titleEn: 'Test measure fiks-tiltak' } });
    const graded = (await get('/api/public/catalogue/measures/gradert-sykmelding')).json();
    expect(graded.related).toContainEqual({ kind: 'measure', slug: 'avventende-sykmelding', title: 'Avventende sykmelding' });
    expect(graded.linkedFrom).toContainEqual({ kind: 'checklist', slug: 'huskeliste-sykmeldingen', title: 'Huskeliste for sykmeldingen' });
    const checklist = (await get('/api/public/catalogue/checklists/huskeliste-sykmeldingen')).json();
    expect(checklist.content.items.length).toBeGreaterThan(3);
  });
});
